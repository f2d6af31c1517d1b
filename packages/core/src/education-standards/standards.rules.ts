/**
 * Whether a commune meets each literacy and universal-education standard, from its survey figures:
 * pure functions over plain values, one per standard. Thresholds come from the rule version (data,
 * standards.data.ts); which measures and prerequisites a standard has is the law's structure and is
 * written here, with its source, so it can be read against DOMAIN.md.
 */
import type { FieldProblem } from '../common/errors.js';
import { stated, unverified, type Provenance } from '../common/provenance.js';
import { STANDARD_CODES, type StandardCode, type StandardsRuleVersion } from './standards.data.js';
import { isSurveyCode, type SurveyCode, type SurveyFigure } from './survey-codes.js';

/** What a commune reports for one year. */
export interface CommuneSurvey {
  /** A commune with especially difficult conditions (xã đặc biệt khó khăn, ĐBKK) has lower thresholds. */
  readonly especiallyDifficult: boolean;
  readonly figures: readonly SurveyFigure[];
}

export interface MeasureResult {
  /** The figure assessed: for literacy in an ĐBKK commune, the narrower age band. */
  readonly code: SurveyCode;
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  readonly rate: number | null;
  /** The threshold applied to this commune, 0..1. */
  readonly threshold: number;
  readonly met: boolean;
  /** False when the threshold is a value DOMAIN.md marks unverified. */
  readonly verified: boolean;
}

export interface StandardResult {
  readonly standard: StandardCode;
  readonly met: boolean;
  /** The measures whose figure was provided; the others are in `missing`. */
  readonly measures: readonly MeasureResult[];
  /** The standards this one requires directly, whether the commune meets them, and whether the law says so. */
  readonly prerequisites: readonly {
    readonly standard: StandardCode;
    readonly met: boolean;
    readonly provenance: Provenance;
  }[];
  /** Why the standard is not met, one line per failing prerequisite or measure; empty when met. */
  readonly reasons: readonly string[];
  /** Codes of the figures this standard needs that were not provided. */
  readonly missing: readonly SurveyCode[];
}

export type FigureRule = 'NUMERATOR_LE_DENOMINATOR' | 'NON_NEGATIVE_INTEGER' | 'UNKNOWN_CODE' | 'DUPLICATE_CODE';

export interface FigureProblem extends FieldProblem {
  readonly rule: FigureRule;
}

/**
 * Every problem with the reported figures, each naming its field (`figures[2].numerator`) so a
 * client can show it beside the input. Empty when the figures can be evaluated.
 */
export function validateFigures(figures: readonly SurveyFigure[]): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const firstIndex = new Map<string, number>();
  figures.forEach((figure, i) => {
    const at = `figures[${i}]`;
    if (!isSurveyCode(figure.code)) {
      problems.push({ field: `${at}.code`, rule: 'UNKNOWN_CODE', message: `Unknown survey code "${figure.code}".` });
    } else {
      const first = firstIndex.get(figure.code);
      if (first === undefined) firstIndex.set(figure.code, i);
      else
        problems.push({
          field: `${at}.code`,
          rule: 'DUPLICATE_CODE',
          message: `${figure.code} is already given in figures[${first}].`,
        });
    }
    const numeratorOk = isCount(figure.numerator);
    const denominatorOk = isCount(figure.denominator);
    if (!numeratorOk)
      problems.push({
        field: `${at}.numerator`,
        rule: 'NON_NEGATIVE_INTEGER',
        message: `The numerator must be a whole number of people, 0 or more (got ${String(figure.numerator)}).`,
      });
    if (!denominatorOk)
      problems.push({
        field: `${at}.denominator`,
        rule: 'NON_NEGATIVE_INTEGER',
        message: `The denominator must be a whole number of people, 0 or more (got ${String(figure.denominator)}).`,
      });
    if (numeratorOk && denominatorOk && figure.numerator > figure.denominator)
      problems.push({
        field: `${at}.numerator`,
        rule: 'NUMERATOR_LE_DENOMINATOR',
        message: `The numerator (${figure.numerator}) cannot exceed the denominator (${figure.denominator}).`,
      });
  });
  return problems;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The figures by code. Invalid figures are a caller's bug (the service answers BAD_USER_INPUT from
 * `validateFigures` first), so they throw rather than yield a result that looks trustworthy.
 */
