/**
 * The SQL of one fetch: a grouped aggregate over a summary table (evaluations, subjects, funds,
 * standards) or over the survey figures joined to each unit's place in its year. Values are bound as
 * parameters; identifiers come only from the fixed maps below, never from the query.
 */
import type { AnalyticsFilters, Dimension, DimensionSpec, UnitLevel } from './analytics.model.js';
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

/** The fetch's statement. */
export function fetchStatement(fetch: Fetch, scope: Scope): Statement {
  const source = sourceOf(fetch, scope);
  const params: unknown[] = [];
  const where: string[] = [];
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
