/**
 * What analysts can ask for. Each base measure reads one source; an indicator divides one base
 * measure (with fixed filters) by another and returns both parts. A measure marked `published`
 * may be asked for anonymously; one that `countsPeople` is suppressed below 5 for callers who may
 * not see the rows.
 */
import type { AnalyticsFilters, Dimension } from './analytics.model.js';

export type Source = 'EVALUATION' | 'SUBJECT' | 'SURVEY' | 'STANDARD' | 'FUND' | 'MAP' | 'REPORTING' | 'DATA_VALUE';

/** The dimensions and filters each source can answer. */
export const SOURCES: Readonly<
  Record<Source, { dimensions: readonly Dimension[]; filters: readonly (keyof AnalyticsFilters)[] }>
> = {
  EVALUATION: {
    dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'MODEL', 'RATING', 'STATE'],
    filters: ['modelKinds', 'states', 'ratings'],
  },
  SUBJECT: { dimensions: ['UNIT', 'PLUGIN', 'SUBJECT_KIND'], filters: ['subjectKinds'] },
  SURVEY: { dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'SURVEY_CODE'], filters: ['surveyCodes'] },
  STANDARD: { dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'STANDARD'], filters: ['standards'] },
  FUND: {
    dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'DONOR_TYPE', 'FUND_ENTRY_KIND'],
    filters: ['donorTypes', 'fundEntryKinds'],
  },
  // The map itself: communes as they stood on 31 December of each year.
  MAP: { dimensions: ['UNIT', 'PLUGIN', 'YEAR'], filters: [] },
  // Expected reports: each unit of a data set's reporting level on the map of each period's last day.
  REPORTING: {
    dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'DATA_SET', 'PERIOD'],
    filters: ['dataSetCodes', 'periods'],
  },
  // Values of submitted and approved reports, one row per element and part (see data_value).
  DATA_VALUE: {
    dimensions: ['UNIT', 'PLUGIN', 'YEAR', 'DATA_SET', 'PERIOD', 'DATA_ELEMENT', 'CATEGORY'],
    filters: ['dataSetCodes', 'periods', 'dataElements', 'categories'],
  },
};

/** Filters every source understands. */
export const COMMON_FILTERS: readonly (keyof AnalyticsFilters)[] = [
  'unitCode',
  'unitAsOf',
  'yearFrom',
  'yearTo',
  'lastYears',
];

export type BaseColumn =
  | 'EVALUATIONS'
  | 'SUBJECTS'
  | 'SURVEY_NUMERATOR'
  | 'SURVEY_DENOMINATOR'
  | 'COMMUNES_SURVEYED'
  | 'COMMUNES_MEETING'
  | 'COMMUNES'
  | 'FUND_AMOUNT'
  | 'FUND_ENTRIES'
  | 'REPORTS_EXPECTED'
  | 'REPORTS_SUBMITTED'
  | 'REPORTS_ON_TIME'
  | 'DATA_VALUE';

export interface BaseMeasure {
  readonly kind: 'BASE';
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly source: Source;
  readonly column: BaseColumn;
  /** Filters always applied (e.g. RECOGNISED counts state RECOGNISED). */
  readonly fixed?: AnalyticsFilters;
  readonly published: boolean;
  readonly countsPeople: boolean;
  /** VND amounts rather than counts. */
  readonly money?: boolean;
}

export interface IndicatorMeasure {
  readonly kind: 'INDICATOR';
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly numerator: { readonly measure: string; readonly fixed?: AnalyticsFilters };
  readonly denominator: { readonly measure: string; readonly fixed?: AnalyticsFilters };
}

export type MeasureDefinition = BaseMeasure | IndicatorMeasure;

const base = (m: Omit<BaseMeasure, 'kind'>): BaseMeasure => ({ kind: 'BASE', ...m });

