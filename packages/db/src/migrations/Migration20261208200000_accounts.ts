import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts and sign-in: users with their grants (role, unit, agency), sign-in sessions (one
 * refresh-token family per device), refresh tokens and password-reset tokens stored as SHA-256
 * hashes only. `account_state.version` is bumped by triggers whenever anything a bearer token
 * depends on changes (a user's `active` or `auth_revision`, a grant, a session's revocation), so every server can tell
 * with one tiny query whether its in-memory account cache is still good.
 */
export class Migration20261208200000_accounts extends Migration {
  override name = 'Migration20261208200000_accounts';

  override up(): void | Promise<void> {
    this.addSql(`create table "account_state" ("id" int not null, "version" bigint not null, primary key ("id"));`);
    this.addSql(`create table "app_user" ("id" uuid not null, "name" text not null, "login" text not null, "email" text null, "phone" text null, "active" boolean not null default true, "auth_revision" int not null default 0, "password_hash" text null, "failed_attempts" int not null default 0, "locked_until" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);
    this.addSql(`create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "user_grant" ("id" uuid not null, "user_id" uuid not null, "role" text not null, "unit_id" uuid null, "agency" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "user_grant_user_id_index" on "user_grant" ("user_id");`);
    this.addSql(`create index "user_grant_unit_id_index" on "user_grant" ("unit_id");`);
    this.addSql(`create table "auth_session" ("id" uuid not null, "user_id" uuid not null, "grant_id" uuid null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(`create table "refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete set null;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_grant_id_foreign" foreign key ("grant_id") references "user_grant" ("id") on delete set null;`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on delete cascade;`);

    this.addSql(`insert into "account_state" ("id", "version") values (1, 0);`);
    this.addSql(`create function "bump_account_state"() returns trigger language plpgsql as $$
      begin update "account_state" set "version" = "version" + 1 where "id" = 1; return null; end $$;`);
    this.addSql(`create trigger "app_user_account_state" after insert or delete or update of "active", "auth_revision"
      on "app_user" for each statement execute function "bump_account_state"();`);
    this.addSql(`create trigger "user_grant_account_state" after insert or delete or update
      on "user_grant" for each statement execute function "bump_account_state"();`);
    this.addSql(`create trigger "auth_session_account_state" after update of "revoked_at"
      on "auth_session" for each statement execute function "bump_account_state"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "refresh_token", "auth_session", "password_reset", "user_grant", "app_user", "account_state" cascade;`);
    this.addSql(`drop function if exists "bump_account_state"();`);
  }
}
