import { Migration } from '@mikro-orm/migrations';

/** The reporting cycle: one report per data set, unit and period, with its values and approvals. */
export class Migration20261208100000_reporting extends Migration {
  override name = 'Migration20261208100000_reporting';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "data_set_report" ("id" uuid not null, "data_set_code" text not null, "unit_id" uuid not null, "period" text not null, "lineage" uuid[] not null, "lineage_levels" text[] not null, "state" text not null default 'DRAFT', "values" jsonb not null, "approvals" jsonb not null, "submitted_on" date null, "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "data_set_report_data_set_code_period_index" on "data_set_report" ("data_set_code", "period");`,
    );
    this.addSql(`create index "data_set_report_lineage_idx" on "data_set_report" using gin ("lineage");`);
    this.addSql(
      `alter table "data_set_report" add constraint "data_set_report_data_set_code_unit_id_period_unique" unique ("data_set_code", "unit_id", "period");`,
    );
    this.addSql(
      `alter table "data_set_report" add constraint "data_set_report_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "data_set_report" cascade;`);
  }
}
