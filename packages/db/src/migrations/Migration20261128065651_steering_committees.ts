import { Migration } from '@mikro-orm/migrations';

export class Migration20261128065651_steering_committees extends Migration {

  override name = 'Migration20261128065651_steering_committees';

  override up(): void | Promise<void> {
    this.addSql(`create table "steering_committee" ("id" uuid not null, "unit_id" uuid not null, "decision_number" text not null, "decided_on" date not null, "active_from" date not null, "active_to" date null, "members" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "steering_committee_unit_id_active_from_index" on "steering_committee" ("unit_id", "active_from");`);

    this.addSql(`alter table "steering_committee" add constraint "steering_committee_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "steering_committee" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
