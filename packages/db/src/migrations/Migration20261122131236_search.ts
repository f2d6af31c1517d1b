import { Migration } from '@mikro-orm/migrations';

export class Migration20261122131236_search extends Migration {

  override name = 'Migration20261122131236_search';

  override up(): void | Promise<void> {
    this.addSql(`drop index "admin_unit_name_search_idx";`);
    this.addSql(`alter table "admin_unit" add "search_vector" tsvector generated always as (to_tsvector('simple'::regconfig, hoctap_unaccent(lower(name)))) stored null;`);
    this.addSql(`create index "admin_unit_search_idx" on "admin_unit" using gin ("search_vector");`);
    this.addSql(`create index "admin_unit_level_code_index" on "admin_unit" ("level", "code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "admin_unit_search_idx";`);
    this.addSql(`drop index "admin_unit_level_code_index";`);
    this.addSql(`alter table "admin_unit" drop column "search_vector";`);
    this.addSql(`CREATE INDEX admin_unit_name_search_idx ON public.admin_unit USING gin (hoctap_unaccent(lower(name)) gin_trgm_ops);`);

    this.addSql(`create or replace function "hoctap_unaccent"(text) returns text security invoker immutable language sql as \$\$ select public.unaccent('public.unaccent'::regdictionary, \$1) \$\$;`);
  }

}
