import { Migration } from '@mikro-orm/migrations';

export class Migration20261128071741_plans extends Migration {

  override name = 'Migration20261128071741_plans';

  override up(): void | Promise<void> {
    this.addSql(`create table "plan" ("id" uuid not null, "issuer_id" uuid not null, "title" text not null, "document_number" text not null, "issued_on" date not null, "period_from" date not null, "period_to" date not null, "legal_basis" text not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "plan_issuer_id_index" on "plan" ("issuer_id");`);

    this.addSql(`create table "plan_task" ("id" uuid not null, "plan_id" uuid not null, "section" text not null, "code" text not null, "title" text not null, "lead" text not null, "lead_unit_id" uuid not null, "coordinators" jsonb not null, "due_on" date null, "reporting_cycle" text not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "plan_task" add constraint "plan_task_plan_id_code_unique" unique ("plan_id", "code");`);

    this.addSql(`create table "task_report" ("id" uuid not null, "task_id" uuid not null, "period" text not null, "content" text not null, "state" text not null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "task_report" add constraint "task_report_task_id_period_unique" unique ("task_id", "period");`);

    this.addSql(`alter table "plan" add constraint "plan_issuer_id_foreign" foreign key ("issuer_id") references "admin_unit" ("id");`);

    this.addSql(`alter table "plan_task" add constraint "plan_task_plan_id_foreign" foreign key ("plan_id") references "plan" ("id");`);
    this.addSql(`alter table "plan_task" add constraint "plan_task_lead_unit_id_foreign" foreign key ("lead_unit_id") references "admin_unit" ("id");`);

    this.addSql(`alter table "task_report" add constraint "task_report_task_id_foreign" foreign key ("task_id") references "plan_task" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "plan_task" drop constraint "plan_task_plan_id_foreign";`);
    this.addSql(`alter table "task_report" drop constraint "task_report_task_id_foreign";`);

    this.addSql(`drop table if exists "plan" cascade;`);
    this.addSql(`drop table if exists "plan_task" cascade;`);
    this.addSql(`drop table if exists "task_report" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
