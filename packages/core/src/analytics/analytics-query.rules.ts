/**
 * Checks an analytics query and plans what to fetch: pure, so every refusal is tested without a
 * database. Each problem names the field and the rule; a query with problems fetches nothing.
 */
import type { FieldProblem } from '../common/errors.js';
import { MODEL_KINDS } from '../criteria/criteria.model.js';
import { STANDARD_CODES } from '../education-standards/standards.data.js';
import { SURVEY_CODES } from '../education-standards/survey-codes.js';
import { DonorType, FundEntryKind } from '../programme/associations/association.entity.js';
import { parsePeriod } from '../reporting/period.rules.js';
import { CATEGORY_COMBOS, NATIONAL_DATA_SETS, NATIONAL_ELEMENTS } from '../reporting/reporting.data.js';
import { SubjectKind } from '../subjects/subject.enums.js';
import { expectedPeriods, type ExpectedPeriod, type ReportingSet } from './analytics-reporting.rules.js';
import {
  COMMON_FILTERS,
  MEASURES,
  SOURCES,
  baseMeasure,
  type BaseColumn,
  type BaseMeasure,
  type Source,
} from './analytics.catalogue.js';
import {
  DIMENSIONS,
  type AnalyticsFilters,
  type AnalyticsQuery,
  type DimensionSpec,
  type MapKind,
  type PluginDimension,
  type UnitLevel,
} from './analytics.model.js';

export const MAX_MEASURES = 20;
export const MAX_LIMIT = 10_000;
export const FIRST_YEAR = 2000;

/** One source query: a base measure's column with its filters, grouped by the dimensions it has. */
export interface Fetch {
  readonly key: string;
  readonly source: Source;
  readonly column: BaseColumn;
  readonly filters: AnalyticsFilters;
  readonly dimensions: readonly DimensionSpec[];
  /** REPORTING: the (data set, period) pairs covered; `reportedYearsOnly`: no years were asked for, so only years with reports count. */
  readonly reporting?: { readonly periods: readonly ExpectedPeriod[]; readonly reportedYearsOnly: boolean };
  /** DATA_VALUE: read the parts of each element (split or filtered by category) rather than its totals. */
  readonly parts?: boolean;
}

/** The reporting cycle's catalogue the planner checks codes against (national and plugins'). */
export interface ReportingCatalogue {
  readonly sets: readonly ReportingSet[];
  readonly elements: ReadonlyMap<string, { readonly valueType: string }>;
  /** Every category option code. */
  readonly categories: readonly string[];
  /** Periods not begun by this day are not expected. */
  readonly today: string;
}

/** Element types whose values add up. */
export const SUMMABLE_TYPES: readonly string[] = ['COUNT', 'NUMBER', 'MONEY_VND'];

const nationalReporting = (thisYear: number): ReportingCatalogue => ({
  sets: NATIONAL_DATA_SETS,
  elements: new Map(NATIONAL_ELEMENTS.map((e) => [e.code, e])),
  categories: CATEGORY_COMBOS.flatMap((c) => c.options.map((o) => o.code)),
  today: `${thisYear}-12-31`,
});

export type PlannedColumn =
  | { readonly code: string; readonly kind: 'BASE'; readonly fetch: string; readonly measure: BaseMeasure }
  | {
      readonly code: string;
      readonly kind: 'INDICATOR';
      readonly numerator: string;
      readonly denominator: string;
      readonly countsPeople: boolean;
    };

export interface AnalyticsPlan {
  readonly dimensions: readonly DimensionSpec[];
  readonly columns: readonly PlannedColumn[];
  readonly fetches: readonly Fetch[];
  readonly years: { readonly from: number; readonly to: number } | null;
  /** Every measure asked for may be shown to anonymous callers. */
  readonly published: boolean;
}

const ENUMS: Partial<Record<keyof AnalyticsFilters, readonly string[]>> = {
  modelKinds: MODEL_KINDS,
  subjectKinds: Object.values(SubjectKind),
  surveyCodes: SURVEY_CODES.map((c) => c.code),
  standards: STANDARD_CODES,
  donorTypes: Object.values(DonorType),
  fundEntryKinds: Object.values(FundEntryKind),
};
const LIST_FILTERS = [
  'modelKinds',
  'states',
  'ratings',
  'subjectKinds',
  'surveyCodes',
  'standards',
  'donorTypes',
  'fundEntryKinds',
  'dataSetCodes',
  'periods',
  'dataElements',
  'categories',
] as const;
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const LEVELS: readonly UnitLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const MAPS: readonly MapKind[] = ['HISTORICAL', 'CURRENT'];

