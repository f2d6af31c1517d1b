import { Migration } from '@hoctap/plugin-sdk';

/** The results Hà Nam reported (HaNamReportedResult), one row per indicator and reporting day. */
export class Migration20261128090000_reported_results extends Migration {
  override up(): void {
    this.addSql(
      `create table "plugin_ha_nam"."reported_result" ("id" uuid not null, "unit_code" text not null, "indicator" text not null, "description" text not null, "numerator" int null, "denominator" int null, "met" boolean null, "standard_code" text null, "coverage_level" text null, "reported_on" date not null, "source" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "plugin_ha_nam"."reported_result" add constraint "reported_result_indicator_reported_on_unique" unique ("indicator", "reported_on");`,
    );
  }
}
