/**
 * Criteria sets as plain data (DOMAIN.md, "Learning models"). A set is a tree of criteria →
 * indicators plus the grades a total can reach. National sets ship with the core; a province
 * plugin registers its own or a variant. Sets are versioned by validity dates: an evaluation is
 * always rated against the set in force for its year.
 */

/** What is evaluated (mô hình học tập). Identifiers as in DOMAIN.md's word list. */
export const MODEL_KINDS = [
  'LEARNING_CITIZEN',
  'LEARNING_FAMILY',
  'LEARNING_CLAN',
  'LEARNING_COMMUNITY_VILLAGE',
  'LEARNING_COMMUNITY_COMMUNE',
  'LEARNING_COMMUNITY_DISTRICT',
  'LEARNING_COMMUNITY_PROVINCE',
  'LEARNING_UNIT',
] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** The tier a learning unit is managed at: the grassroots (448/QĐ-KHVN) or district/province (Thông tư 24/2023). */
export type UnitTier = 'COMMUNE' | 'DISTRICT' | 'PROVINCE';

/**
 * How an indicator is scored:
 * - `POINTS`: 0…maxScore, fractional allowed;
 * - `PASS_FAIL`: 1 (met) or 0 (not met);
 * - `PERCENT`: 0…100, met when at least the threshold of the grade being checked.
 */
export type IndicatorKind = 'POINTS' | 'PASS_FAIL' | 'PERCENT';

export interface IndicatorDefinition {
  /** Unique within the set, e.g. "1.1" or "C2.3". Score sheets and CSV columns use it. */
  readonly code: string;
  readonly title: string;
  readonly titleEn?: string;
  readonly kind: IndicatorKind;
  /** POINTS only: the most the indicator can score. */
  readonly maxScore?: number;
  /** POINTS only: below this the subject cannot be recognised at any grade (e.g. "no index below 5"). */
  readonly minScore?: number;
  /** PERCENT only: the threshold per grade code, e.g. { LEVEL_1: 90, LEVEL_2: 95 }. */
  readonly thresholds?: Readonly<Record<string, number>>;
  /**
   * PASS_FAIL and PERCENT: the grades that need this indicator met. Default: every grade with
   * `allIndicatorsMet`. A level-2-only indicator lists ["LEVEL_2"].
   */
  readonly requiredFor?: readonly string[];
  /** A score sheet may leave it out (it then counts 0 / not met). Default false: the indicator is required. */
  readonly optional?: boolean;
}

export interface CriterionDefinition {
  /** Unique within the set, e.g. "1". */
  readonly code: string;
  readonly title: string;
  readonly titleEn?: string;
  readonly indicators: readonly IndicatorDefinition[];
  /** POINTS criteria: below this subtotal the subject cannot be recognised at any grade. */
  readonly minScore?: number;
}

/**
 * A rating the subject can reach, in ascending order in `grades`. The rating is the highest grade
 * whose every condition holds; reaching a grade with `recognised` means recognition.
 */
export interface GradeDefinition {
  /** e.g. "RECOGNISED", "LEVEL_1", "LEVEL_2", "GOOD". */
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly recognised: boolean;
  /** The total must be at least this. */
  readonly minTotal?: number;
  /** Every PASS_FAIL and PERCENT indicator required for this grade must be met. */
  readonly allIndicatorsMet?: boolean;
}

/** Who issued a set: the nation, or a province plugin (whose provinces it applies to). */
export type CriteriaIssuer = { readonly level: 'NATIONAL' } | { readonly level: 'PROVINCE'; readonly plugin: string };

export interface CriteriaSetDefinition {
  /** Stable, unique across versions, e.g. "KHVN-448-2015-FAMILY". */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly modelKind: ModelKind;
  /** LEARNING_UNIT sets only: the tier of unit the set rates. */
  readonly unitTier?: UnitTier;
  /** The legal act, exactly as DOMAIN.md or a cited source gives it. */
  readonly source: string;
  readonly issuer: CriteriaIssuer;
  /** First day in force (ISO date). */
  readonly validFrom: string;
  /** Last day in force; null while in force. */
  readonly validTo: string | null;
  /** True when some wording or numbers are not verified against the legal text: the product shows it as sample data. */
  readonly sample: boolean;
  /** What the set is and, when `sample`, which parts are unverified. */
  readonly description: string;
  /**
   * Province sets only: the source saying the province issued these criteria itself, which is
   * what lets them replace the national set for its provinces. Without it the national set in force
   * applies, and the province's set is used only when an evaluation names it.
   */
  readonly replacesNational?: { readonly basis: string };
  readonly criteria: readonly CriterionDefinition[];
  /** Ascending: the first grade is the lowest. */
  readonly grades: readonly GradeDefinition[];
}

/** One entry of a score sheet. */
export interface Score {
  readonly indicatorCode: string;
  readonly value: number;
}

/** A rule the score sheet did not meet, in both languages, with what it concerns. */
export interface RatingReason {
  /** The grade this rule stands between the subject and. */
  readonly grade: string;
  /** e.g. MIN_TOTAL, INDICATOR_MIN, CRITERION_MIN, INDICATOR_NOT_MET. */
  readonly rule: string;
  readonly criterion?: string;
  readonly indicator?: string;
  readonly vi: string;
  readonly en: string;
}

export interface CriterionResult {
  readonly code: string;
  readonly score: number;
  readonly maxScore: number;
  /** All of the criterion's PASS_FAIL/PERCENT indicators met at the lowest grade that needs them, and its minimum reached. */
  readonly met: boolean;
}

export interface RatingOutcome {
  readonly total: number;
  readonly maxTotal: number;
  readonly criteria: readonly CriterionResult[];
  /** Code of the highest grade reached; null when none. */
  readonly rating: string | null;
  readonly recognised: boolean;
  /** Every rule not met, for each grade above the one reached. */
  readonly reasons: readonly RatingReason[];
}
