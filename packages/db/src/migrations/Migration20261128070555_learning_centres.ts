import { Migration } from '@mikro-orm/migrations';

export class Migration20261128070555_learning_centres extends Migration {

  override name = 'Migration20261128070555_learning_centres';

  override up(): void | Promise<void> {
    this.addSql(`create table "learning_centre" ("id" uuid not null, "unit_id" uuid not null, "name" text not null, "established_on" date not null, "closed_on" date null, "facilities" jsonb not null, "years" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "learning_centre_unit_id_index" on "learning_centre" ("unit_id");`);

    this.addSql(`alter table "learning_centre" add constraint "learning_centre_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "learning_centre" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
