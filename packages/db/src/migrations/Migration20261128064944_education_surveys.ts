import { Migration } from '@mikro-orm/migrations';

export class Migration20261128064944_education_surveys extends Migration {

  override name = 'Migration20261128064944_education_surveys';

  override up(): void | Promise<void> {
    this.addSql(`create table "education_survey" ("id" uuid not null, "unit_id" uuid not null, "year" smallint not null, "especially_difficult" boolean not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "education_survey_year_index" on "education_survey" ("year");`);
    this.addSql(`alter table "education_survey" add constraint "education_survey_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(`create table "survey_figure" ("id" uuid not null, "survey_id" uuid not null, "code" text not null, "numerator" int not null, "denominator" int not null, primary key ("id"));`);
    this.addSql(`alter table "survey_figure" add constraint "survey_figure_survey_id_code_unique" unique ("survey_id", "code");`);

    this.addSql(`alter table "education_survey" add constraint "education_survey_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);

    this.addSql(`alter table "survey_figure" add constraint "survey_figure_survey_id_foreign" foreign key ("survey_id") references "education_survey" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "survey_figure" drop constraint "survey_figure_survey_id_foreign";`);

    this.addSql(`drop table if exists "education_survey" cascade;`);
    this.addSql(`drop table if exists "survey_figure" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
