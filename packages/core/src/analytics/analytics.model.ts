/**
 * The analytics query: measures × dimensions × filters, as DHIS2's analytics has them, with maps
 * that know history. A dimension splits rows; a filter narrows them; a measure fills the cells.
 * Indicators are measures made of a numerator and a denominator and return both parts.
 */
import type { ModelKind } from '../criteria/criteria.model.js';

export type MapKind = 'HISTORICAL' | 'CURRENT';
export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export const DIMENSIONS = [
  'UNIT',
  'YEAR',
  'MODEL',
  'RATING',
  'STATE',
  'SUBJECT_KIND',
  'SURVEY_CODE',
  'STANDARD',
  'DONOR_TYPE',
  'FUND_ENTRY_KIND',
  'PLUGIN',
  'DATA_SET',
  'PERIOD',
  'DATA_ELEMENT',
  'CATEGORY',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface DimensionSpec {
  readonly dimension: Dimension;
  /** UNIT only: the level rows are grouped at (default PROVINCE). */
  readonly level?: UnitLevel;
  /** UNIT only: the map of the data's own year (HISTORICAL, default) or today's (CURRENT). */
  readonly map?: MapKind;
  /** PLUGIN only: the code of a dimension a plugin defines (a classification of its units). */
  readonly pluginDimension?: string;
}

/** A plugin's classification of units, as the query planner needs it. */
export interface PluginDimension {
  readonly code: string;
  readonly label: string;
  readonly level: UnitLevel;
}

export interface AnalyticsFilters {
  /** Only this unit's subtree; read on `unitAsOf` (default today). */
  readonly unitCode?: string;
  readonly unitAsOf?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
  /** The last N years up to this year (or `yearTo`); excludes yearFrom. */
  readonly lastYears?: number;
  readonly modelKinds?: readonly ModelKind[];
  readonly states?: readonly string[];
  readonly ratings?: readonly string[];
  readonly subjectKinds?: readonly string[];
  readonly surveyCodes?: readonly string[];
  readonly standards?: readonly string[];
  readonly donorTypes?: readonly string[];
  readonly fundEntryKinds?: readonly string[];
  /** Reporting cycle: data set codes. */
  readonly dataSetCodes?: readonly string[];
  /** Reporting cycle: period codes (2025, 2025H1, 2025Q3, 2025-07). */
  readonly periods?: readonly string[];
  /** Data elements (DATA_VALUE). */
  readonly dataElements?: readonly string[];
  /** Category options of the elements' disaggregations, e.g. FEMALE or MINORITY (DATA_VALUE). */
  readonly categories?: readonly string[];
}

export interface SortSpec {
  /** A header name: a dimension (UNIT, YEAR, …) or a measure code. */
  readonly by: string;
  readonly direction?: 'ASC' | 'DESC';
}

export interface AnalyticsQuery {
  readonly measures: readonly string[];
  readonly dimensions: readonly DimensionSpec[];
  readonly filters?: AnalyticsFilters;
  readonly sort?: readonly SortSpec[];
  /** At most this many rows after sorting (totals count every row). */
  readonly limit?: number;
  /** A grand total row. */
  readonly totals?: boolean;
  /** A total row for each value of the first dimension. */
  readonly subtotals?: boolean;
}

export type HeaderType = 'UNIT' | 'TEXT' | 'INTEGER' | 'NUMBER' | 'RATIO' | 'BOOLEAN';

export interface Header {
  /** Stable: a dimension (UNIT, UNIT_NAME, YEAR, …), a measure code, or CODE.numerator / CODE.denominator. */
  readonly name: string;
  readonly label: string;
  readonly type: HeaderType;
  /** A dimension column, as opposed to a value. */
  readonly dimension: boolean;
}

export type Cell = string | number | boolean | null;

/** What a row is: a data row, a subtotal of the first dimension's value, or the grand total. */
export type RowKind = 'ROW' | 'SUBTOTAL' | 'TOTAL';

export interface AnalyticsTable {
  readonly headers: readonly Header[];
  readonly rows: readonly (readonly Cell[])[];
  readonly rowKinds: readonly RowKind[];
  /** Cells blanked because the caller may not see the rows: small ones and those blanked with them. */
  readonly suppressedCells: number;
  /** Of those, the cells of 5 or more people blanked so that no small one can be worked out from a total. */
  readonly complementaryCells: number;
  /** The base counts of people are rounded to for callers who may not see the rows; null when exact. */
  readonly roundedTo: number | null;
  /** Rows before `limit`. */
  readonly totalRows: number;
  /** Plain-language notes: roll-ups that are approximate, measures that are sample data, … */
  readonly notes: readonly string[];
}

/**
 * A classification of a province's units for analytics: `values` maps unit codes (read on `asOf`,
 * at `level`) to a category; rows of other units fall in no category (null).
 */
export interface PluginDimensionDefinition {
  /** UPPER_SNAKE, starting with the plugin id in upper snake case, e.g. DONG_THAP_GNLC_CITY. */
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  readonly asOf: string;
  readonly values: Readonly<Record<string, string>>;
}
