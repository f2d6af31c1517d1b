import { Migration } from '@mikro-orm/migrations';

/**
 * The plugin set the database was last migrated with: ids and versions. Every server compares its
 * own against it, so two servers configured with different `HOCTAP_PLUGINS` (and so different
 * workflows and criteria) cannot serve one database unnoticed. One row, written under the
 * start-up lock.
 */
export class Migration20261208300000_plugin_set extends Migration {
  override name = 'Migration20261208300000_plugin_set';

  override up(): void | Promise<void> {
    this.addSql(`create table "hoctap_plugin_set" (
      "id" smallint primary key default 1 check ("id" = 1),
      "plugins" jsonb not null,
      "recorded_at" timestamptz not null default now(),
      "recorded_by" text not null
    );`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table "hoctap_plugin_set";`);
  }
}