export const BASE_MEASURES: readonly BaseMeasure[] = [
  base({
    code: 'EVALUATIONS',
    label: 'Evaluations',
    description: 'Evaluations of learning models, in any state.',
    source: 'EVALUATION',
    column: 'EVALUATIONS',
    published: true,
    countsPeople: true,
  }),
  base({
    code: 'RECOGNISED',
    label: 'Recognised',
    description: 'Evaluations recognised by the authority (state RECOGNISED).',
    source: 'EVALUATION',
    column: 'EVALUATIONS',
    fixed: { states: ['RECOGNISED'] },
    published: true,
    countsPeople: true,
  }),
  base({
    code: 'SUBJECTS',
    label: 'Subjects on record',
    description:
      'Households, clans, citizens and organisations on record (today), in the unit where each is registered.',
    source: 'SUBJECT',
    column: 'SUBJECTS',
    published: true,
    countsPeople: true,
  }),
  base({
    code: 'SURVEY_NUMERATOR',
    label: 'Survey numerator',
    description: 'Sum of the numerators of a universal-education survey figure (e.g. people literate at level 2).',
    source: 'SURVEY',
    column: 'SURVEY_NUMERATOR',
    published: true,
    countsPeople: true,
  }),
  base({
    code: 'SURVEY_DENOMINATOR',
    label: 'Survey denominator',
    description: 'Sum of the denominators of a survey figure (e.g. people aged 15–60).',
    source: 'SURVEY',
    column: 'SURVEY_DENOMINATOR',
    published: true,
    countsPeople: true,
  }),
  base({
    code: 'COMMUNES_SURVEYED',
    label: 'Communes surveyed',
    description: 'Communes with a universal-education survey for the year.',
    source: 'STANDARD',
    column: 'COMMUNES_SURVEYED',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'COMMUNES_MEETING',
    label: 'Communes meeting the standard',
    description: 'Communes whose survey meets the standard (the same rules as `educationStandards`).',
    source: 'STANDARD',
    column: 'COMMUNES_MEETING',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'COMMUNES',
    label: 'Communes on the map',
    description:
      'Communes on the map of 31 December of each year, surveyed or not (without a year filter: the years with standards results).',
    source: 'MAP',
    column: 'COMMUNES',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'FUND_AMOUNT',
    label: 'Amount (VND)',
    description: 'Study-promotion fund money in whole đồng: donations received and scholarships paid.',
    source: 'FUND',
    column: 'FUND_AMOUNT',
    published: false,
    countsPeople: true,
    money: true,
  }),
  base({
    code: 'FUND_ENTRIES',
    label: 'Fund entries',
    description: 'Donations and scholarships recorded.',
    source: 'FUND',
    column: 'FUND_ENTRIES',
    published: false,
    countsPeople: true,
  }),
  base({
    code: 'REPORTS_EXPECTED',
    label: 'Báo cáo phải nộp / Reports expected',
    description:
      'Reports a data set expects for a period: one per unit of its reporting level on the map of the period’s last day (a commune merged on 1/7/2025 is expected until 30/6/2025 only).',
    source: 'REPORTING',
    column: 'REPORTS_EXPECTED',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'REPORTS_SUBMITTED',
    label: 'Báo cáo đã nộp / Reports submitted',
    description: 'Expected reports submitted (state SUBMITTED or APPROVED).',
    source: 'REPORTING',
    column: 'REPORTS_SUBMITTED',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'REPORTS_ON_TIME',
    label: 'Báo cáo đúng hạn / Reports on time',
    description: 'Expected reports submitted on or before the due day (the period’s last day plus the set’s due days).',
    source: 'REPORTING',
    column: 'REPORTS_ON_TIME',
    published: true,
    countsPeople: false,
  }),
  base({
    code: 'DATA_VALUE',
    label: 'Giá trị số liệu / Data value',
    description:
      'The sum of a data element’s values in submitted and approved reports: its totals, or its parts when split by CATEGORY or filtered by categories (a total not given is the sum of its parts). Name one element in dataElements or split by DATA_ELEMENT.',
    source: 'DATA_VALUE',
    column: 'DATA_VALUE',
    published: false,
    countsPeople: true,
  }),
];

