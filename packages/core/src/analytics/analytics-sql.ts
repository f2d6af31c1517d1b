/**
 * The SQL of one fetch: a grouped aggregate over a summary table (evaluations, subjects, funds,
 * standards) or over the survey figures joined to each unit's place in its year. Values are bound as
 * parameters; identifiers come only from the fixed maps below, never from the query.
 */
import type { AnalyticsFilters, Dimension, DimensionSpec, UnitLevel } from './analytics.model.js';
import { REPORTED_STATES } from '../reporting/reporting-status.service.js';
import type { Fetch } from './analytics-query.rules.js';

export interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** Where the rows are: the fetch's root units (by level column), the years. */
export interface Scope {
  /** Units whose subtree the data must lie in, with the level each sits at; empty: national. */
  readonly roots: readonly { id: string; level: UnitLevel }[];
  readonly years: { from: number; to: number } | null;
}

const LEVEL_COLUMN: Record<UnitLevel, string> = {
  PROVINCE: 'province_id',
  DISTRICT: 'district_id',
  COMMUNE: 'commune_id',
};

interface SourceSql {
  from: string;
  /** The alias holding province_id / district_id / commune_id. */
  place: string;
  year?: string;
  columns: Partial<Record<Dimension, string>>;
  lists: Partial<Record<keyof AnalyticsFilters, string>>;
  /** Conditions always applied. */
  where?: string;
  value: (column: Fetch['column']) => { value: string; support: string };
}

const EVALUATION_FINE: SourceSql = {
  from: 'analytics_evaluation_stats s',
  place: 's',
  year: 's.year',
  columns: { YEAR: 's.year', MODEL: 's.model_kind', RATING: "nullif(s.rating, '')", STATE: 's.state' },
  lists: { modelKinds: 's.model_kind', states: 's.state', ratings: 's.rating' },
  value: () => ({ value: 'sum(s.n)', support: 'sum(s.n)' }),
};

/** National and provincial questions read a few thousand rows instead of a commune-level table. */
const EVALUATION_PROVINCE: SourceSql = {
  ...EVALUATION_FINE,
  from: 'analytics_evaluation_province_stats s',
};

const SUBJECT: SourceSql = {
  from: 'analytics_subject_stats s',
  place: 's',
  columns: { SUBJECT_KIND: 's.kind' },
  lists: { subjectKinds: 's.kind' },
  value: () => ({ value: 'sum(s.n)', support: 'sum(s.n)' }),
};

const SURVEY: SourceSql = {
  from: `survey_figure f join education_survey e on e.id = f.survey_id
         join analytics_unit_year uy on uy.unit_id = e.unit_id and uy.year = e.year`,
  place: 'uy',
  year: 'e.year',
  columns: { YEAR: 'e.year', SURVEY_CODE: 'f.code' },
  lists: { surveyCodes: 'f.code' },
  value: (column) =>
    column === 'SURVEY_NUMERATOR'
      ? { value: 'sum(f.numerator)', support: 'sum(f.numerator)' }
      : { value: 'sum(f.denominator)', support: 'sum(f.denominator)' },
};

const FUND: SourceSql = {
  from: 'analytics_fund_stats s',
  place: 's',
  year: 's.year',
  columns: { YEAR: 's.year', DONOR_TYPE: "nullif(s.donor_type, '')", FUND_ENTRY_KIND: 's.kind' },
  lists: { donorTypes: 's.donor_type', fundEntryKinds: 's.kind' },
  value: (column) =>
    column === 'FUND_AMOUNT'
      ? { value: 'sum(s.amount)', support: 'sum(s.entries)' }
      : { value: 'sum(s.entries)', support: 'sum(s.entries)' },
};

/** Each surveyed commune's standards as the survey service assessed them (standard-results.service.ts). */
const STANDARD: SourceSql = {
  from: 'analytics_standard_results s',
  place: 's',
  year: 's.year',
  columns: { YEAR: 's.year', STANDARD: 's.standard' },
  lists: { standards: 's.standard' },
  value: (column) =>
    column === 'COMMUNES_MEETING'
      ? { value: 'count(*) filter (where s.met)', support: 'count(*) filter (where s.met)' }
      : { value: 'count(*)', support: 'count(*)' },
};

const STANDARD_PROVINCE: SourceSql = {
  ...STANDARD,
  from: 'analytics_standard_province_stats s',
  value: (column) =>
    column === 'COMMUNES_MEETING'
      ? { value: 'sum(s.met)', support: 'sum(s.met)' }
      : { value: 'sum(s.surveyed)', support: 'sum(s.surveyed)' },
};

const FUND_PROVINCE: SourceSql = { ...FUND, from: 'analytics_fund_province_stats s' };

