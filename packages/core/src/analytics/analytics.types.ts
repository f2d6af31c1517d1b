import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { SortDirection } from '../evaluations/evaluation.types.js';

export enum AnalyticsDimension {
  UNIT = 'UNIT',
  YEAR = 'YEAR',
  MODEL = 'MODEL',
  RATING = 'RATING',
  STATE = 'STATE',
  SUBJECT_KIND = 'SUBJECT_KIND',
  SURVEY_CODE = 'SURVEY_CODE',
  STANDARD = 'STANDARD',
  DONOR_TYPE = 'DONOR_TYPE',
  FUND_ENTRY_KIND = 'FUND_ENTRY_KIND',
  PLUGIN = 'PLUGIN',
  DATA_SET = 'DATA_SET',
  PERIOD = 'PERIOD',
  DATA_ELEMENT = 'DATA_ELEMENT',
  CATEGORY = 'CATEGORY',
}
registerEnumType(AnalyticsDimension, {
  name: 'AnalyticsDimension',
  description: 'What rows are split by.',
  valuesConfig: {
    UNIT: { description: 'Administrative unit at a level, on the map of the data’s year or today’s.' },
    YEAR: { description: 'The year the data is for.' },
    MODEL: { description: 'Learning model (family, clan, citizen, …).' },
    RATING: { description: 'The grade reached, e.g. RECOGNISED or LEVEL_1; empty when not rated.' },
    STATE: { description: 'Workflow state of the evaluation.' },
    SUBJECT_KIND: { description: 'Household, clan, citizen or organisation.' },
    SURVEY_CODE: { description: 'A universal-education survey figure.' },
    STANDARD: { description: 'A universal-education or literacy standard.' },
    DONOR_TYPE: { description: 'Who gave to a study-promotion fund.' },
    FUND_ENTRY_KIND: { description: 'Donation or scholarship.' },
    PLUGIN: {
      description: 'A classification of units a plugin defines (name it in `pluginDimension`; see `plugins`).',
    },
    DATA_SET: { description: 'Bộ dữ liệu / A data set of the reporting cycle (see `dataSets`).' },
    PERIOD: { description: 'Kỳ báo cáo / A reporting period: 2025, 2025H1, 2025Q3 or 2025-07.' },
    DATA_ELEMENT: { description: 'Chỉ tiêu / A data element (DATA_VALUE).' },
    CATEGORY: {
      description:
        'Phân tổ / A part of an element’s disaggregation: MALE/FEMALE, an age band, KINH/MINORITY (DATA_VALUE).',
    },
  },
});

export enum AnalyticsUnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(AnalyticsUnitLevel, { name: 'AnalyticsUnitLevel', description: 'The level units are grouped at.' });

export enum AnalyticsMap {
  HISTORICAL = 'HISTORICAL',
  CURRENT = 'CURRENT',
}
registerEnumType(AnalyticsMap, {
  name: 'AnalyticsMap',
  description: 'Which map units are shown on.',
  valuesConfig: {
    HISTORICAL: { description: 'The map of the data’s own year (e.g. 63 provinces before 1/7/2025).' },
    CURRENT: {
      description: 'Today’s map: data of former units rolled onto their successors (FULL whole, PARTIAL by weight).',
    },
  },
});

export enum AnalyticsHeaderType {
  UNIT = 'UNIT',
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  NUMBER = 'NUMBER',
  RATIO = 'RATIO',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(AnalyticsHeaderType, { name: 'AnalyticsHeaderType', description: 'How to read a column’s cells.' });

export enum AnalyticsRowKind {
  ROW = 'ROW',
  SUBTOTAL = 'SUBTOTAL',
  TOTAL = 'TOTAL',
}
registerEnumType(AnalyticsRowKind, {
  name: 'AnalyticsRowKind',
  description: 'A data row, a subtotal of the first dimension, or the grand total.',
});

@InputType('AnalyticsDimensionInput', { description: 'A dimension to split rows by.' })
export class AnalyticsDimensionInput {
  @Field(() => AnalyticsDimension, { description: 'The dimension.' })
  dimension!: AnalyticsDimension;

  @Field(() => AnalyticsUnitLevel, { nullable: true, description: 'UNIT only: the level (default PROVINCE).' })
  level?: AnalyticsUnitLevel;

  @Field(() => AnalyticsMap, { nullable: true, description: 'UNIT only: the map (default HISTORICAL).' })
  map?: AnalyticsMap;

  @Field(() => String, {
    nullable: true,
    description: 'PLUGIN only: the code of the plugin’s dimension, e.g. DONG_THAP_GNLC_CITY.',
  })
  pluginDimension?: string;
}

@InputType('AnalyticsFiltersInput', { description: 'What to keep. Lists keep rows with any of their values.' })
export class AnalyticsFiltersInput {
  @Field(() => String, { nullable: true, description: 'Only this unit’s subtree (officers: default their own unit).' })
  unitCode?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day `unitCode` is read on; default today.' })
  unitAsOf?: string;

  @Field(() => Int, { nullable: true, description: 'First year.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Last year (default this year).' })
  yearTo?: number;

  @Field(() => Int, { nullable: true, description: 'The last N years up to yearTo; not with yearFrom.' })
  lastYears?: number;

  @Field(() => [String], { nullable: true, description: 'Learning models (ModelKind values).' })
  modelKinds?: string[];

  @Field(() => [String], { nullable: true, description: 'Workflow states.' })
  states?: string[];

  @Field(() => [String], { nullable: true, description: 'Grades reached.' })
  ratings?: string[];

