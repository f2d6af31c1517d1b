import { Migration } from '@mikro-orm/migrations';

/**
 * Study-promotion fund money by unit, year, entry kind and donor type, kept by statement-level
 * triggers like the evaluation summaries: "scholarship money by donor type and year" reads a few
 * thousand rows instead of joining every fund entry to its fund, association and unit.
 */
export class Migration20261128100000_analytics_funds extends Migration {

  override name = 'Migration20261128100000_analytics_funds';

  override up(): void | Promise<void> {
    this.addSql(`create table "analytics_fund_stats" (
      "unit_id" uuid not null, "year" smallint not null, "kind" text not null, "donor_type" text not null,
      "province_id" uuid null, "district_id" uuid null, "commune_id" uuid null,
      "amount" numeric not null, "entries" bigint not null,
      primary key ("unit_id", "year", "kind", "donor_type"));`);
    this.addSql(`create or replace function analytics_fund_stats_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          with d as (
            select a.unit_id, extract(year from r.date)::smallint as year, r.kind::text as kind,
                   coalesce(r.donor_type::text, '') as donor_type, sum(r.amount_vnd) as amount, count(*) as entries
            from old_rows r join study_promotion_fund f on f.id = r.fund_id
            join study_promotion_association a on a.id = f.association_id
            group by 1, 2, 3, 4
          )
          update analytics_fund_stats s set amount = s.amount - d.amount, entries = s.entries - d.entries from d
          where s.unit_id = d.unit_id and s.year = d.year and s.kind = d.kind and s.donor_type = d.donor_type;
          delete from analytics_fund_stats where entries = 0;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          -- analytics_fund_entry_* (alphabetically earlier, so fired first) has placed each unit in its year.
          insert into analytics_fund_stats as s
            (unit_id, year, kind, donor_type, province_id, district_id, commune_id, amount, entries)
          select d.unit_id, d.year, d.kind, d.donor_type, uy.province_id, uy.district_id, uy.commune_id, d.amount, d.entries
          from (
            select a.unit_id, extract(year from r.date)::smallint as year, r.kind::text as kind,
                   coalesce(r.donor_type::text, '') as donor_type, sum(r.amount_vnd) as amount, count(*) as entries
            from new_rows r join study_promotion_fund f on f.id = r.fund_id
            join study_promotion_association a on a.id = f.association_id
            group by 1, 2, 3, 4
          ) d
          left join analytics_unit_year uy on uy.unit_id = d.unit_id and uy.year = d.year
          on conflict (unit_id, year, kind, donor_type)
          do update set amount = s.amount + excluded.amount, entries = s.entries + excluded.entries;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_fund_stats_insert after insert on "fund_entry"
      referencing new table as new_rows for each statement execute function analytics_fund_stats_apply();`);
    this.addSql(`create trigger analytics_fund_stats_update after update on "fund_entry"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_fund_stats_apply();`);
    this.addSql(`create trigger analytics_fund_stats_delete after delete on "fund_entry"
      referencing old table as old_rows for each statement execute function analytics_fund_stats_apply();`);
    this.addSql(`insert into analytics_fund_stats (unit_id, year, kind, donor_type, province_id, district_id, commune_id, amount, entries)
      select d.unit_id, d.year, d.kind, d.donor_type, uy.province_id, uy.district_id, uy.commune_id, d.amount, d.entries
      from (
        select a.unit_id, extract(year from r.date)::smallint as year, r.kind::text as kind,
               coalesce(r.donor_type::text, '') as donor_type, sum(r.amount_vnd) as amount, count(*) as entries
        from fund_entry r join study_promotion_fund f on f.id = r.fund_id
        join study_promotion_association a on a.id = f.association_id
        group by 1, 2, 3, 4
      ) d
      left join analytics_unit_year uy on uy.unit_id = d.unit_id and uy.year = d.year;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists analytics_fund_stats_insert on "fund_entry";`);
    this.addSql(`drop trigger if exists analytics_fund_stats_update on "fund_entry";`);
    this.addSql(`drop trigger if exists analytics_fund_stats_delete on "fund_entry";`);
    this.addSql(`drop table if exists "analytics_fund_stats";`);
    this.addSql(`drop function if exists analytics_fund_stats_apply;`);
  }

}