/** Problems with the query, or its plan. `thisYear` bounds the years and anchors `lastYears`. */
export function planAnalytics(
  query: AnalyticsQuery,
  thisYear: number,
  pluginDimensions: ReadonlyMap<string, PluginDimension> = new Map(),
  reporting: ReportingCatalogue = nationalReporting(thisYear),
): { problems: FieldProblem[]; plan: AnalyticsPlan | null } {
  const problems: FieldProblem[] = [];
  const enums: Partial<Record<keyof AnalyticsFilters, readonly string[]>> = {
    ...ENUMS,
    dataSetCodes: reporting.sets.map((s) => s.code),
    dataElements: [...reporting.elements.keys()],
    categories: reporting.categories,
  };
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
  const filters = query.filters ?? {};

  if (query.measures.length === 0) add('measures', 'REQUIRED', 'name at least one measure');
  if (query.measures.length > MAX_MEASURES) add('measures', 'MAX', `at most ${MAX_MEASURES} measures`);
  query.measures.forEach((code, i) => {
    if (!MEASURES.has(code))
      add(
        `measures[${i}]`,
        'UNKNOWN_MEASURE',
        `${code} is not a measure; measures: ${[...MEASURES.keys()].join(', ')}`,
      );
    if (query.measures.indexOf(code) !== i) add(`measures[${i}]`, 'DUPLICATE', `${code} is asked for twice`);
  });

  const seen = new Set<string>();
  query.dimensions.forEach((d, i) => {
    const at = `dimensions[${i}]`;
    if (!DIMENSIONS.includes(d.dimension))
      add(
        `${at}.dimension`,
        'UNKNOWN_DIMENSION',
        `${d.dimension} is not a dimension; dimensions: ${DIMENSIONS.join(', ')}`,
      );
    if (seen.has(d.dimension)) add(`${at}.dimension`, 'DUPLICATE', `${d.dimension} is asked for twice`);
    seen.add(d.dimension);
    if (d.dimension !== 'UNIT' && (d.level !== undefined || d.map !== undefined))
      add(at, 'UNIT_ONLY', 'level and map apply to the UNIT dimension only');
    if (d.level !== undefined && !LEVELS.includes(d.level))
      add(`${at}.level`, 'UNKNOWN_LEVEL', `level is one of ${LEVELS.join(', ')}`);
    if (d.map !== undefined && !MAPS.includes(d.map))
      add(`${at}.map`, 'UNKNOWN_MAP', `map is one of ${MAPS.join(', ')}`);
    if (d.dimension === 'PLUGIN' && !pluginDimensions.has(d.pluginDimension ?? ''))
      add(
        `${at}.pluginDimension`,
        'UNKNOWN_PLUGIN_DIMENSION',
        `name a dimension the loaded plugins define: ${[...pluginDimensions.keys()].join(', ') || 'none are loaded'}`,
      );
    if (d.dimension !== 'PLUGIN' && d.pluginDimension !== undefined)
      add(`${at}.pluginDimension`, 'PLUGIN_ONLY', 'pluginDimension applies to the PLUGIN dimension only');
    if (d.dimension === 'UNIT' && d.map === 'CURRENT' && query.dimensions.some((x) => x.dimension === 'PLUGIN'))
      add(
        `${at}.map`,
        'PLUGIN_ON_HISTORICAL_MAP',
        "a plugin's classification names units of its own map: use the HISTORICAL map with it",
      );
    if (d.dimension === 'UNIT' && d.map === 'CURRENT' && d.level === 'DISTRICT')
      add(
        `${at}.level`,
        'NOT_ON_TODAYS_MAP',
        'districts were abolished on 1/7/2025: today’s map has provinces and communes only',
      );
  });

  const years = checkYears(filters, thisYear, add);
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT))
    add('limit', 'RANGE', `a whole number from 1 to ${MAX_LIMIT}`);
  for (const key of LIST_FILTERS) {
    const values = filters[key];
    if (values === undefined) continue;
    if (values.length === 0) add(`filters.${key}`, 'EMPTY', 'give at least one value, or leave the filter out');
    const allowed = enums[key];
    values.forEach((v, i) => {
      if (key === 'periods') {
        if (!parsePeriod(v))
          add(`filters.periods[${i}]`, 'BAD_PERIOD', `${v} is no period code (2025, 2025H1, 2025Q3 or 2025-07)`);
        return;
      }
      if (
        key === 'dataElements' &&
        allowed?.includes(v) &&
        !SUMMABLE_TYPES.includes(reporting.elements.get(v)!.valueType)
      )
        add(
          `filters.dataElements[${i}]`,
          'NOT_SUMMABLE',
          `${v} is a ${reporting.elements.get(v)!.valueType} element; DATA_VALUE adds up ${SUMMABLE_TYPES.join(', ')} elements only`,
        );
      if (allowed && !allowed.includes(v))
        add(`filters.${key}[${i}]`, 'UNKNOWN_VALUE', `${v} is not one of ${allowed.join(', ')}`);
      // States and ratings come from workflows and criteria sets, plugins' included: codes, not prose.
      if (!allowed && !CODE.test(v))
        add(`filters.${key}[${i}]`, 'BAD_CODE', 'a code of letters, digits and underscores, at most 40');
    });
  }
  const splitByElement = query.dimensions.some((d) => d.dimension === 'DATA_ELEMENT');
  if (query.measures.includes('DATA_VALUE') && !splitByElement && (filters.dataElements?.length ?? 0) !== 1)
    add(
      'filters.dataElements',
      'ONE_ELEMENT',
      'DATA_VALUE adds up one element: name exactly one in dataElements, or split by DATA_ELEMENT',
    );
  if (problems.length > 0) return { problems, plan: null };

  const dimensions: DimensionSpec[] = query.dimensions.map((d) => {
    if (d.dimension === 'UNIT')
      return { dimension: d.dimension, level: d.level ?? 'PROVINCE', map: d.map ?? 'HISTORICAL' };
    if (d.dimension === 'PLUGIN') {
      const def = pluginDimensions.get(d.pluginDimension!)!;
      return { dimension: d.dimension, level: def.level, pluginDimension: def.code };
    }
    return { dimension: d.dimension };
  });
  const fetches = new Map<string, Fetch>();
  const sourcesUsed = new Set<Source>();
  const fetchFor = (
    measure: BaseMeasure,
    fixed: AnalyticsFilters | undefined,
    field: string,
    broadcast: boolean,
  ): string | null => {
    const source = SOURCES[measure.source];
    sourcesUsed.add(measure.source);
    const missing = dimensions.filter((d) => !source.dimensions.includes(d.dimension));
    if (missing.length > 0 && !broadcast) {
      add(
        field,
        'DIMENSION_NOT_SUPPORTED',
        `${measure.code} cannot be split by ${missing.map((d) => d.dimension).join(', ')}; it has ${source.dimensions.join(', ')}`,
      );
      return null;
    }
    const merged = mergeFilters(
      pick(filters, [...COMMON_FILTERS, ...source.filters]),
      mergeFilters(measure.fixed ?? {}, fixed ?? {}),
    );
    const own = dimensions.filter((d) => source.dimensions.includes(d.dimension));
    const key = JSON.stringify([measure.source, measure.column, merged, own]);
    if (!fetches.has(key))
      fetches.set(key, {
        key,
        source: measure.source,
        column: measure.column,
        filters: measure.source === 'DATA_VALUE' ? summableOnly(merged, reporting) : merged,
        dimensions: own,
        ...(measure.source === 'REPORTING' ? { reporting: reportingPeriods(merged, years, reporting, thisYear) } : {}),
        ...(measure.source === 'DATA_VALUE'
          ? { parts: own.some((d) => d.dimension === 'CATEGORY') || merged.categories !== undefined }
          : {}),
      });
    return key;
  };

  const columns: PlannedColumn[] = [];
  query.measures.forEach((code, i) => {
    const m = MEASURES.get(code)!;
    const field = `measures[${i}]`;
    if (m.kind === 'BASE') {
      const fetch = fetchFor(m, undefined, field, false);
      if (fetch) columns.push({ code, kind: 'BASE', fetch, measure: m });
      return;
    }
    const numeratorMeasure = baseMeasure(m.numerator.measure);
    const denominatorMeasure = baseMeasure(m.denominator.measure);
    const numerator = fetchFor(numeratorMeasure, m.numerator.fixed, field, false);
    // A denominator without a dimension holds for every value of it (subjects on record, every year).
    const denominator = fetchFor(denominatorMeasure, m.denominator.fixed, field, true);
    if (numerator && denominator)
      columns.push({
        code,
        kind: 'INDICATOR',
        numerator,
        denominator,
        countsPeople: numeratorMeasure.countsPeople || denominatorMeasure.countsPeople,
      });
  });

  // A filter no measure can apply would be silently ignored: refuse it instead.
  for (const key of Object.keys(filters) as (keyof AnalyticsFilters)[]) {
    if (filters[key] === undefined || COMMON_FILTERS.includes(key)) continue;
    if (![...sourcesUsed].some((s) => SOURCES[s].filters.includes(key)))
      add(`filters.${key}`, 'FILTER_NOT_APPLICABLE', `none of the measures asked for can be filtered by ${key}`);
  }
  const headers = new Set([
    ...dimensions.map((d) => (d.dimension === 'PLUGIN' ? d.pluginDimension! : d.dimension)),
    ...columns.flatMap((c) =>
      c.kind === 'INDICATOR' ? [c.code, `${c.code}.numerator`, `${c.code}.denominator`] : [c.code],
    ),
  ]);
  (query.sort ?? []).forEach((s, i) => {
    if (!headers.has(s.by as never))
      add(
        `sort[${i}].by`,
        'UNKNOWN_HEADER',
        `${s.by} is not a column of this table; columns: ${[...headers].join(', ')}`,
      );
    if (s.direction !== undefined && s.direction !== 'ASC' && s.direction !== 'DESC')
      add(`sort[${i}].direction`, 'UNKNOWN_DIRECTION', 'ASC or DESC');
  });
  if (problems.length > 0) return { problems, plan: null };
  const published = query.measures.every((code) => {
    const m = MEASURES.get(code)!;
    return m.kind === 'BASE'
      ? m.published
      : baseMeasure(m.numerator.measure).published && baseMeasure(m.denominator.measure).published;
  });
  return { problems, plan: { dimensions, columns, fetches: [...fetches.values()], years, published } };
}