const share = ({
  code,
  label,
  modelKind,
  subjectKind,
  who,
}: Record<'code' | 'label' | 'modelKind' | 'subjectKind' | 'who', string>): IndicatorMeasure => ({
  kind: 'INDICATOR',
  code,
  label,
  description: `Recognised ${modelKind} evaluations out of ${who} on record in the platform today (Quyết định 387/QĐ-TTg, 677/QĐ-TTg): a proxy, not a count of all ${who}${who === 'citizens' ? ' (the population, which the platform does not collect yet)' : ''}.`,
  numerator: { measure: 'RECOGNISED', fixed: { modelKinds: [modelKind as never] } },
  denominator: { measure: 'SUBJECTS', fixed: { subjectKinds: [subjectKind] } },
});

export const INDICATORS: readonly IndicatorMeasure[] = [
  share({
    code: 'LEARNING_FAMILY_SHARE',
    label: 'Share of learning families',
    modelKind: 'LEARNING_FAMILY',
    subjectKind: 'HOUSEHOLD',
    who: 'households',
  }),
  share({
    code: 'LEARNING_CLAN_SHARE',
    label: 'Share of learning clans',
    modelKind: 'LEARNING_CLAN',
    subjectKind: 'CLAN',
    who: 'clans',
  }),
  share({
    code: 'LEARNING_CITIZEN_SHARE',
    label: 'Share of learning citizens',
    modelKind: 'LEARNING_CITIZEN',
    subjectKind: 'CITIZEN',
    who: 'citizens',
  }),
  share({
    code: 'LEARNING_UNIT_SHARE',
    label: 'Share of learning units',
    modelKind: 'LEARNING_UNIT',
    subjectKind: 'ORGANISATION',
    who: 'organisations',
  }),
  {
    kind: 'INDICATOR',
    code: 'RECOGNITION_RATE',
    label: 'Recognition rate',
    description: 'Recognised evaluations out of all evaluations.',
    numerator: { measure: 'RECOGNISED' },
    denominator: { measure: 'EVALUATIONS' },
  },
  {
    kind: 'INDICATOR',
    code: 'SURVEY_RATE',
    label: 'Survey rate',
    description: 'A survey figure’s numerator over its denominator (filter or split by surveyCode).',
    numerator: { measure: 'SURVEY_NUMERATOR' },
    denominator: { measure: 'SURVEY_DENOMINATOR' },
  },
  {
    kind: 'INDICATOR',
    code: 'STANDARD_MET_SHARE',
    label: 'Share of communes meeting the standard',
    description:
      'Communes meeting a universal-education standard out of all communes on the map that year, surveyed or not: a commune without a survey does not meet it, as in educationStandards (filter or split by standard).',
    numerator: { measure: 'COMMUNES_MEETING' },
    denominator: { measure: 'COMMUNES' },
  },
  {
    kind: 'INDICATOR',
    code: 'REPORTING_RATE',
    label: 'Tỷ lệ báo cáo / Reporting rate',
    description: 'Expected reports submitted out of those expected (completeness, as in DHIS2).',
    numerator: { measure: 'REPORTS_SUBMITTED' },
    denominator: { measure: 'REPORTS_EXPECTED' },
  },
  {
    kind: 'INDICATOR',
    code: 'REPORTING_RATE_ON_TIME',
    label: 'Tỷ lệ báo cáo đúng hạn / Reporting rate on time',
    description: 'Expected reports submitted by the due day out of those expected (timeliness).',
    numerator: { measure: 'REPORTS_ON_TIME' },
    denominator: { measure: 'REPORTS_EXPECTED' },
  },
];

export const MEASURES: ReadonlyMap<string, MeasureDefinition> = new Map(
  [...BASE_MEASURES, ...INDICATORS].map((m) => [m.code, m]),
);

export function baseMeasure(code: string): BaseMeasure {
  const m = MEASURES.get(code);
  if (!m || m.kind !== 'BASE') throw new Error(`No base measure ${code}.`);
  return m;
}
