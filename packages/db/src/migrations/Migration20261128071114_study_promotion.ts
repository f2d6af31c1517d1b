import { Migration } from '@mikro-orm/migrations';

export class Migration20261128071114_study_promotion extends Migration {

  override name = 'Migration20261128071114_study_promotion';

  override up(): void | Promise<void> {
    this.addSql(`create type "fund_entry_kind" as enum ('DONATION', 'SCHOLARSHIP');`);
    this.addSql(`create type "donor_type" as enum ('INDIVIDUAL', 'HOUSEHOLD', 'CLAN', 'ENTERPRISE', 'ORGANISATION', 'OVERSEAS', 'OTHER');`);
    this.addSql(`create table "study_promotion_association" ("id" uuid not null, "unit_id" uuid not null, "organisation_id" uuid null, "name" text not null, "founded_on" date not null, "members" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "study_promotion_association_unit_id_index" on "study_promotion_association" ("unit_id");`);

    this.addSql(`create table "study_promotion_fund" ("id" uuid not null, "association_id" uuid not null, "name" text not null, "version" int not null default 1, primary key ("id"));`);

    this.addSql(`create table "fund_entry" ("id" uuid not null, "fund_id" uuid not null, "kind" "fund_entry_kind" not null, "date" date not null, "amount_vnd" bigint not null, "counterpart" text not null, "donor_type" "donor_type" null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "fund_entry_fund_id_date_index" on "fund_entry" ("fund_id", "date");`);

    this.addSql(`alter table "study_promotion_association" add constraint "study_promotion_association_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
    this.addSql(`alter table "study_promotion_association" add constraint "study_promotion_association_organisation_id_foreign" foreign key ("organisation_id") references "subject" ("id") on delete set null;`);

    this.addSql(`alter table "study_promotion_fund" add constraint "study_promotion_fund_association_id_foreign" foreign key ("association_id") references "study_promotion_association" ("id");`);

    this.addSql(`alter table "fund_entry" add constraint "fund_entry_fund_id_foreign" foreign key ("fund_id") references "study_promotion_fund" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "study_promotion_fund" drop constraint "study_promotion_fund_association_id_foreign";`);
    this.addSql(`alter table "fund_entry" drop constraint "fund_entry_fund_id_foreign";`);

    this.addSql(`drop table if exists "study_promotion_association" cascade;`);
    this.addSql(`drop table if exists "study_promotion_fund" cascade;`);
    this.addSql(`drop table if exists "fund_entry" cascade;`);

    this.addSql(`drop type "fund_entry_kind";`);
    this.addSql(`drop type "donor_type";`);
    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