/** A date predicate: the row `t` is valid on `day`. */
const validOnDay = (t: string, day: string) =>
  `(${t}.valid_from is null or ${t}.valid_from <= ${day}) and (${t}.valid_to is null or ${t}.valid_to >= ${day})`;

/**
 * Communes on the map of 31 December of each year, each placed in its district and province of
 * that day by two dated parent links (a commune's parent is a district before 1/7/2025 and the
 * province since). The years are the filter's, else those with standards results.
 */
function mapSource(scope: Scope, params: unknown[]): SourceSql {
  let years = 'select distinct year::int as year from analytics_standard_province_stats';
  if (scope.years) {
    years = 'select generate_series(?::int, ?::int) as year';
    params.push(scope.years.from, scope.years.to);
  }
  const day = 'make_date(y.year, 12, 31)';
  return {
    from: `(select y.year, u.id as commune_id,
        case when a1.level = 'DISTRICT' then a1.id end as district_id,
        case when a1.level = 'PROVINCE' then a1.id else p2.parent_id end as province_id
      from (${years}) y
      join admin_unit u on u.level = 'COMMUNE' and ${validOnDay('u', day)}
      left join admin_unit_parent p1 on p1.unit_id = u.id and ${validOnDay('p1', day)}
      left join admin_unit a1 on a1.id = p1.parent_id
      left join admin_unit_parent p2 on p2.unit_id = a1.id and a1.level = 'DISTRICT' and ${validOnDay('p2', day)}) s`,
    place: 's',
    year: 's.year',
    columns: { YEAR: 's.year' },
    lists: {},
    value: () => ({ value: 'count(*)', support: 'count(*)' }),
  };
}

/**
 * Every expected report of the fetch's (data set, period) pairs: each unit of the set's reporting
 * level alive on the period's last day, placed in its district and province of that day, with
 * its report if one was made. Without a year filter, only years in which the set has a report.
 * The report is looked up per unit (lateral, by the unique key): a hash join read every report
 * of every set and year, 150,000 rows with their values, for one set and one year.
 */
function reportingSource(fetch: Fetch, params: unknown[]): SourceSql {
  const reporting = fetch.reporting ?? { periods: [], reportedYearsOnly: false };
  params.push(
    JSON.stringify(
      reporting.periods.map((p) => ({
        code: p.dataSetCode,
        level: p.level,
        period: p.period,
        year: p.year,
        end_on: p.endOn,
        due_on: p.dueOn,
        provinces: p.provinces,
      })),
    ),
  );
  const reported = reporting.reportedYearsOnly
    ? `where exists (select 1 from data_set_report x where x.data_set_code = p.code
         and x.period >= p.year::text and x.period < (p.year + 1)::text)`
    : '';
  const day = 'p.end_on';
  const states = REPORTED_STATES.map((st) => `'${st}'`).join(', ');
  return {
    from: `(select * from (select p.code as data_set_code, p.period, p.year, p.due_on, p.provinces,
        r.state, r.submitted_on,
        case when u.level = 'COMMUNE' then u.id end as commune_id,
        case when u.level = 'DISTRICT' then u.id when a1.level = 'DISTRICT' then a1.id end as district_id,
        case when u.level = 'PROVINCE' then u.id when a1.level = 'PROVINCE' then a1.id else p2.parent_id end as province_id
      from (select * from jsonb_to_recordset(?::jsonb) as p(code text, level text, period text, year int,
          end_on date, due_on date, provinces uuid[]) ${reported}) p
      join admin_unit u on u.level = p.level::admin_level and ${validOnDay('u', day)}
      left join admin_unit_parent p1 on p1.unit_id = u.id and ${validOnDay('p1', day)}
      left join admin_unit a1 on a1.id = p1.parent_id
      left join admin_unit_parent p2 on p2.unit_id = a1.id and a1.level = 'DISTRICT' and ${validOnDay('p2', day)}
      left join lateral (select r.state, r.submitted_on from data_set_report r
        where r.data_set_code = p.code and r.unit_id = u.id and r.period = p.period) r on true) e
      where e.provinces is null or e.province_id = any(e.provinces)) s`,
    place: 's',
    year: 's.year',
    columns: { YEAR: 's.year', DATA_SET: 's.data_set_code', PERIOD: 's.period' },
    lists: {},
    value: (column) => {
      const reportedHere = `s.state in (${states})`;
      const value =
        column === 'REPORTS_SUBMITTED'
          ? `count(*) filter (where ${reportedHere})`
          : column === 'REPORTS_ON_TIME'
            ? `count(*) filter (where ${reportedHere} and s.submitted_on <= s.due_on)`
            : 'count(*)';
      return { value, support: value };
    },
  };
}