/** Without an element filter, DATA_VALUE reads every element whose values add up. */
function summableOnly(filters: AnalyticsFilters, reporting: ReportingCatalogue): AnalyticsFilters {
  if (filters.dataElements) return filters;
  const dataElements = [...reporting.elements].flatMap(([code, e]) =>
    SUMMABLE_TYPES.includes(e.valueType) ? [code] : [],
  );
  return { ...filters, dataElements };
}

function reportingPeriods(
  filters: AnalyticsFilters,
  years: { from: number; to: number } | null,
  reporting: ReportingCatalogue,
  thisYear: number,
): NonNullable<Fetch['reporting']> {
  const sets = filters.dataSetCodes
    ? reporting.sets.filter((s) => filters.dataSetCodes!.includes(s.code))
    : reporting.sets;
  const named = filters.periods?.map((p) => parsePeriod(p)!.year);
  const span =
    years ?? (named ? { from: Math.min(...named), to: Math.max(...named) } : { from: FIRST_YEAR, to: thisYear });
  return {
    periods: expectedPeriods(sets, {
      years: span,
      ...(filters.periods ? { periods: filters.periods } : {}),
      today: reporting.today,
    }),
    reportedYearsOnly: years === null && !filters.periods,
  };
}

function checkYears(
  filters: AnalyticsFilters,
  thisYear: number,
  add: (field: string, rule: string, message: string) => void,
): { from: number; to: number } | null {
  const year = (field: 'yearFrom' | 'yearTo') => {
    const v = filters[field];
    if (v === undefined) return undefined;
    if (!Number.isInteger(v) || v < FIRST_YEAR || v > thisYear) {
      add(`filters.${field}`, 'RANGE', `a year from ${FIRST_YEAR} to ${thisYear}`);
      return undefined;
    }
    return v;
  };
  const from = year('yearFrom');
  const to = year('yearTo');
  if (filters.lastYears !== undefined) {
    if (filters.yearFrom !== undefined) add('filters.lastYears', 'EXCLUSIVE', 'give lastYears or yearFrom, not both');
    if (!Number.isInteger(filters.lastYears) || filters.lastYears < 1 || filters.lastYears > 50) {
      add('filters.lastYears', 'RANGE', 'a whole number from 1 to 50');
      return null;
    }
    const end = to ?? thisYear;
    return { from: Math.max(FIRST_YEAR, end - filters.lastYears + 1), to: end };
  }
  if (from !== undefined && to !== undefined && from > to)
    add('filters.yearTo', 'AFTER_YEAR_FROM', 'must not be before yearFrom');
  if (from === undefined && to === undefined) return null;
  return { from: from ?? FIRST_YEAR, to: to ?? thisYear };
}

function pick(filters: AnalyticsFilters, keys: readonly (keyof AnalyticsFilters)[]): AnalyticsFilters {
  return Object.fromEntries(
    keys.filter((k) => filters[k] !== undefined).map((k) => [k, filters[k]]),
  ) as AnalyticsFilters;
}

/** Both sets of filters at once: lists are intersected (an empty intersection matches nothing). */
export function mergeFilters(a: AnalyticsFilters, b: AnalyticsFilters): AnalyticsFilters {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] =
      Array.isArray(mine) && Array.isArray(value) ? mine.filter((v) => (value as unknown[]).includes(v)) : value;
  }
  return out as AnalyticsFilters;
}
