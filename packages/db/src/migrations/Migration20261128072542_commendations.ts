import { Migration } from '@mikro-orm/migrations';

export class Migration20261128072542_commendations extends Migration {

  override name = 'Migration20261128072542_commendations';

  override up(): void | Promise<void> {
    this.addSql(`create table "commendation" ("id" uuid not null, "unit_id" uuid not null, "subject_id" uuid null, "recipient" text not null, "title" text not null, "authority" text not null, "decision_number" text not null, "decided_on" date not null, primary key ("id"));`);
    this.addSql(`create index "commendation_unit_id_decided_on_index" on "commendation" ("unit_id", "decided_on");`);

    this.addSql(`alter table "commendation" add constraint "commendation_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`);
    this.addSql(`alter table "commendation" add constraint "commendation_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "commendation" cascade;`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
