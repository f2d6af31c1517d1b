import { Migration } from '@mikro-orm/migrations';

export class Migration20261128062044_evaluations extends Migration {

  override name = 'Migration20261128062044_evaluations';

  override up(): void | Promise<void> {
    this.addSql(`create type "subject_kind" as enum ('HOUSEHOLD', 'CLAN', 'CITIZEN', 'ORGANISATION');`);
    this.addSql(`create type "organisation_kind" as enum ('AGENCY', 'SCHOOL', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER');`);
    this.addSql(`create table "criteria_set" ("id" uuid not null, "code" text not null, "model_kind" text not null, "unit_tier" text null, "name" text not null, "name_en" text not null, "source" text not null, "issuer" text not null, "province_codes" text[] null, "valid_from" date not null, "valid_to" date null, "sample" boolean not null, "description" text not null, "criteria" jsonb not null, "grades" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "criteria_set_model_kind_valid_from_index" on "criteria_set" ("model_kind", "valid_from");`);
    this.addSql(`alter table "criteria_set" add constraint "criteria_set_code_unique" unique ("code");`);

    this.addSql(`create table "recognition_decision" ("id" uuid not null, "authority_unit_id" uuid not null, "authority" text not null, "number" text not null, "decided_on" date not null, "note" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "recognition_decision_decided_on_index" on "recognition_decision" ("decided_on");`);
    this.addSql(`alter table "recognition_decision" add constraint "recognition_decision_authority_unit_id_number_decided_on_unique" unique ("authority_unit_id", "number", "decided_on");`);

    this.addSql(`create table "subject" ("id" uuid not null, "kind" "subject_kind" not null, "unit_id" uuid not null, "code" text not null, "name" text not null, "birth_year" smallint null, "household_id" uuid null, "organisation_kind" "organisation_kind" null, "source" text not null default 'user', "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "subject" add constraint "subject_unit_id_kind_code_unique" unique ("unit_id", "kind", "code");`);

    this.addSql(`create table "evaluation" ("id" uuid not null, "subject_id" uuid null, "subject_key" uuid not null, "unit_id" uuid not null, "lineage" uuid[] not null, "evaluating_unit_id" uuid not null, "model_kind" text not null, "year" smallint not null, "criteria_set_id" uuid not null, "scores" jsonb not null, "total" numeric(8,2) null, "rating" text null, "recognised" boolean null, "evidence" jsonb not null, "state" text not null, "recognition_decision_id" uuid null, "source" text not null default 'user', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "evaluation_lineage_idx" on "evaluation" using gin ("lineage");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_subject_key_model_kind_year_unique" unique ("subject_key", "model_kind", "year");`);

    this.addSql(`create table "workflow_transition" ("id" bigserial primary key, "workflow" text not null, "target_id" uuid not null, "action" text not null, "from_state" text null, "to_state" text not null, "actor" text not null, "actor_role" text null, "note" text null, "at" timestamptz not null default now());`);
    this.addSql(`create index "workflow_transition_target_id_at_index" on "workflow_transition" ("target_id", "at");`);

    this.addSql(`alter table "recognition_decision" add constraint "recognition_decision_authority_unit_id_foreign" foreign key ("authority_unit_id") references "admin_unit" ("id");`);

    this.addSql(`alter table "subject" add constraint "subject_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
    this.addSql(`alter table "subject" add constraint "subject_household_id_foreign" foreign key ("household_id") references "subject" ("id") on delete set null;`);

    this.addSql(`alter table "evaluation" add constraint "evaluation_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on delete set null;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_criteria_set_id_foreign" foreign key ("criteria_set_id") references "criteria_set" ("id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_recognition_decision_id_foreign" foreign key ("recognition_decision_id") references "recognition_decision" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evaluation" drop constraint "evaluation_criteria_set_id_foreign";`);
    this.addSql(`alter table "evaluation" drop constraint "evaluation_recognition_decision_id_foreign";`);
    this.addSql(`alter table "subject" drop constraint "subject_household_id_foreign";`);
    this.addSql(`alter table "evaluation" drop constraint "evaluation_subject_id_foreign";`);

    this.addSql(`drop table if exists "criteria_set" cascade;`);
    this.addSql(`drop table if exists "recognition_decision" cascade;`);
    this.addSql(`drop table if exists "subject" cascade;`);
    this.addSql(`drop table if exists "evaluation" cascade;`);
    this.addSql(`drop table if exists "workflow_transition" cascade;`);

    this.addSql(`drop type "subject_kind";`);
    this.addSql(`drop type "organisation_kind";`);
    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
