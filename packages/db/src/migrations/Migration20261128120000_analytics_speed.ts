import { Migration } from '@mikro-orm/migrations';

/**
 * Faster analytics reads found by the national benchmark:
 * - where units stood in a year, by province, district or commune: one province's surveys read
 *   its own 140 communes instead of scanning every unit-year;
 * - fund money at province grain, like the evaluations': "money by donor type and year" for the
 *   country reads a few thousand rows instead of every unit's. It is kept from the unit-grain
 *   table by its own statement trigger, so it can never disagree with it;
 * - each surveyed commune's standards, met or not, by rule version: the rules are the core's
 *   TypeScript (standards.rules.ts), so the survey service writes them in the survey's own
 *   transaction, and analytics count them instead of assessing every commune on each request.
 *   A write that bypasses the service deletes them (they are recomputed when the server starts),
 *   so a stale result is never read.
 */
export class Migration20261128120000_analytics_speed extends Migration {

  override name = 'Migration20261128120000_analytics_speed';

  override up(): void | Promise<void> {
    this.addSql(`create index "analytics_unit_year_province_idx" on "analytics_unit_year" ("province_id", "year");`);
    this.addSql(`create index "analytics_unit_year_district_idx" on "analytics_unit_year" ("district_id", "year");`);
    this.addSql(`create index "analytics_unit_year_commune_idx" on "analytics_unit_year" ("commune_id", "year");`);

    // A fund of the national association has no province: null is one key, not many.
    this.addSql(`create table "analytics_fund_province_stats" (
      "province_id" uuid null, "year" smallint not null, "kind" text not null, "donor_type" text not null,
      "amount" numeric not null, "entries" bigint not null);`);
    this.addSql(`create unique index "analytics_fund_province_stats_key" on "analytics_fund_province_stats"
      ("province_id", "year", "kind", "donor_type") nulls not distinct;`);
    // Each statement on the unit grain adds its rows' difference (new minus old) to their province.
    this.addSql(`create or replace function analytics_fund_province_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          insert into analytics_fund_province_stats as s (province_id, year, kind, donor_type, amount, entries)
          select province_id, year, kind, donor_type, sum(amount), sum(entries) from new_rows group by 1, 2, 3, 4
          on conflict (province_id, year, kind, donor_type)
          do update set amount = s.amount + excluded.amount, entries = s.entries + excluded.entries;
        elsif tg_op = 'UPDATE' then
          insert into analytics_fund_province_stats as s (province_id, year, kind, donor_type, amount, entries)
          select province_id, year, kind, donor_type, sum(amount), sum(entries) from (
            select province_id, year, kind, donor_type, amount, entries from new_rows
            union all
            select province_id, year, kind, donor_type, -amount, -entries from old_rows
          ) d group by 1, 2, 3, 4
          on conflict (province_id, year, kind, donor_type)
          do update set amount = s.amount + excluded.amount, entries = s.entries + excluded.entries;
        else
          update analytics_fund_province_stats s set amount = s.amount - d.amount, entries = s.entries - d.entries
          from (select province_id, year, kind, donor_type, sum(amount) as amount, sum(entries) as entries
                from old_rows group by 1, 2, 3, 4) d
          where s.province_id is not distinct from d.province_id and s.year = d.year and s.kind = d.kind
            and s.donor_type = d.donor_type;
        end if;
        delete from analytics_fund_province_stats where entries = 0;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_fund_province_insert after insert on "analytics_fund_stats"
      referencing new table as new_rows for each statement execute function analytics_fund_province_apply();`);
    this.addSql(`create trigger analytics_fund_province_update after update on "analytics_fund_stats"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_fund_province_apply();`);
    this.addSql(`create trigger analytics_fund_province_delete after delete on "analytics_fund_stats"
      referencing old table as old_rows for each statement execute function analytics_fund_province_apply();`);
    this.addSql(`insert into analytics_fund_province_stats (province_id, year, kind, donor_type, amount, entries)
      select province_id, year, kind, donor_type, sum(amount), sum(entries) from analytics_fund_stats group by 1, 2, 3, 4;`);

    this.addSql(`create table "analytics_standard_results" (
      "survey_id" uuid not null references "education_survey" ("id") on delete cascade,
      "standard" text not null, "year" smallint not null, "rule_version" text not null, "met" boolean not null,
      "province_id" uuid null, "district_id" uuid null, "commune_id" uuid null,
      primary key ("survey_id", "standard"));`);
    this.addSql(`create index "analytics_standard_results_province_idx" on "analytics_standard_results" ("province_id", "year");`);
    this.addSql(`create index "analytics_standard_results_district_idx" on "analytics_standard_results" ("district_id", "year");`);
    this.addSql(`create index "analytics_standard_results_commune_idx" on "analytics_standard_results" ("commune_id", "year");`);
    this.addSql(`create or replace function analytics_standard_results_stale() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then
          delete from analytics_standard_results where survey_id in (select survey_id from new_rows);
        end if;
        if tg_op in ('DELETE', 'UPDATE') then
          delete from analytics_standard_results where survey_id in (select survey_id from old_rows);
        end if;
        return null;
      end $$;`);
    this.addSql(`create or replace function analytics_standard_results_stale_survey() returns trigger language plpgsql as $$
      begin
        delete from analytics_standard_results where survey_id in (select id from new_rows);
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_standard_results_figure_insert after insert on "survey_figure"
      referencing new table as new_rows for each statement execute function analytics_standard_results_stale();`);
    this.addSql(`create trigger analytics_standard_results_figure_update after update on "survey_figure"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_standard_results_stale();`);
    this.addSql(`create trigger analytics_standard_results_figure_delete after delete on "survey_figure"
      referencing old table as old_rows for each statement execute function analytics_standard_results_stale();`);
    this.addSql(`create trigger analytics_standard_results_survey_update after update on "education_survey"
      referencing new table as new_rows for each statement execute function analytics_standard_results_stale_survey();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics_standard_results";`);
    this.addSql(`drop trigger if exists analytics_standard_results_figure_insert on "survey_figure";`);
    this.addSql(`drop trigger if exists analytics_standard_results_figure_update on "survey_figure";`);
    this.addSql(`drop trigger if exists analytics_standard_results_figure_delete on "survey_figure";`);
    this.addSql(`drop trigger if exists analytics_standard_results_survey_update on "education_survey";`);
    this.addSql(`drop function if exists analytics_standard_results_stale, analytics_standard_results_stale_survey;`);
    this.addSql(`drop trigger if exists analytics_fund_province_insert on "analytics_fund_stats";`);
    this.addSql(`drop trigger if exists analytics_fund_province_update on "analytics_fund_stats";`);
    this.addSql(`drop trigger if exists analytics_fund_province_delete on "analytics_fund_stats";`);
    this.addSql(`drop table if exists "analytics_fund_province_stats";`);
    this.addSql(`drop function if exists analytics_fund_province_apply;`);
    this.addSql(`drop index if exists "analytics_unit_year_province_idx", "analytics_unit_year_district_idx", "analytics_unit_year_commune_idx";`);
  }

}