function figuresByCode(figures: readonly SurveyFigure[]): ReadonlyMap<string, SurveyFigure> {
  const problems = validateFigures(figures);
  if (problems.length > 0)
    throw new RangeError(`Invalid survey figures: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return new Map(figures.map((f) => [f.code, f]));
}

/** rate ≥ percent, compared in integers: 0.9 * 100 is not 90 in floating point. */
function reaches(numerator: number, denominator: number, percent: number): boolean {
  return BigInt(numerator) * 100n >= BigInt(percent) * BigInt(denominator);
}

/** The rate as a percent with one decimal, truncated, so a failing rate never prints as its threshold. */
function formatRate(numerator: number, denominator: number): string {
  const tenths = (BigInt(numerator) * 1000n) / BigInt(denominator);
  return `${tenths / 10n}.${tenths % 10n}%`;
}

const ND20 = 'Nghị định 20/2014/NĐ-CP';

/**
 * Which prerequisite DOMAIN.md states and which the platform infers (issue 16): DOMAIN.md names
 * "level 2" for primary 3 and lower-secondary 3, primary 1 and literacy 1 for lower-secondary 1, and
 * "level 1" for lower-secondary 2 only from a secondary source; primary 2 needing primary 1 applies
 * the same ladder by inference.
 */
export const PREREQUISITE_PROVENANCE: Readonly<Record<string, Provenance>> = {
  'PRIMARY_2>PRIMARY_1': unverified(
    'The decree, as the platform’s sources give it, states no prerequisite for primary level 2; requiring level 1 applies the ladder of primary 3 (level N needs level N−1) by inference',
    ND20,
  ),
  'PRIMARY_3>PRIMARY_2': stated(ND20),
  'LOWER_SECONDARY_1>PRIMARY_1': stated(ND20),
  'LOWER_SECONDARY_1>LITERACY_1': stated(ND20),
  'LOWER_SECONDARY_2>LOWER_SECONDARY_1': unverified(
    'Lower-secondary level 2 (with its prerequisite) comes from a secondary source, not checked against the decree',
    ND20,
  ),
  'LOWER_SECONDARY_3>LOWER_SECONDARY_2': stated(ND20),
};

function prerequisiteProvenance(standard: StandardCode, required: StandardCode): Provenance {
  const provenance = PREREQUISITE_PROVENANCE[`${standard}>${required}`];
  // A prerequisite without a provenance entry would be shown as law without anyone saying so.
  if (!provenance) throw new Error(`No provenance for the prerequisite ${required} of ${standard}.`);
  return provenance;
}

function assess(
  version: StandardsRuleVersion,
  survey: CommuneSurvey,
  standard: StandardCode,
  prerequisites: readonly StandardResult[],
): StandardResult {
  const thresholds = version.thresholds[standard];
  // A standard without measures would be met by anyone: that is a broken rule version, not a result.
  if (thresholds.length === 0) throw new Error(`Rule version ${version.id} has no thresholds for ${standard}.`);
  const figures = figuresByCode(survey.figures);
  const reasons = prerequisites.filter((p) => !p.met).map((p) => `requires ${p.standard}, which is not met`);
  const measures: MeasureResult[] = [];
  const missing: SurveyCode[] = [];
  for (const t of thresholds) {
    const difficult = survey.especiallyDifficult;
    const code = difficult ? (t.especiallyDifficultCode ?? t.code) : t.code;
    const percent = difficult ? t.especiallyDifficultPercent : t.percent;
    const figure = figures.get(code);
    if (!figure) {
      missing.push(code);
      reasons.push(
        code === t.code
          ? `${code}: figure not provided`
          : `${code}: figure not provided (ĐBKK communes are assessed on ${code} instead of ${t.code})`,
      );
      continue;
    }
    const { numerator, denominator } = figure;
    // No one in the age group is no evidence either way; a standard is recognised on evidence.
    const met = denominator > 0 && reaches(numerator, denominator, percent);
    measures.push({
      code,
      numerator,
      denominator,
      rate: denominator > 0 ? numerator / denominator : null,
      threshold: percent / 100,
      met,
      verified: t.verified,
    });
    if (denominator === 0) reasons.push(`${code}: denominator is 0, so the rate cannot be assessed`);
    else if (!met) {
      const context = difficult
        ? ' (ĐBKK)'
        : t.especiallyDifficultPercent !== t.percent
          ? ` (ĐBKK ${t.especiallyDifficultPercent}%)`
          : '';
      reasons.push(`${code}: ${formatRate(numerator, denominator)} < ${percent}%${context}`);
    }
  }
  return {
    standard,
    met: reasons.length === 0,
    measures,
    prerequisites: prerequisites.map((p) => ({
      standard: p.standard,
      met: p.met,
      provenance: prerequisiteProvenance(standard, p.standard),
    })),
    reasons,
    missing,
  };
}

export type StandardRule = (version: StandardsRuleVersion, survey: CommuneSurvey) => StandardResult;

/** Pre-school for 5-year-olds (phổ cập giáo dục mầm non cho trẻ em 5 tuổi), Nghị định 20/2014/NĐ-CP: ≥ 95% (ĐBKK 90%) attend; ≥ 85% (80%) complete. */
export const preschool5: StandardRule = (version, survey) => assess(version, survey, 'PRESCHOOL_5', []);

/** Primary level 1 (phổ cập giáo dục tiểu học mức độ 1), Nghị định 20/2014/NĐ-CP: ≥ 90% of 6-year-olds enter grade 1; ≥ 80% (70%) of 14-year-olds complete primary. */
export const primary1: StandardRule = (version, survey) => assess(version, survey, 'PRIMARY_1', []);

/**
 * Primary level 2, Nghị định 20/2014/NĐ-CP: ≥ 95% enter grade 1; ≥ 80% (70%) of 11-year-olds complete.
 * DOMAIN.md states "level 2" as a prerequisite only for primary 3 and lower-secondary 3 (and
 * "level 1" for lower-secondary 2); requiring level 1 here applies the same ladder, level N needs
 * level N−1.
 */
export const primary2: StandardRule = (version, survey) =>
  assess(version, survey, 'PRIMARY_2', [primary1(version, survey)]);

/** Primary level 3, Nghị định 20/2014/NĐ-CP: level 2; ≥ 98% enter grade 1; ≥ 90% (80%) of 11-year-olds complete. */
export const primary3: StandardRule = (version, survey) =>
  assess(version, survey, 'PRIMARY_3', [primary2(version, survey)]);

/** Lower secondary level 1 (phổ cập giáo dục trung học cơ sở mức độ 1), Nghị định 20/2014/NĐ-CP: primary level 1 and literacy level 1; ≥ 80% (70%) of 15–18-year-olds graduated. */
export const lowerSecondary1: StandardRule = (version, survey) =>
  assess(version, survey, 'LOWER_SECONDARY_1', [primary1(version, survey), literacy1(version, survey)]);

/** Lower secondary level 2, Nghị định 20/2014/NĐ-CP as DOMAIN.md reports it from a secondary source (unverified): level 1; ≥ 90% (80%) of 15–18 graduated. */
export const lowerSecondary2: StandardRule = (version, survey) =>
  assess(version, survey, 'LOWER_SECONDARY_2', [lowerSecondary1(version, survey)]);

/** Lower secondary level 3, Nghị định 20/2014/NĐ-CP: level 2; ≥ 95% (90%) of 15–18 graduated; ≥ 80% (70%) of 15–18 in upper-secondary, continuing or vocational education. */
export const lowerSecondary3: StandardRule = (version, survey) =>
  assess(version, survey, 'LOWER_SECONDARY_3', [lowerSecondary2(version, survey)]);

/** Literacy level 1 (xóa mù chữ mức độ 1), Nghị định 20/2014/NĐ-CP: ≥ 90% of ages 15–35 literate at level 1; ĐBKK communes: ages 15–25. */
export const literacy1: StandardRule = (version, survey) => assess(version, survey, 'LITERACY_1', []);

/**
 * Literacy level 2, Nghị định 20/2014/NĐ-CP: ≥ 90% of ages 15–60 literate at level 2; ĐBKK
 * communes: ages 15–35. DOMAIN.md states no prerequisite, so literacy level 1 is not required here.
 */
export const literacy2: StandardRule = (version, survey) => assess(version, survey, 'LITERACY_2', []);

/** The rule of each standard, by code. */
export const STANDARD_RULES: { readonly [S in StandardCode]: StandardRule } = {
  PRESCHOOL_5: preschool5,
  PRIMARY_1: primary1,
  PRIMARY_2: primary2,
  PRIMARY_3: primary3,
  LOWER_SECONDARY_1: lowerSecondary1,
  LOWER_SECONDARY_2: lowerSecondary2,
  LOWER_SECONDARY_3: lowerSecondary3,
  LITERACY_1: literacy1,
  LITERACY_2: literacy2,
};

/** Every standard for one commune, in the order of STANDARD_CODES. Throws on figures `validateFigures` rejects. */
export function evaluateCommuneStandards(version: StandardsRuleVersion, survey: CommuneSurvey): StandardResult[] {
  return STANDARD_CODES.map((standard) => STANDARD_RULES[standard](version, survey));
}
