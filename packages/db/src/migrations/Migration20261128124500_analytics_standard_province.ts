import { Migration } from '@mikro-orm/migrations';

/**
 * Standards results at province grain, like evaluations' and funds': "communes meeting each
 * standard, nationally" reads a few thousand rows instead of every commune's. Kept from
 * `analytics_standard_results` by its own statement trigger, so it cannot disagree with it.
 */
export class Migration20261128124500_analytics_standard_province extends Migration {

  override name = 'Migration20261128124500_analytics_standard_province';

  override up(): void | Promise<void> {
    this.addSql(`create table "analytics_standard_province_stats" (
      "province_id" uuid null, "year" smallint not null, "standard" text not null,
      "surveyed" bigint not null, "met" bigint not null);`);
    this.addSql(`create unique index "analytics_standard_province_stats_key" on "analytics_standard_province_stats"
      ("province_id", "year", "standard") nulls not distinct;`);
    // Each statement adds its rows' difference (new minus old) to their province.
    this.addSql(`create or replace function analytics_standard_province_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          insert into analytics_standard_province_stats as s (province_id, year, standard, surveyed, met)
          select province_id, year, standard, count(*), count(*) filter (where met) from new_rows group by 1, 2, 3
          on conflict (province_id, year, standard)
          do update set surveyed = s.surveyed + excluded.surveyed, met = s.met + excluded.met;
        elsif tg_op = 'UPDATE' then
          insert into analytics_standard_province_stats as s (province_id, year, standard, surveyed, met)
          select province_id, year, standard, sum(surveyed), sum(met) from (
            select province_id, year, standard, 1 as surveyed, met::int as met from new_rows
            union all
            select province_id, year, standard, -1, -(met::int) from old_rows
          ) d group by 1, 2, 3
          on conflict (province_id, year, standard)
          do update set surveyed = s.surveyed + excluded.surveyed, met = s.met + excluded.met;
        else
          update analytics_standard_province_stats s set surveyed = s.surveyed - d.surveyed, met = s.met - d.met
          from (select province_id, year, standard, count(*) as surveyed, count(*) filter (where met) as met
                from old_rows group by 1, 2, 3) d
          where s.province_id is not distinct from d.province_id and s.year = d.year and s.standard = d.standard;
        end if;
        delete from analytics_standard_province_stats where surveyed = 0;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_standard_province_insert after insert on "analytics_standard_results"
      referencing new table as new_rows for each statement execute function analytics_standard_province_apply();`);
    this.addSql(`create trigger analytics_standard_province_update after update on "analytics_standard_results"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_standard_province_apply();`);
    this.addSql(`create trigger analytics_standard_province_delete after delete on "analytics_standard_results"
      referencing old table as old_rows for each statement execute function analytics_standard_province_apply();`);
    this.addSql(`insert into analytics_standard_province_stats (province_id, year, standard, surveyed, met)
      select province_id, year, standard, count(*), count(*) filter (where met) from analytics_standard_results group by 1, 2, 3;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists analytics_standard_province_insert on "analytics_standard_results";`);
    this.addSql(`drop trigger if exists analytics_standard_province_update on "analytics_standard_results";`);
    this.addSql(`drop trigger if exists analytics_standard_province_delete on "analytics_standard_results";`);
    this.addSql(`drop table if exists "analytics_standard_province_stats";`);
    this.addSql(`drop function if exists analytics_standard_province_apply;`);
  }

}
