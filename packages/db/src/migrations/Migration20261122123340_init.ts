import { Migration } from '@mikro-orm/migrations';

export class Migration20261122123340_init extends Migration {

  override name = 'Migration20261122123340_init';

  override up(): void | Promise<void> {
    // Diacritic-blind search: unaccent is not immutable, so an immutable wrapper is what indexes use.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create or replace function hoctap_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);
    this.addSql(`create type "admin_unit_kind" as enum ('CENTRAL_CITY', 'PROVINCE', 'URBAN_DISTRICT', 'RURAL_DISTRICT', 'TOWN', 'PROVINCIAL_CITY', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE', 'VILLAGE');`);
    this.addSql(`create type "admin_level" as enum ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE');`);
    this.addSql(`create type "succession_kind" as enum ('FULL', 'PARTIAL');`);
    this.addSql(`create table "admin_unit" ("id" uuid not null, "code" text not null, "name" text not null, "kind" "admin_unit_kind" not null, "level" "admin_level" not null, "valid_from" date null, "valid_to" date null, "source" text not null default 'reference', "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "admin_unit_name_search_idx" on "admin_unit" using gin (hoctap_unaccent(lower("name")) gin_trgm_ops);`);
    this.addSql(`create index "admin_unit_code_valid_from_valid_to_index" on "admin_unit" ("code", "valid_from", "valid_to");`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_code_level_valid_from_unique" unique ("code", "level", "valid_from");`);

    this.addSql(`create table "admin_unit_parent" ("id" uuid not null, "unit_id" uuid not null, "parent_id" uuid not null, "valid_from" date null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`create index "admin_unit_parent_unit_id_valid_from_index" on "admin_unit_parent" ("unit_id", "valid_from");`);
    this.addSql(`create index "admin_unit_parent_parent_id_valid_from_index" on "admin_unit_parent" ("parent_id", "valid_from");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor" text not null, "actor_role" text null, "actor_unit_id" uuid null, "action" text not null, "entity_type" text not null, "entity_id" text null, "changes" jsonb null, "request_id" text null);`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "reference_data_load" ("name" text not null, "checksum" text not null, "rows" int not null, "loaded_at" timestamptz not null, primary key ("name"));`);

    this.addSql(`create table "admin_unit_succession" ("id" uuid not null, "from_id" uuid not null, "to_id" uuid not null, "kind" "succession_kind" not null, "effective_date" date not null, "legal_basis" text not null, "weight" double precision null, primary key ("id"));`);
    this.addSql(`create index "admin_unit_succession_to_id_index" on "admin_unit_succession" ("to_id");`);
    this.addSql(`alter table "admin_unit_succession" add constraint "admin_unit_succession_from_id_to_id_effective_date_unique" unique ("from_id", "to_id", "effective_date");`);

    this.addSql(`alter table "admin_unit_parent" add constraint "admin_unit_parent_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete cascade;`);
    this.addSql(`alter table "admin_unit_parent" add constraint "admin_unit_parent_parent_id_foreign" foreign key ("parent_id") references "admin_unit" ("id") on delete cascade;`);

    this.addSql(`alter table "admin_unit_succession" add constraint "admin_unit_succession_from_id_foreign" foreign key ("from_id") references "admin_unit" ("id") on delete cascade;`);
    this.addSql(`alter table "admin_unit_succession" add constraint "admin_unit_succession_to_id_foreign" foreign key ("to_id") references "admin_unit" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "admin_unit_parent" drop constraint "admin_unit_parent_unit_id_foreign";`);
    this.addSql(`alter table "admin_unit_parent" drop constraint "admin_unit_parent_parent_id_foreign";`);
    this.addSql(`alter table "admin_unit_succession" drop constraint "admin_unit_succession_from_id_foreign";`);
    this.addSql(`alter table "admin_unit_succession" drop constraint "admin_unit_succession_to_id_foreign";`);

    this.addSql(`drop table if exists "admin_unit" cascade;`);
    this.addSql(`drop table if exists "admin_unit_parent" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "reference_data_load" cascade;`);
    this.addSql(`drop table if exists "admin_unit_succession" cascade;`);

    this.addSql(`drop type "admin_unit_kind";`);
    this.addSql(`drop type "admin_level";`);
    this.addSql(`drop type "succession_kind";`);
    this.addSql(`drop function if exists hoctap_unaccent(text);`);
  }

}
