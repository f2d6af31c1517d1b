/**
 * The reporting cycle's plain types: data elements and their disaggregations (category combos),
 * data sets (what a unit reports, how often, by when, who approves) and validation rules. Types
 * only, so the plugin contract (public/plugin.ts) can be built from them.
 */
import type { Provenance } from '../common/provenance.js';

export type ValueType = 'COUNT' | 'NUMBER' | 'PERCENT' | 'MONEY_VND' | 'BOOLEAN' | 'TEXT';
export const VALUE_TYPES: readonly ValueType[] = ['COUNT', 'NUMBER', 'PERCENT', 'MONEY_VND', 'BOOLEAN', 'TEXT'];

export type PeriodType = 'YEARLY' | 'HALF_YEARLY' | 'QUARTERLY' | 'MONTHLY';

/** The levels a report climbs for approval; `NATIONAL` is the ADMIN. */
export type ApprovalLevel = 'COMMUNE' | 'DISTRICT' | 'PROVINCE' | 'NATIONAL';

/** One option of a disaggregation, e.g. FEMALE of SEX. */
export interface CategoryOption {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * A disaggregation (DHIS2's category combo): the parts a value is split into. The parts are
 * disjoint and exhaustive, so a total given beside its parts must equal their sum.
 */
export interface CategoryCombo {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly options: readonly CategoryOption[];
  readonly provenance: Provenance;
}

export interface DataElementDefinition {
  /** UPPER_SNAKE, stable: stored in reports and named by validation rules. */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly valueType: ValueType;
  /** A category combo's code; absent: one value, no parts. */
  readonly disaggregation?: string;
  readonly provenance: Provenance;
}

export type Operator = 'LT' | 'LE' | 'EQ' | 'NE' | 'GE' | 'GT';
export type Importance = 'HIGH' | 'MEDIUM' | 'LOW';

/**
 * `left operator right`, each side the sum of its terms; a term is an element's total (`CODE`) or
 * one of its parts (`CODE.OPTION`). A rule with a term missing is not checked (nothing to compare).
 * LOW importance only warns; HIGH and MEDIUM block SUBMIT.
 */
export interface ValidationRuleDefinition {
  readonly code: string;
  readonly name: string;
  readonly left: readonly string[];
  readonly operator: Operator;
  readonly right: readonly string[];
  readonly importance: Importance;
}

export interface DataSetDefinition {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly periodType: PeriodType;
  /** The level whose units report (each one on the map of the period's last day is expected). */
  readonly reportingLevel: 'COMMUNE' | 'DISTRICT' | 'PROVINCE';
  /** Days after the period ends by which a report is due (on the due day it is on time). */
  readonly dueDays: number;
  /** Bottom-up; a level missing from a unit's map (districts after 1/7/2025) is skipped. */
  readonly approvalLevels: readonly ApprovalLevel[];
  /** Element codes. */
  readonly elements: readonly string[];
  readonly validationRules: readonly ValidationRuleDefinition[];
  /** ISO dates, inclusive; validTo absent while in use. */
  readonly validFrom: string;
  readonly validTo?: string | null;
  /** Who issues the form, e.g. the Ministry of Education and Training. */
  readonly issuer: string;
  /** No source fixes the content: labelled sample wherever it is shown. */
  readonly sample: boolean;
  readonly provenance: Provenance;
}

/** One value of a report: an element's total (category null) or one part. */
export interface ReportValue {
  readonly element: string;
  readonly category: string | null;
  readonly value: string;
  readonly comment?: string | null;
}