/** Values of submitted and approved reports (data_value, kept by a trigger on the report). */
function dataValueSource(fetch: Fetch): SourceSql {
  return {
    from: 'data_value v',
    place: 'v',
    year: 'v.year',
    columns: {
      YEAR: 'v.year',
      DATA_SET: 'v.data_set_code',
      PERIOD: 'v.period',
      DATA_ELEMENT: 'v.element',
      CATEGORY: 'v.category',
    },
    lists: {
      dataSetCodes: 'v.data_set_code',
      periods: 'v.period',
      dataElements: 'v.element',
      categories: 'v.category',
    },
    // Totals and parts are both stored: a query reads one or the other, never both.
    where: fetch.parts ? "v.category <> ''" : "v.category = ''",
    value: () => ({ value: 'sum(v.value)', support: 'sum(v.value)' }),
  };
}

/** The fetch's statement. */
export function fetchStatement(fetch: Fetch, scope: Scope): Statement {
  const params: unknown[] = [];
  const source =
    fetch.source === 'MAP'
      ? mapSource(scope, params)
      : fetch.source === 'REPORTING'
        ? reportingSource(fetch, params)
        : fetch.source === 'DATA_VALUE'
          ? dataValueSource(fetch)
          : sourceOf(fetch, scope);
  const where: string[] = source.where ? [source.where] : [];
  const select: string[] = [];
  const group: string[] = [];
  for (const d of fetch.dimensions) {
    const expression =
      d.dimension === 'UNIT' || d.dimension === 'PLUGIN'
        ? `${source.place}.${LEVEL_COLUMN[d.level ?? 'PROVINCE']}`
        : source.columns[d.dimension];
    if (!expression) throw new Error(`${fetch.source} cannot group by ${d.dimension}`);
    select.push(`${expression} as "${d.dimension}"`);
    group.push(expression);
    // Data above the level asked for (a province's own evaluation, split by commune) has no unit there.
    if (d.dimension === 'UNIT') where.push(`${expression} is not null`);
  }
  if (scope.roots.length > 0) {
    const byLevel = new Map<UnitLevel, string[]>();
    for (const r of scope.roots) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r.id]);
    where.push(
      `(${[...byLevel]
        .map(([level, ids]) => {
          params.push(`{${ids.join(',')}}`);
          return `${source.place}.${LEVEL_COLUMN[level]} = any(?::uuid[])`;
        })
        .join(' or ')})`,
    );
  }
  if (scope.years && source.year) {
    where.push(`${source.year} between ? and ?`);
    params.push(scope.years.from, scope.years.to);
  }
  for (const [key, column] of Object.entries(source.lists) as [keyof AnalyticsFilters, string][]) {
    const values = fetch.filters[key];
    if (!Array.isArray(values)) continue;
    // '' stands for "no rating" in the summary table.
    where.push(`${column} = any(?::text[])`);
    params.push(`{${values.map((v) => `"${String(v).replaceAll('"', '')}"`).join(',')}}`);
  }
  const { value, support } = source.value(fetch.column);
  const sql = `select ${[...select, `${value}::float8 as value`, `${support}::float8 as support`].join(', ')}
    from ${source.from}${where.length ? ` where ${where.join(' and ')}` : ''}${group.length ? ` group by ${group.join(', ')}` : ''}`;
  return { sql, params };
}

function sourceOf(fetch: Fetch, scope: Scope): SourceSql {
  switch (fetch.source) {
    case 'EVALUATION':
      return provincial(fetch, scope) ? EVALUATION_PROVINCE : EVALUATION_FINE;
    case 'SUBJECT':
      return SUBJECT;
    case 'SURVEY':
      return SURVEY;
    case 'FUND':
      return provincial(fetch, scope) ? FUND_PROVINCE : FUND;
    case 'STANDARD':
      return provincial(fetch, scope) ? STANDARD_PROVINCE : STANDARD;
    case 'MAP':
    case 'REPORTING':
    case 'DATA_VALUE':
      throw new Error(`The ${fetch.source} source is built by its own function.`);
  }
}

/** Whether the fetch places its data in provinces only, so a province-grain table answers it. */
function provincial(fetch: Fetch, scope: Scope): boolean {
  const places = fetch.dimensions.filter((d) => d.dimension === 'UNIT' || d.dimension === 'PLUGIN');
  return (
    places.every((d) => (d.level ?? 'PROVINCE') === 'PROVINCE') && scope.roots.every((r) => r.level === 'PROVINCE')
  );
}

export { LEVEL_COLUMN };
export type { DimensionSpec };
