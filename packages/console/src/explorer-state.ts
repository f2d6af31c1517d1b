/**
 * The analytics explorer's view as data: what it asks the API and how it draws the answer, kept in
 * the page's query string so a link reopens the same view. Pure: parsing never throws, anything
 * unknown falls back to the default.
 */
import type { AnalyticsDimension, AnalyticsQueryInput, AnalyticsUnitLevel } from '@hoctap/client';

export type ChartKind = 'bar' | 'line' | 'stacked' | 'tiles';
export type MapKind = 'CURRENT' | 'HISTORICAL';

export interface ExplorerState {
  measures: string[];
  /** Row dimension, then at most one more (series of the chart). */
  dimensions: AnalyticsDimension[];
  level: AnalyticsUnitLevel;
  map: MapKind;
  yearFrom: number | null;
  yearTo: number | null;
  unitCode: string | null;
  chart: ChartKind;
}

export const DIMENSIONS: readonly AnalyticsDimension[] = [
  'UNIT',
  'YEAR',
  'RATING',
  'SUBJECT_KIND',
  'MODEL',
  'STATE',
  'STANDARD',
  'SURVEY_CODE',
  'FUND_ENTRY_KIND',
  'DONOR_TYPE',
];
const LEVELS: readonly AnalyticsUnitLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const CHARTS: readonly ChartKind[] = ['bar', 'line', 'stacked', 'tiles'];
const MAPS: readonly MapKind[] = ['CURRENT', 'HISTORICAL'];

export const DEFAULT_STATE: ExplorerState = {
  measures: ['EVALUATIONS'],
  dimensions: ['UNIT'],
  level: 'PROVINCE',
  map: 'CURRENT',
  yearFrom: null,
  yearTo: null,
  unitCode: null,
  chart: 'bar',
};

const MAX_MEASURES = 5;
const CODE = /^[A-Z0-9_.]{1,60}$/;

const year = (text: string | null): number | null => (text !== null && /^\d{4}$/.test(text) ? Number(text) : null);
const oneOf = <T extends string>(values: readonly T[], text: string | null, fallback: T): T =>
  values.includes(text as T) ? (text as T) : fallback;

/** The state in a query string ("?m=EVALUATIONS&d=UNIT,YEAR&…"); defaults for what is missing or wrong. */
export function parseState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const list = (key: string) => (p.get(key) ?? '').split(',').filter((s) => s !== '');
  const measures = [...new Set(list('m').filter((m) => CODE.test(m)))].slice(0, MAX_MEASURES);
  const dimensions = [
    ...new Set(list('d').filter((d): d is AnalyticsDimension => DIMENSIONS.includes(d as AnalyticsDimension))),
  ].slice(0, 2);
  const unit = p.get('u');
  return {
    measures: measures.length > 0 ? measures : DEFAULT_STATE.measures,
    dimensions: dimensions.length > 0 ? dimensions : DEFAULT_STATE.dimensions,
    level: oneOf(LEVELS, p.get('l'), DEFAULT_STATE.level),
    map: oneOf(MAPS, p.get('map'), DEFAULT_STATE.map),
    yearFrom: year(p.get('from')),
    yearTo: year(p.get('to')),
    unitCode: unit !== null && /^[0-9A-Za-z.]{1,20}$/.test(unit) ? unit : null,
    chart: oneOf(CHARTS, p.get('c'), DEFAULT_STATE.chart),
  };
}

/** The query string of a state, leaving out what equals the default so links stay short. */
export function stateToSearch(state: ExplorerState): string {
  const p = new URLSearchParams();
  p.set('m', state.measures.join(','));
  p.set('d', state.dimensions.join(','));
  if (state.level !== DEFAULT_STATE.level) p.set('l', state.level);
  if (state.map !== DEFAULT_STATE.map) p.set('map', state.map);
  if (state.yearFrom !== null) p.set('from', String(state.yearFrom));
  if (state.yearTo !== null) p.set('to', String(state.yearTo));
  if (state.unitCode !== null) p.set('u', state.unitCode);
  if (state.chart !== DEFAULT_STATE.chart) p.set('c', state.chart);
  return `?${p.toString()}`;
}

/** The API's analytics query for a state (also the JSON of the CSV/XLSX export routes). */
export function queryOf(state: ExplorerState): AnalyticsQueryInput {
  const filters = {
    ...(state.yearFrom !== null ? { yearFrom: state.yearFrom } : {}),
    ...(state.yearTo !== null ? { yearTo: state.yearTo } : {}),
    ...(state.unitCode !== null ? { unitCode: state.unitCode } : {}),
  };
  return {
    measures: state.measures,
    dimensions: state.dimensions.map((dimension) =>
      dimension === 'UNIT' ? { dimension, level: state.level, map: state.map } : { dimension },
    ),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}
