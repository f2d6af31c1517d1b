import { Migration } from '@mikro-orm/migrations';

/**
 * Summary triggers that touch only the keys a statement changed (issue 21). The earlier triggers
 * ended every statement on `evaluation`, `subject`, `fund_entry` and the unit-grain summaries with
 * `delete from <summary> where n = 0`: a full scan of the summary table per statement (540–650 ms
 * for a one-row evaluation update against 3.6M summary rows). Now each statement:
 * - adds up its net change per key from the transition tables (new rows minus old rows), and
 *   skips the keys whose net change is zero (a score that leaves state and rating alone);
 * - upserts those keys in one fixed order (the key's column order), so two officers writing
 *   overlapping keys lock them in the same order and cannot deadlock;
 * - deletes, among the keys it decreased, only those whose count fell to zero.
 * The triggers themselves are unchanged: only their functions are replaced.
 */
export class Migration20261208400000_summary_touched_keys extends Migration {

  override name = 'Migration20261208400000_summary_touched_keys';

  override up(): void | Promise<void> {
    // ---- evaluations: unit grain and province grain -------------------------------------------
    const evalKey = 'unit_id, year, model_kind, state, rating';
    const evalProvinceKey = 'province_id, year, model_kind, state, rating';
    const evalRows = (table: string, sign: 1 | -1): string =>
      `select unit_id, year, model_kind, state, coalesce(rating, '') as rating, lineage, ${sign} as n from ${table}`;
    const evalUpsert = (source: string): string => `
      with d as (
        select ${evalKey}, min(lineage) as lineage, sum(n) as n from (${source}) r
        group by ${evalKey} having sum(n) <> 0
      )
      insert into analytics_evaluation_stats as s
        (unit_id, year, model_kind, state, rating, province_id, district_id, commune_id, n)
      select d.unit_id, d.year, d.model_kind, d.state, d.rating, l.province_id, l.district_id, l.commune_id, d.n
      from d cross join lateral analytics_levels(d.lineage) l
      order by d.unit_id, d.year, d.model_kind, d.state, d.rating
      on conflict (unit_id, year, model_kind, state, rating) do update set n = s.n + excluded.n;
      insert into analytics_evaluation_province_stats as s (province_id, year, model_kind, state, rating, n)
      select lineage[cardinality(lineage)], year, model_kind, state, rating, sum(n) from (${source}) r
      group by 1, 2, 3, 4, 5 having sum(n) <> 0
      order by 1, 3, 2, 4, 5
      on conflict (province_id, model_kind, year, state, rating) do update set n = s.n + excluded.n;`;
    const evalDelete = `
      delete from analytics_evaluation_stats s
      using (select distinct unit_id, year, model_kind, state, coalesce(rating, '') as rating from old_rows) d
      where s.unit_id = d.unit_id and s.year = d.year and s.model_kind = d.model_kind and s.state = d.state
        and s.rating = d.rating and s.n = 0;
      delete from analytics_evaluation_province_stats s
      using (select distinct lineage[cardinality(lineage)] as province_id, year, model_kind, state,
                    coalesce(rating, '') as rating from old_rows) d
      where s.province_id = d.province_id and s.year = d.year and s.model_kind = d.model_kind
        and s.state = d.state and s.rating = d.rating and s.n = 0;`;
    this.addSql(`create or replace function analytics_evaluation_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${evalUpsert(evalRows('new_rows', 1))}
        elsif tg_op = 'UPDATE' then
          ${evalUpsert(`${evalRows('new_rows', 1)} union all ${evalRows('old_rows', -1)}`)}
          ${evalDelete}
        else
          ${evalUpsert(evalRows('old_rows', -1))}
          ${evalDelete}
        end if;
        return null;
      end $$;`);

    // ---- subjects -----------------------------------------------------------------------------
    const subjectRows = (table: string, sign: 1 | -1): string =>
      `select unit_id, kind::text as kind, ${sign} as n from ${table}`;
    const subjectUpsert = (source: string): string => `
      insert into analytics_subject_stats as s (unit_id, kind, province_id, district_id, commune_id, n)
      select a.unit_id, a.kind, l.province_id, l.district_id, l.commune_id, a.n
      from (select unit_id, kind, sum(n) as n from (${source}) r group by 1, 2 having sum(n) <> 0) a
      join admin_unit u on u.id = a.unit_id
      -- A subject of a unit that has ended belongs where its unit stood on its last day.
      cross join lateral analytics_ancestry(a.unit_id, coalesce(u.valid_to, current_date)) l
      order by a.unit_id, a.kind
      on conflict (unit_id, kind) do update set n = s.n + excluded.n;`;
    const subjectDelete = `
      delete from analytics_subject_stats s using (select distinct unit_id, kind::text as kind from old_rows) d
      where s.unit_id = d.unit_id and s.kind = d.kind and s.n = 0;`;
    this.addSql(`create or replace function analytics_subject_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${subjectUpsert(subjectRows('new_rows', 1))}
        elsif tg_op = 'UPDATE' then
          ${subjectUpsert(`${subjectRows('new_rows', 1)} union all ${subjectRows('old_rows', -1)}`)}
          ${subjectDelete}
        else
          ${subjectUpsert(subjectRows('old_rows', -1))}
          ${subjectDelete}
        end if;
        return null;
      end $$;`);

    // ---- fund money, unit grain ---------------------------------------------------------------
    const fundRows = (table: string, sign: 1 | -1): string => `
      select a.unit_id, extract(year from r.date)::smallint as year, r.kind::text as kind,
             coalesce(r.donor_type::text, '') as donor_type, ${sign} * r.amount_vnd as amount, ${sign} as entries
      from ${table} r join study_promotion_fund f on f.id = r.fund_id
      join study_promotion_association a on a.id = f.association_id`;
    const fundUpsert = (source: string): string => `
      -- analytics_fund_entry_* (alphabetically earlier, so fired first) has placed each unit in its year.
      insert into analytics_fund_stats as s
        (unit_id, year, kind, donor_type, province_id, district_id, commune_id, amount, entries)
      select d.unit_id, d.year, d.kind, d.donor_type, uy.province_id, uy.district_id, uy.commune_id, d.amount, d.entries
      from (
        select unit_id, year, kind, donor_type, sum(amount) as amount, sum(entries) as entries from (${source}) r
        group by 1, 2, 3, 4 having sum(amount) <> 0 or sum(entries) <> 0
      ) d
      left join analytics_unit_year uy on uy.unit_id = d.unit_id and uy.year = d.year
      order by d.unit_id, d.year, d.kind, d.donor_type
      on conflict (unit_id, year, kind, donor_type)
      do update set amount = s.amount + excluded.amount, entries = s.entries + excluded.entries;`;
    const fundDelete = `
      delete from analytics_fund_stats s using (
        select distinct a.unit_id, extract(year from r.date)::smallint as year, r.kind::text as kind,
               coalesce(r.donor_type::text, '') as donor_type
        from old_rows r join study_promotion_fund f on f.id = r.fund_id
        join study_promotion_association a on a.id = f.association_id
      ) d
      where s.unit_id = d.unit_id and s.year = d.year and s.kind = d.kind and s.donor_type = d.donor_type
        and s.entries = 0;`;
    this.addSql(`create or replace function analytics_fund_stats_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${fundUpsert(fundRows('new_rows', 1))}
        elsif tg_op = 'UPDATE' then
          ${fundUpsert(`${fundRows('new_rows', 1)} union all ${fundRows('old_rows', -1)}`)}
          ${fundDelete}
        else
          ${fundUpsert(fundRows('old_rows', -1))}
          ${fundDelete}
        end if;
        return null;
      end $$;`);

    // ---- province grains kept from unit grains (a null province is one key) -------------------
    // `is not distinct from` cannot use the unique index, so the null province is matched apart.
    const provinceDelete = (table: string, keys: string[], zero: string): string => {
      const rest = keys.map((k) => ` and s.${k} = d.${k}`).join('');
      const source = `(select distinct province_id, ${keys.join(', ')} from old_rows) d`;
      return `
        delete from ${table} s using ${source}
        where d.province_id is not null and s.province_id = d.province_id${rest} and s.${zero} = 0;
        delete from ${table} s using ${source}
        where d.province_id is null and s.province_id is null${rest} and s.${zero} = 0;`;
    };
    const fundProvinceUpsert = (source: string): string => `
      insert into analytics_fund_province_stats as s (province_id, year, kind, donor_type, amount, entries)
      select province_id, year, kind, donor_type, sum(amount), sum(entries) from (${source}) d
      group by 1, 2, 3, 4 having sum(amount) <> 0 or sum(entries) <> 0
      order by 1, 2, 3, 4
      on conflict (province_id, year, kind, donor_type)
      do update set amount = s.amount + excluded.amount, entries = s.entries + excluded.entries;`;
    const fundProvinceRows = (table: string, sign: 1 | -1): string =>
      `select province_id, year, kind, donor_type, ${sign} * amount as amount, ${sign} * entries as entries from ${table}`;
    const fundProvinceDelete = provinceDelete('analytics_fund_province_stats', ['year', 'kind', 'donor_type'], 'entries');
    this.addSql(`create or replace function analytics_fund_province_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${fundProvinceUpsert(fundProvinceRows('new_rows', 1))}
        elsif tg_op = 'UPDATE' then
          ${fundProvinceUpsert(`${fundProvinceRows('new_rows', 1)} union all ${fundProvinceRows('old_rows', -1)}`)}
          ${fundProvinceDelete}
        else
          ${fundProvinceUpsert(fundProvinceRows('old_rows', -1))}
          ${fundProvinceDelete}
        end if;
        return null;
      end $$;`);

    const standardUpsert = (source: string): string => `
      insert into analytics_standard_province_stats as s (province_id, year, standard, surveyed, met)
      select province_id, year, standard, sum(surveyed), sum(met) from (${source}) d
      group by 1, 2, 3 having sum(surveyed) <> 0 or sum(met) <> 0
      order by 1, 2, 3
      on conflict (province_id, year, standard)
      do update set surveyed = s.surveyed + excluded.surveyed, met = s.met + excluded.met;`;
    const standardRows = (table: string, sign: 1 | -1): string =>
      `select province_id, year, standard, ${sign} as surveyed, ${sign} * met::int as met from ${table}`;
    const standardDelete = provinceDelete('analytics_standard_province_stats', ['year', 'standard'], 'surveyed');
    this.addSql(`create or replace function analytics_standard_province_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${standardUpsert(standardRows('new_rows', 1))}
        elsif tg_op = 'UPDATE' then
          ${standardUpsert(`${standardRows('new_rows', 1)} union all ${standardRows('old_rows', -1)}`)}
          ${standardDelete}
        else
          ${standardUpsert(standardRows('old_rows', -1))}
          ${standardDelete}
        end if;
        return null;
      end $$;`);
  }

  override down(): void | Promise<void> {
    // Nothing to undo: these functions keep the same summaries as the ones they replace, and the
    // earlier migrations' `down` drop the functions by name.
  }

}
