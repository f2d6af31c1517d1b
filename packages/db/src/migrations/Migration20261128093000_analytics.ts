import { Migration } from '@mikro-orm/migrations';

/**
 * Summary tables for analytics, kept current by statement-level triggers in the same transaction
 * as every write (no nightly rebuild, no lag). A statement's rows arrive as a transition table, so
 * a 10,000-row import costs one aggregated upsert, and a single transition one small update.
 * Units are resolved to their province, district and commune as of the data's year, once, at write.
 */
export class Migration20261128093000_analytics extends Migration {

  override name = 'Migration20261128093000_analytics';

  override up(): void | Promise<void> {
    // A unit's province, district and commune on a day, by walking its dated parents.
    this.addSql(`create or replace function analytics_ancestry(p_unit uuid, p_day date)
      returns table (province_id uuid, district_id uuid, commune_id uuid) language sql stable as $$
        with recursive up(id, depth) as (
          select p_unit, 0
          union all
          select p.parent_id, up.depth + 1 from up
          join admin_unit_parent p on p.unit_id = up.id
            and (p.valid_from is null or p.valid_from <= p_day) and (p.valid_to is null or p.valid_to >= p_day)
          where up.depth < 8
        )
        select max(u.id::text) filter (where u.level = 'PROVINCE')::uuid,
               max(u.id::text) filter (where u.level = 'DISTRICT')::uuid,
               max(u.id::text) filter (where u.level = 'COMMUNE')::uuid
        from up join admin_unit u on u.id = up.id
      $$;`);
    // The same from a stored lineage (an evaluation's), without walking.
    this.addSql(`create or replace function analytics_levels(p_lineage uuid[])
      returns table (province_id uuid, district_id uuid, commune_id uuid) language sql stable as $$
        select max(u.id::text) filter (where u.level = 'PROVINCE')::uuid,
               max(u.id::text) filter (where u.level = 'DISTRICT')::uuid,
               max(u.id::text) filter (where u.level = 'COMMUNE')::uuid
        from admin_unit u where u.id = any(p_lineage)
      $$;`);

    this.addSql(`create table "analytics_evaluation_stats" (
      "unit_id" uuid not null, "year" smallint not null, "model_kind" text not null, "state" text not null,
      "rating" text not null, "province_id" uuid null, "district_id" uuid null, "commune_id" uuid null,
      "n" bigint not null,
      primary key ("unit_id", "year", "model_kind", "state", "rating"));`);
    this.addSql(`create index "analytics_evaluation_stats_province_idx" on "analytics_evaluation_stats" ("province_id", "model_kind", "year");`);
    this.addSql(`create index "analytics_evaluation_stats_district_idx" on "analytics_evaluation_stats" ("district_id", "model_kind", "year");`);
    this.addSql(`create index "analytics_evaluation_stats_commune_idx" on "analytics_evaluation_stats" ("commune_id", "model_kind", "year");`);
    // The province grain answers national questions from a few thousand rows.
    this.addSql(`create table "analytics_evaluation_province_stats" (
      "province_id" uuid not null, "year" smallint not null, "model_kind" text not null, "state" text not null,
      "rating" text not null, "n" bigint not null,
      primary key ("province_id", "model_kind", "year", "state", "rating"));`);
    this.addSql(`create table "analytics_subject_stats" (
      "unit_id" uuid not null, "kind" text not null, "province_id" uuid null, "district_id" uuid null,
      "commune_id" uuid null, "n" bigint not null,
      primary key ("unit_id", "kind"));`);
    // Where a survey's or a fund's unit stood in a year, for their aggregates.
    this.addSql(`create table "analytics_unit_year" (
      "unit_id" uuid not null, "year" smallint not null, "province_id" uuid null, "district_id" uuid null,
      "commune_id" uuid null,
      primary key ("unit_id", "year"));`);

    this.addSql(`create or replace function analytics_evaluation_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          with d as (
            select unit_id, year, model_kind, state, coalesce(rating, '') as rating, count(*) as n
            from old_rows group by 1, 2, 3, 4, 5
          )
          update analytics_evaluation_stats s set n = s.n - d.n from d
          where s.unit_id = d.unit_id and s.year = d.year and s.model_kind = d.model_kind
            and s.state = d.state and s.rating = d.rating;
          with d as (
            select lineage[cardinality(lineage)] as province_id, year, model_kind, state, coalesce(rating, '') as rating,
                   count(*) as n
            from old_rows group by 1, 2, 3, 4, 5
          )
          update analytics_evaluation_province_stats s set n = s.n - d.n from d
          where s.province_id = d.province_id and s.year = d.year and s.model_kind = d.model_kind
            and s.state = d.state and s.rating = d.rating;
          delete from analytics_evaluation_stats where n = 0;
          delete from analytics_evaluation_province_stats where n = 0;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into analytics_evaluation_stats as s
            (unit_id, year, model_kind, state, rating, province_id, district_id, commune_id, n)
          select a.unit_id, a.year, a.model_kind, a.state, a.rating, l.province_id, l.district_id, l.commune_id, a.n
          from (
            select unit_id, year, model_kind, state, coalesce(rating, '') as rating, min(lineage) as lineage,
                   count(*) as n
            from new_rows group by 1, 2, 3, 4, 5
          ) a cross join lateral analytics_levels(a.lineage) l
          on conflict (unit_id, year, model_kind, state, rating) do update set n = s.n + excluded.n;
          insert into analytics_evaluation_province_stats as s (province_id, year, model_kind, state, rating, n)
          select lineage[cardinality(lineage)], year, model_kind, state, coalesce(rating, ''), count(*)
          from new_rows group by 1, 2, 3, 4, 5
          on conflict (province_id, model_kind, year, state, rating) do update set n = s.n + excluded.n;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_evaluation_insert after insert on "evaluation"
      referencing new table as new_rows for each statement execute function analytics_evaluation_apply();`);
    this.addSql(`create trigger analytics_evaluation_update after update on "evaluation"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_evaluation_apply();`);
    this.addSql(`create trigger analytics_evaluation_delete after delete on "evaluation"
      referencing old table as old_rows for each statement execute function analytics_evaluation_apply();`);

    this.addSql(`create or replace function analytics_subject_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          with d as (select unit_id, kind::text as kind, count(*) as n from old_rows group by 1, 2)
          update analytics_subject_stats s set n = s.n - d.n from d where s.unit_id = d.unit_id and s.kind = d.kind;
          delete from analytics_subject_stats where n = 0;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into analytics_subject_stats as s (unit_id, kind, province_id, district_id, commune_id, n)
          select a.unit_id, a.kind, l.province_id, l.district_id, l.commune_id, a.n
          from (select unit_id, kind::text as kind, count(*) as n from new_rows group by 1, 2) a
          join admin_unit u on u.id = a.unit_id
          -- A subject of a unit that has ended belongs where its unit stood on its last day.
          cross join lateral analytics_ancestry(a.unit_id, coalesce(u.valid_to, current_date)) l
          on conflict (unit_id, kind) do update set n = s.n + excluded.n;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_subject_insert after insert on "subject"
      referencing new table as new_rows for each statement execute function analytics_subject_apply();`);
    this.addSql(`create trigger analytics_subject_update after update on "subject"
      referencing old table as old_rows new table as new_rows for each statement execute function analytics_subject_apply();`);
    this.addSql(`create trigger analytics_subject_delete after delete on "subject"
      referencing old table as old_rows for each statement execute function analytics_subject_apply();`);

    // Surveys and funds are aggregated from their own tables; only the unit's place in the year is kept.
    this.addSql(`create or replace function analytics_unit_year_ensure(p_pairs jsonb) returns void language sql as $$
      insert into analytics_unit_year (unit_id, year, province_id, district_id, commune_id)
      select p.unit_id, p.year, l.province_id, l.district_id, l.commune_id
      from (select distinct (e->>'unit_id')::uuid as unit_id, (e->>'year')::smallint as year from jsonb_array_elements(p_pairs) e) p
      join admin_unit u on u.id = p.unit_id
      cross join lateral analytics_ancestry(p.unit_id, least(make_date(p.year, 12, 31), coalesce(u.valid_to, 'infinity'::date))) l
      on conflict (unit_id, year) do nothing
    $$;`);
    this.addSql(`create or replace function analytics_survey_apply() returns trigger language plpgsql as $$
      begin
        perform analytics_unit_year_ensure(coalesce(jsonb_agg(jsonb_build_object('unit_id', unit_id, 'year', year)), '[]'))
        from (select distinct unit_id, year from new_rows) r;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_survey_insert after insert on "education_survey"
      referencing new table as new_rows for each statement execute function analytics_survey_apply();`);
    this.addSql(`create or replace function analytics_fund_entry_apply() returns trigger language plpgsql as $$
      begin
        perform analytics_unit_year_ensure(coalesce(jsonb_agg(jsonb_build_object('unit_id', a.unit_id, 'year', r.year)), '[]'))
        from (select distinct fund_id, extract(year from date)::int as year from new_rows) r
        join study_promotion_fund f on f.id = r.fund_id
        join study_promotion_association a on a.id = f.association_id;
        return null;
      end $$;`);
    this.addSql(`create trigger analytics_fund_entry_insert after insert on "fund_entry"
      referencing new table as new_rows for each statement execute function analytics_fund_entry_apply();`);
    this.addSql(`create trigger analytics_fund_entry_update after update on "fund_entry"
      referencing new table as new_rows for each statement execute function analytics_fund_entry_apply();`);

    // What was recorded before this migration.
    this.addSql(`insert into analytics_evaluation_stats (unit_id, year, model_kind, state, rating, province_id, district_id, commune_id, n)
      select a.unit_id, a.year, a.model_kind, a.state, a.rating, l.province_id, l.district_id, l.commune_id, a.n
      from (select unit_id, year, model_kind, state, coalesce(rating, '') as rating, min(lineage) as lineage, count(*) as n
            from evaluation group by 1, 2, 3, 4, 5) a
      cross join lateral analytics_levels(a.lineage) l;`);
    this.addSql(`insert into analytics_evaluation_province_stats (province_id, year, model_kind, state, rating, n)
      select lineage[cardinality(lineage)], year, model_kind, state, coalesce(rating, ''), count(*) from evaluation group by 1, 2, 3, 4, 5;`);
    this.addSql(`insert into analytics_subject_stats (unit_id, kind, province_id, district_id, commune_id, n)
      select a.unit_id, a.kind, l.province_id, l.district_id, l.commune_id, a.n
      from (select unit_id, kind::text as kind, count(*) as n from subject group by 1, 2) a
      join admin_unit u on u.id = a.unit_id
      cross join lateral analytics_ancestry(a.unit_id, coalesce(u.valid_to, current_date)) l;`);
    this.addSql(`select analytics_unit_year_ensure(coalesce((select jsonb_agg(jsonb_build_object('unit_id', unit_id, 'year', year)) from (
      select distinct unit_id, year from education_survey
      union select distinct a.unit_id, extract(year from e.date)::int from fund_entry e
      join study_promotion_fund f on f.id = e.fund_id join study_promotion_association a on a.id = f.association_id) p), '[]'));`);
  }

  override down(): void | Promise<void> {
    for (const t of ['evaluation', 'subject']) {
      this.addSql(`drop trigger if exists analytics_${t}_insert on "${t}";`);
      this.addSql(`drop trigger if exists analytics_${t}_update on "${t}";`);
      this.addSql(`drop trigger if exists analytics_${t}_delete on "${t}";`);
    }
    this.addSql(`drop trigger if exists analytics_survey_insert on "education_survey";`);
    this.addSql(`drop trigger if exists analytics_fund_entry_insert on "fund_entry";`);
    this.addSql(`drop trigger if exists analytics_fund_entry_update on "fund_entry";`);
    this.addSql(`drop table if exists "analytics_evaluation_stats", "analytics_evaluation_province_stats", "analytics_subject_stats", "analytics_unit_year";`);
    this.addSql(`drop function if exists analytics_evaluation_apply, analytics_subject_apply, analytics_survey_apply, analytics_fund_entry_apply, analytics_unit_year_ensure, analytics_levels, analytics_ancestry;`);
  }

}
