import { Migration } from '@mikro-orm/migrations';

export class Migration20261128090000_gnlc extends Migration {

  override name = 'Migration20261128090000_gnlc';

  override up(): void | Promise<void> {
    this.addSql(`create table "gnlc_application" ("id" uuid not null, "applicant_id" uuid not null, "lineage" uuid[] not null, "applied_on" date not null, "call_year" smallint not null, "form" jsonb not null, "state" text not null, "submitted_on" date null, "decided_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "gnlc_application_lineage_idx" on "gnlc_application" using gin ("lineage");`);
    this.addSql(`create index "gnlc_application_call_year_index" on "gnlc_application" ("call_year");`);

    this.addSql(`create table "gnlc_membership" ("id" uuid not null, "city_name" text not null, "unit_code" text not null, "unit_as_of" date not null, "unit_id" uuid null, "joined_year" smallint not null, "joined_on" date null, "source" text not null, "application_id" uuid null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "gnlc_membership" add constraint "gnlc_membership_unit_code_unit_as_of_unique" unique ("unit_code", "unit_as_of");`);

    this.addSql(`create table "gnlc_progress_report" ("id" uuid not null, "membership_id" uuid not null, "period" text not null, "submitted_on" date not null, "summary" text not null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "gnlc_progress_report" add constraint "gnlc_progress_report_membership_id_period_unique" unique ("membership_id", "period");`);

    this.addSql(`create table "gnlc_award_nomination" ("id" uuid not null, "membership_id" uuid not null, "award_year" smallint not null, "nominated_on" date not null, "outcome" text not null default 'NOMINATED', "outcome_on" date null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "gnlc_award_nomination_award_year_index" on "gnlc_award_nomination" ("award_year");`);
    this.addSql(`alter table "gnlc_award_nomination" add constraint "gnlc_award_nomination_membership_id_award_year_unique" unique ("membership_id", "award_year");`);

    this.addSql(`alter table "gnlc_application" add constraint "gnlc_application_applicant_id_foreign" foreign key ("applicant_id") references "admin_unit" ("id");`);

    this.addSql(`alter table "gnlc_membership" add constraint "gnlc_membership_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete set null;`);
    this.addSql(`alter table "gnlc_membership" add constraint "gnlc_membership_application_id_foreign" foreign key ("application_id") references "gnlc_application" ("id") on delete set null;`);

    this.addSql(`alter table "gnlc_progress_report" add constraint "gnlc_progress_report_membership_id_foreign" foreign key ("membership_id") references "gnlc_membership" ("id");`);

    this.addSql(`alter table "gnlc_award_nomination" add constraint "gnlc_award_nomination_membership_id_foreign" foreign key ("membership_id") references "gnlc_membership" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "gnlc_membership" drop constraint "gnlc_membership_application_id_foreign";`);
    this.addSql(`alter table "gnlc_progress_report" drop constraint "gnlc_progress_report_membership_id_foreign";`);
    this.addSql(`alter table "gnlc_award_nomination" drop constraint "gnlc_award_nomination_membership_id_foreign";`);

    this.addSql(`drop table if exists "gnlc_application" cascade;`);
    this.addSql(`drop table if exists "gnlc_membership" cascade;`);
    this.addSql(`drop table if exists "gnlc_progress_report" cascade;`);
    this.addSql(`drop table if exists "gnlc_award_nomination" cascade;`);
  }

}