  @Field(() => [String], { nullable: true, description: 'Subject kinds.' })
  subjectKinds?: string[];

  @Field(() => [String], { nullable: true, description: 'Survey figure codes.' })
  surveyCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Standard codes.' })
  standards?: string[];

  @Field(() => [String], { nullable: true, description: 'Donor types.' })
  donorTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'DONATION and/or SCHOLARSHIP.' })
  fundEntryKinds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Bộ dữ liệu / Data set codes (reporting measures, DATA_VALUE).',
  })
  dataSetCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Kỳ báo cáo / Period codes such as 2025, 2025H1, 2025Q3, 2025-07 (reporting measures, DATA_VALUE).',
  })
  periods?: string[];

  @Field(() => [String], { nullable: true, description: 'Chỉ tiêu / Data element codes (DATA_VALUE).' })
  dataElements?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Phân tổ / Category options such as FEMALE or MINORITY: DATA_VALUE then adds up those parts.',
  })
  categories?: string[];
}

@InputType('AnalyticsSortInput', { description: 'A column to sort by.' })
export class AnalyticsSortInput {
  @Field(() => String, {
    description: 'A header name: a dimension, a measure code, or CODE.numerator / CODE.denominator.',
  })
  by!: string;

  @Field(() => SortDirection, { nullable: true, description: 'Default ASC.' })
  direction?: SortDirection;
}

@InputType('AnalyticsQueryInput', { description: 'Measures × dimensions × filters (see `analyticsCatalogue`).' })
export class AnalyticsQueryInput {
  @Field(() => [String], { description: 'Measure or indicator codes, e.g. LEARNING_FAMILY_SHARE.' })
  measures!: string[];

  @Field(() => [AnalyticsDimensionInput], { defaultValue: [], description: 'Dimensions, in column order.' })
  dimensions!: AnalyticsDimensionInput[];

  @Field(() => AnalyticsFiltersInput, { nullable: true, description: 'Filters.' })
  filters?: AnalyticsFiltersInput;

  @Field(() => [AnalyticsSortInput], { nullable: true, description: 'Sort order; default by the dimensions.' })
  sort?: AnalyticsSortInput[];

  @Field(() => Int, { nullable: true, description: 'At most this many rows (1–10,000); totals still count all.' })
  limit?: number;

  @Field(() => Boolean, { nullable: true, description: 'Add a grand-total row.' })
  totals?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Add a subtotal row per value of the first dimension.' })
  subtotals?: boolean;
}

@ObjectType('AnalyticsHeader', { description: 'A column of the result.' })
export class AnalyticsHeaderType_ {
  @Field(() => String, { description: 'Stable name: UNIT, UNIT_NAME, YEAR, a measure code, CODE.numerator, …' })
  name!: string;

  @Field(() => String, { description: 'Label for people.' })
  label!: string;

  @Field(() => AnalyticsHeaderType, { description: 'How to read the cells.' })
  type!: AnalyticsHeaderType;

  @Field(() => Boolean, { description: 'A dimension column rather than a value.' })
  dimension!: boolean;
}

@ObjectType('AnalyticsTable', { description: 'The result: typed headers and rows of cells.' })
export class AnalyticsTableType {
  @Field(() => [AnalyticsHeaderType_], { description: 'Columns, in order.' })
  headers!: AnalyticsHeaderType_[];

  @Field(() => [GraphQLJSON], {
    description: 'Rows: each a list of cells (string, number, boolean or null) in header order.',
  })
  rows!: unknown[][];

  @Field(() => [AnalyticsRowKind], { description: 'What each row is, in row order.' })
  rowKinds!: AnalyticsRowKind[];

  @Field(() => Int, {
    description:
      'Cells blanked because you may not see the records: those counting fewer than 5 people, and those blanked with them (`complementaryCells`).',
  })
  suppressedCells!: number;

  @Field(() => Int, {
    description:
      'Of `suppressedCells`, those blanked although they count 5 or more people: with totals or subtotals shown, a lone blank in a group could be worked out from the total and the other cells.',
  })
  complementaryCells!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'When you may not see the records: the base (5) that counts of people are rounded to, so that no difference of two answers singles out fewer than 5 people; shares are computed from the rounded counts. Null when counts are exact.',
  })
  roundedTo!: number | null;

  @Field(() => Int, { description: 'Data rows before `limit`.' })
  totalRows!: number;

  @Field(() => [String], { description: 'Notes on the result (approximate roll-ups, suppressed cells, …).' })
  notes!: string[];
}

@ObjectType('AnalyticsMeasure', { description: 'A measure or indicator analysts can ask for.' })
export class AnalyticsMeasureType {
  @Field(() => String, { description: 'Code to pass in `measures`.' })
  code!: string;

  @Field(() => String, { description: 'Label.' })
  label!: string;

  @Field(() => String, { description: 'What it counts.' })
  description!: string;

  @Field(() => Boolean, { description: 'An indicator: numerator / denominator, both returned.' })
  indicator!: boolean;

  @Field(() => [AnalyticsDimension], { description: 'Dimensions it can be split by.' })
  dimensions!: AnalyticsDimension[];

  @Field(() => Boolean, { description: 'Anonymous callers may ask for it.' })
  published!: boolean;

  @Field(() => String, { nullable: true, description: 'Indicators: the numerator measure.' })
  numerator!: string | null;

  @Field(() => String, { nullable: true, description: 'Indicators: the denominator measure.' })
  denominator!: string | null;
}
