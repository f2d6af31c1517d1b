import { Migration } from '@hoctap/plugin-sdk';

const TABLE = '"plugin_scaffold_check_1e7e1f"."note"';

/**
 * Creates the example table. The platform creates the schema plugin_scaffold_check_1e7e1f and records each
 * applied migration in its table "migrations". Add a new migration to the list in index.ts for
 * every change; never edit one that has been applied.
 */
export class Migration0001_init extends Migration {
  override up(): void {
    this.addSql(
      `create table ${TABLE} ("id" uuid not null, "unit_id" uuid not null, "day" date not null, "text" text not null, "version" int not null default 1, "created_by" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "note_unit_id_day_index" on ${TABLE} ("unit_id", "day");`);
  }
}
