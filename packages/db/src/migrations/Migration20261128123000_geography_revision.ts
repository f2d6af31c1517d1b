import { Migration } from '@mikro-orm/migrations';

/**
 * A number that changes whenever the map analytics show changes: a province, district or commune
 * is written, or a succession. Servers keep the map's names and successions in memory and read
 * this number alongside each analytics query, so a change made anywhere (an import, another
 * server) is seen by the next query that starts after it commits. Villages do not count: officers
 * add them day to day, and analytics never show them.
 */
export class Migration20261128123000_geography_revision extends Migration {

  override name = 'Migration20261128123000_geography_revision';

  override up(): void | Promise<void> {
    this.addSql(`create table "analytics_geography_revision" (
      "id" smallint primary key default 1 check ("id" = 1), "revision" bigint not null);`);
    this.addSql(`insert into "analytics_geography_revision" ("id", "revision") values (1, 1);`);
    this.addSql(`create or replace function analytics_geography_bump() returns trigger language plpgsql as $$
      begin
        update analytics_geography_revision set revision = revision + 1;
        return null;
      end $$;`);
    // A transition table exists only for its operations, so each is read in its own branch.
    this.addSql(`create or replace function analytics_geography_bump_units() returns trigger language plpgsql as $$
      declare
        changed boolean := false;
      begin
        if tg_op in ('INSERT', 'UPDATE') then
          changed := exists (select 1 from new_rows where level <> 'VILLAGE');
        end if;
        if not changed and tg_op in ('DELETE', 'UPDATE') then
          changed := exists (select 1 from old_rows where level <> 'VILLAGE');
        end if;
        if changed then
          update analytics_geography_revision set revision = revision + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_geography_unit_insert after insert on "admin_unit"
      referencing new table as new_rows for each statement execute function analytics_geography_bump_units();`);
    this.addSql(`create trigger analytics_geography_unit_update after update on "admin_unit"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_geography_bump_units();`);
    this.addSql(`create trigger analytics_geography_unit_delete after delete on "admin_unit"
      referencing old table as old_rows for each statement execute function analytics_geography_bump_units();`);
    this.addSql(`create trigger analytics_geography_unit_truncate after truncate on "admin_unit"
      for each statement execute function analytics_geography_bump();`);
    this.addSql(`create trigger analytics_geography_succession_change after insert or update or delete or truncate
      on "admin_unit_succession" for each statement execute function analytics_geography_bump();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists analytics_geography_unit_insert on "admin_unit";`);
    this.addSql(`drop trigger if exists analytics_geography_unit_update on "admin_unit";`);
    this.addSql(`drop trigger if exists analytics_geography_unit_delete on "admin_unit";`);
    this.addSql(`drop trigger if exists analytics_geography_unit_truncate on "admin_unit";`);
    this.addSql(`drop trigger if exists analytics_geography_succession_change on "admin_unit_succession";`);
    this.addSql(`drop function if exists analytics_geography_bump, analytics_geography_bump_units;`);
    this.addSql(`drop table if exists "analytics_geography_revision";`);
  }

}
