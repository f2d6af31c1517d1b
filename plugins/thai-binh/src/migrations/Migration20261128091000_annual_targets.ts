import { Migration } from '@hoctap/plugin-sdk';

/** Targets of Thái Bình's annual socio-economic plans (ThaiBinhAnnualTarget), one per year and indicator. */
export class Migration20261128091000_annual_targets extends Migration {
  override up(): void {
    this.addSql(
      `create table "plugin_thai_binh"."annual_target" ("id" uuid not null, "year" smallint not null, "indicator" text not null, "percent" numeric(5,2) not null, "resolution" text not null, "adopted_on" date not null, "recorded_by" text not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "plugin_thai_binh"."annual_target" add constraint "annual_target_year_indicator_unique" unique ("year", "indicator");`,
    );
  }
}
