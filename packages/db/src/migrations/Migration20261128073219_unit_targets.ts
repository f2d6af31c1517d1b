import { Migration } from '@mikro-orm/migrations';

export class Migration20261128073219_unit_targets extends Migration {

  override name = 'Migration20261128073219_unit_targets';

  override up(): void | Promise<void> {
    this.addSql(`create table "unit_target" ("id" uuid not null, "unit_id" uuid not null, "indicator" text not null, "year" smallint not null, "percent" numeric(5,2) not null, "source" text not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "unit_target" add constraint "unit_target_unit_id_indicator_year_unique" unique ("unit_id", "indicator", "year");`);

    this.addSql(`alter table "unit_target" add constraint "unit_target_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "unit_target" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
