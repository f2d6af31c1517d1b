/**
 * Checking a criteria set, checking a score sheet, and rating a sheet against its set (DOMAIN.md,
 * "Learning models: who sets criteria, how they score"): pure functions over the plain data of
 * criteria.model.ts. The numbers (points, pass marks, thresholds) are data and change by set; how a
 * total, a minimum and a per-grade threshold combine into a rating is written once, here.
 */
import type { FieldProblem } from '../common/errors.js';
import type {
  CriteriaSetDefinition,
  CriterionDefinition,
  CriterionResult,
  GradeDefinition,
  IndicatorDefinition,
  IndicatorKind,
  RatingOutcome,
  RatingReason,
  Score,
} from './criteria.model.js';

/** Indicator codes become CSV column names, so they keep to characters no spreadsheet needs quoted. */
const INDICATOR_CODE = /^[A-Za-z0-9._-]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------------------------------------
// The set

/**
 * Every problem with a set's definition, in English, one line each; empty when the set can rate
 * sheets. A set is data that a province plugin may supply, so nothing about it is trusted.
 */
export function checkCriteriaSet(set: CriteriaSetDefinition): string[] {
  return [
    ...checkValidity(set),
    ...checkGrades(set.grades, maxTotalOf(set)),
    ...checkStructure(set),
    ...allIndicators(set).flatMap((indicator) => checkIndicator(indicator, set.grades)),
  ];
}

function checkValidity(set: CriteriaSetDefinition): string[] {
  const problems: string[] = [];
  const fromOk = isIsoDate(set.validFrom);
  if (!fromOk) problems.push(`validFrom "${set.validFrom}" is not a date (YYYY-MM-DD)`);
  if (set.validTo !== null) {
    if (!isIsoDate(set.validTo)) problems.push(`validTo "${set.validTo}" is not a date (YYYY-MM-DD)`);
    else if (fromOk && set.validTo < set.validFrom)
      problems.push(`validTo ${set.validTo} is before validFrom ${set.validFrom}`);
  }
  if (set.unitTier !== undefined && set.modelKind !== 'LEARNING_UNIT')
    problems.push(`unitTier ${set.unitTier} is for LEARNING_UNIT sets only, not ${set.modelKind}`);
  return problems;
}

/** ISO dates compare correctly as strings, but only when they are real dates ("2023-02-30" is not). */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkGrades(grades: readonly GradeDefinition[], maxTotal: number): string[] {
  if (grades.length === 0) return ['the set has no grades'];
  const problems: string[] = [];
  for (const code of duplicates(grades.map((g) => g.code))) problems.push(`grade code ${code} is used more than once`);
  let lastWithTotal: GradeDefinition | undefined;
  for (const grade of grades) {
    if (grade.code.trim() === '') problems.push('a grade has a blank code');
    if (grade.minTotal === undefined) continue;
    if (!Number.isFinite(grade.minTotal) || grade.minTotal < 0)
      problems.push(`grade ${grade.code} has minTotal ${grade.minTotal}; it must be a number, 0 or more`);
    else if (grade.minTotal > maxTotal)
      problems.push(`grade ${grade.code} needs a total of ${grade.minTotal} but the set's maximum is ${maxTotal}`);
    // Grades are listed lowest first, so a pass mark that falls means the order or a number is wrong.
    if (lastWithTotal?.minTotal !== undefined && grade.minTotal < lastWithTotal.minTotal)
      problems.push(
        `grade ${grade.code} needs a total of ${grade.minTotal}, less than the ${lastWithTotal.minTotal} of ${lastWithTotal.code} below it`,
      );
    lastWithTotal = grade;
  }
  return problems;
}

function checkStructure(set: CriteriaSetDefinition): string[] {
  const problems: string[] = [];
  if (set.criteria.length === 0) problems.push('the set has no criteria');
  for (const code of duplicates(set.criteria.map((c) => c.code)))
    problems.push(`criterion code ${code} is used more than once`);
  for (const code of duplicates(allIndicators(set).map((i) => i.code)))
    problems.push(`indicator code ${code} is used more than once (indicator codes are unique across the set)`);
  for (const criterion of set.criteria) {
    if (criterion.code.trim() === '') problems.push('a criterion has a blank code');
    if (criterion.indicators.length === 0) problems.push(`criterion ${criterion.code} has no indicators`);
    const max = criterionMax(criterion);
    if (criterion.minScore !== undefined && !(Number.isFinite(criterion.minScore) && criterion.minScore >= 0))
      problems.push(`criterion ${criterion.code} has minScore ${criterion.minScore}; it must be a number, 0 or more`);
    else if (criterion.minScore !== undefined && criterion.minScore > max)
      problems.push(`criterion ${criterion.code} has minScore ${criterion.minScore} above its maximum ${max}`);
  }
  return problems;
}

function checkIndicator(indicator: IndicatorDefinition, grades: readonly GradeDefinition[]): string[] {
  const at = `indicator ${indicator.code}`;
  const problems: string[] = [];
  if (!INDICATOR_CODE.test(indicator.code))
    problems.push(`${at}: the code may use only letters, digits, ".", "_" and "-" (it becomes a CSV column name)`);
  switch (indicator.kind) {
    case 'POINTS':
      problems.push(...checkPoints(indicator));
      break;
    case 'PASS_FAIL':
      break;
    case 'PERCENT':
      problems.push(...checkPercent(indicator, grades));
      break;
  }
  // A field the kind ignores is a mistake in the data: its author expected it to count.
  const misplaced: [string, unknown, readonly IndicatorKind[]][] = [
    ['maxScore', indicator.maxScore, ['POINTS']],
    ['minScore', indicator.minScore, ['POINTS']],
    ['thresholds', indicator.thresholds, ['PERCENT']],
    ['requiredFor', indicator.requiredFor, ['PASS_FAIL', 'PERCENT']],
  ];
  for (const [field, value, kinds] of misplaced)
    if (value !== undefined && !kinds.includes(indicator.kind))
      problems.push(`${at}: ${field} applies to ${kinds.join(' and ')} indicators only, not ${indicator.kind}`);
  for (const code of indicator.requiredFor ?? []) {
    const grade = grades.find((g) => g.code === code);
    if (grade === undefined) problems.push(`${at}: requiredFor names unknown grade ${code}`);
    else if (!grade.allIndicatorsMet)
      problems.push(`${at}: requiredFor names grade ${code}, which does not check indicators (allIndicatorsMet)`);
  }
  return problems;
}

function checkPoints(indicator: IndicatorDefinition): string[] {
  const at = `indicator ${indicator.code}`;
  const { maxScore, minScore } = indicator;
  const max = validMax(maxScore);
  const problems: string[] = [];
  if (max === 0) problems.push(`${at}: a POINTS indicator needs a positive maxScore (has ${String(maxScore)})`);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0))
    problems.push(`${at}: minScore ${minScore} must be a number, 0 or more`);
  else if (minScore !== undefined && max > 0 && minScore > max)
    problems.push(`${at}: minScore ${minScore} is above maxScore ${max}`);
  return problems;
}

function checkPercent(indicator: IndicatorDefinition, grades: readonly GradeDefinition[]): string[] {
  const at = `indicator ${indicator.code}`;
  const thresholds = Object.entries(indicator.thresholds ?? {});
  if (thresholds.length === 0) return [`${at}: a PERCENT indicator needs thresholds per grade`];
  const problems: string[] = [];
  for (const [grade, threshold] of thresholds) {
    if (!grades.some((g) => g.code === grade)) problems.push(`${at}: thresholds name unknown grade ${grade}`);
    if (!(Number.isFinite(threshold) && threshold >= 0 && threshold <= 100))
      problems.push(`${at}: the threshold for ${grade} is ${threshold}; it must be between 0 and 100`);
  }
  for (const grade of gradesNeeding(indicator, grades))
    if (thresholdFor(indicator, grade.code) === undefined)
      problems.push(`${at}: no threshold for grade ${grade.code}, which needs the indicator met`);
  return problems;
}

/** Each code that occurs more than once, once, in order of first occurrence. */
function duplicates(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of codes) (seen.has(code) ? repeated : seen).add(code);
  return [...repeated];
}

// ---------------------------------------------------------------------------------------------
// The score sheet

export type ScoreSheetRule =
  | 'UNKNOWN_INDICATOR'
  | 'DUPLICATE_INDICATOR'
  | 'NOT_FINITE'
  | 'NEGATIVE'
  | 'ABOVE_MAX'
  | 'NOT_PASS_FAIL'
  | 'PERCENT_RANGE'
  | 'MISSING_INDICATOR';

export interface ScoreSheetProblem extends FieldProblem {
  readonly rule: ScoreSheetRule;
}

export interface ScoreSheetOptions {
  /** Whether every required indicator must be scored: true (the default) to submit, false for a draft. */
  readonly complete?: boolean;
}

/**
 * At most one problem per offending indicator, in sheet order, each on `scores.<code>` so a client
 * can show it beside the input (`scores[<i>]` when the code is unknown or blank). A repeated
 * indicator is reported once, as DUPLICATE_INDICATOR, since which of its values counts is unclear.
 * Value rules are checked in order NOT_FINITE, NEGATIVE (any kind), then the kind's own rule.
 */
export function validateScoreSheet(
  set: CriteriaSetDefinition,
  scores: readonly Score[],
  options: ScoreSheetOptions = {},
): ScoreSheetProblem[] {
  const indicators = new Map(allIndicators(set).map((i) => [i.code, i]));
  const counts = new Map<string, number>();
  for (const { indicatorCode } of scores) counts.set(indicatorCode, (counts.get(indicatorCode) ?? 0) + 1);
  const reported = new Set<string>();
  const problems: ScoreSheetProblem[] = [];
  scores.forEach((score, i) => {
    const code: unknown = score.indicatorCode;
    const indicator = typeof code === 'string' ? indicators.get(code) : undefined;
    if (indicator === undefined) {
      const blank = typeof code !== 'string' || code.trim() === '';
      const message = blank
        ? `entry ${i} names no indicator`
        : `indicator ${String(code)} is not in criteria set ${set.code}`;
      problems.push({ field: `scores[${i}]`, rule: 'UNKNOWN_INDICATOR', message });
      return;
    }
    if (reported.has(indicator.code)) return;
    reported.add(indicator.code);
    const count = counts.get(indicator.code) ?? 0;
    const problem =
      count > 1
        ? { rule: 'DUPLICATE_INDICATOR' as const, message: `indicator ${indicator.code} is scored ${count} times` }
        : valueProblem(indicator, score.value);
    if (problem !== undefined) problems.push({ field: `scores.${indicator.code}`, ...problem });
  });
  if (options.complete ?? true)
    for (const code of missingIndicators(set, scores))
      problems.push({
        field: `scores.${code}`,
        rule: 'MISSING_INDICATOR',
        message: `indicator ${code} is required but has no score`,
      });
  return problems;
}

function valueProblem(
  indicator: IndicatorDefinition,
  value: number,
): { rule: ScoreSheetRule; message: string } | undefined {
  const scores = `indicator ${indicator.code} scores ${String(value)}`;
  if (!Number.isFinite(value)) return { rule: 'NOT_FINITE', message: `${scores} but a score must be a finite number` };
  if (value < 0) return { rule: 'NEGATIVE', message: `${scores} but a score cannot be negative` };
  switch (indicator.kind) {
    case 'POINTS':
      return indicator.maxScore !== undefined && value > indicator.maxScore
        ? { rule: 'ABOVE_MAX', message: `${scores} but its maximum is ${indicator.maxScore}` }
        : undefined;
    case 'PASS_FAIL':
      return value === 0 || value === 1
        ? undefined
        : { rule: 'NOT_PASS_FAIL', message: `${scores} but a pass/fail indicator scores 1 (met) or 0 (not met)` };
    case 'PERCENT':
      return value > 100
        ? { rule: 'PERCENT_RANGE', message: `${scores} but a percentage is between 0 and 100` }
        : undefined;
  }
}

/** Codes of the required (non-optional) indicators the sheet does not score, in the set's order. */
export function missingIndicators(set: CriteriaSetDefinition, scores: readonly Score[]): string[] {
  const scored = new Set(scores.map((s) => s.indicatorCode));
  return allIndicators(set)
    .filter((i) => !i.optional && !scored.has(i.code))
    .map((i) => i.code);
}

// ---------------------------------------------------------------------------------------------
// The rating

/** What the grade conditions are checked against. */
interface Sheet {
  readonly set: CriteriaSetDefinition;
  readonly total: number;
  readonly results: ReadonlyMap<string, CriterionResult>;
  value(code: string): number;
}

/**
 * The rating of a sheet: the highest grade (grades ascend) all of whose conditions hold, and every
 * condition that failed for each grade above it. An indicator the sheet leaves out counts 0 / not
 * met, so a draft can be previewed. Sums are rounded to 2 decimals so that 0.1 + 0.2 totals 0.3.
 *
 * Throws RangeError on an invalid set or on sheet problems other than missing indicators: callers
 * check first (checkCriteriaSet, validateScoreSheet), and a rating of bad data must not look
 * trustworthy.
 */
export function rate(set: CriteriaSetDefinition, scores: readonly Score[]): RatingOutcome {
  const problems = [
    ...checkedSet(set),
    ...validateScoreSheet(set, scores, { complete: false }).map((p) => `${p.field}: ${p.message}`),
  ];
  if (problems.length > 0) throw new RangeError(`Cannot rate against ${set.code}: ${problems.join('; ')}`);

  const values = new Map(scores.map((s) => [s.indicatorCode, s.value]));
  const value = (code: string): number => values.get(code) ?? 0;
  const criteria = set.criteria.map((c) => criterionResult(c, set.grades, value));
  const sheet: Sheet = {
    set,
    total: round2(sum(criteria.map((c) => c.score))),
    results: new Map(criteria.map((c) => [c.code, c])),
    value,
  };
  const unmet = set.grades.map((grade) => unmetConditions(sheet, grade));
  const reached = unmet.findLastIndex((reasons) => reasons.length === 0);
  const grade = reached >= 0 ? set.grades[reached] : undefined;
  return {
    total: sheet.total,
    maxTotal: maxTotalOf(set),
    criteria,
    rating: grade?.code ?? null,
    recognised: grade?.recognised ?? false,
    reasons: unmet.slice(reached + 1).flat(),
  };
}

/**
 * `met` follows the model: every PASS_FAIL/PERCENT indicator met at the lowest grade that needs it,
 * and the criterion's minimum reached. The minimums of its POINTS indicators count as well, since a
 * criterion with an index below its minimum is what stands between the subject and recognition.
 */
function criterionResult(
  criterion: CriterionDefinition,
  grades: readonly GradeDefinition[],
  value: (code: string) => number,
): CriterionResult {
  const score = round2(sum(criterion.indicators.filter((i) => i.kind === 'POINTS').map((i) => value(i.code))));
  const indicatorsMet = criterion.indicators.every((indicator) => {
    if (indicator.kind === 'POINTS')
      return indicator.minScore === undefined || value(indicator.code) >= indicator.minScore;
    const lowest = gradesNeeding(indicator, grades)[0];
    return lowest === undefined || isMet(indicator, lowest.code, value(indicator.code));
  });
  const minimumReached = criterion.minScore === undefined || score >= criterion.minScore;
  return { code: criterion.code, score, maxScore: criterionMax(criterion), met: indicatorsMet && minimumReached };
}

/** The grade's conditions that the sheet fails, in the set's order; empty when the grade is reached. */
function unmetConditions(sheet: Sheet, grade: GradeDefinition): RatingReason[] {
  const reasons: RatingReason[] = [];
  if (grade.minTotal !== undefined && sheet.total < grade.minTotal)
    reasons.push({
      grade: grade.code,
      rule: 'MIN_TOTAL',
      en: `Total ${en(sheet.total)} is below ${en(grade.minTotal)} needed for ${grade.labelEn}`,
      vi: `Tổng điểm ${vi(sheet.total)} thấp hơn mức ${vi(grade.minTotal)} cần để đạt ${grade.label}`,
    });
  for (const criterion of sheet.set.criteria) {
    for (const indicator of criterion.indicators) {
      const reason = indicatorReason(sheet.value(indicator.code), indicator, grade);
      if (reason !== undefined) reasons.push({ ...reason, criterion: criterion.code, indicator: indicator.code });
    }
    const score = sheet.results.get(criterion.code)?.score ?? 0;
    if (grade.recognised && criterion.minScore !== undefined && score < criterion.minScore)
      reasons.push({
        grade: grade.code,
        rule: 'CRITERION_MIN',
        criterion: criterion.code,
        en: `Criterion ${criterion.code} scores ${en(score)}, below the minimum ${en(criterion.minScore)}`,
        vi: `Tiêu chí ${criterion.code} đạt ${vi(score)} điểm, dưới mức tối thiểu ${vi(criterion.minScore)}`,
      });
  }
  return reasons;
}

/** Minimums bar recognition only; indicators are checked only for grades that check them. */
function indicatorReason(
  value: number,
  indicator: IndicatorDefinition,
  grade: GradeDefinition,
): Omit<RatingReason, 'criterion' | 'indicator'> | undefined {
  const code = indicator.code;
  if (indicator.kind === 'POINTS') {
    if (!grade.recognised || indicator.minScore === undefined || value >= indicator.minScore) return undefined;
    return {
      grade: grade.code,
      rule: 'INDICATOR_MIN',
      en: `Indicator ${code} scores ${en(value)}, below the minimum ${en(indicator.minScore)}`,
      vi: `Chỉ số ${code} đạt ${vi(value)} điểm, dưới mức tối thiểu ${vi(indicator.minScore)}`,
    };
  }
  if (!countsFor(indicator, grade) || isMet(indicator, grade.code, value)) return undefined;
  const threshold = thresholdFor(indicator, grade.code);
  if (indicator.kind === 'PERCENT' && threshold !== undefined)
    return {
      grade: grade.code,
      rule: 'INDICATOR_NOT_MET',
      en: `Indicator ${code} is ${en(value)}%, below the ${en(threshold)}% needed for ${grade.labelEn}`,
      vi: `Chỉ số ${code} đạt ${vi(value)}%, thấp hơn mức ${vi(threshold)}% cần để đạt ${grade.label}`,
    };
  return {
    grade: grade.code,
    rule: 'INDICATOR_NOT_MET',
    en: `Indicator ${code} is not met; ${grade.labelEn} needs it met`,
    vi: `Chỉ số ${code} chưa đạt; cần đạt chỉ số này để đạt ${grade.label}`,
  };
}

/** Whether a PASS_FAIL or PERCENT indicator is met at a grade; a PERCENT without a threshold there never is. */
function isMet(indicator: IndicatorDefinition, grade: string, value: number): boolean {
  switch (indicator.kind) {
    case 'POINTS':
      return true;
    case 'PASS_FAIL':
      return value === 1;
    case 'PERCENT': {
      const threshold = thresholdFor(indicator, grade);
      return threshold !== undefined && value >= threshold;
    }
  }
}

/** A PASS_FAIL/PERCENT indicator counts for the grades it names, or by default every grade that checks indicators. */
function countsFor(indicator: IndicatorDefinition, grade: GradeDefinition): boolean {
  return (
    indicator.kind !== 'POINTS' &&
    grade.allIndicatorsMet === true &&
    (indicator.requiredFor === undefined || indicator.requiredFor.includes(grade.code))
  );
}

function gradesNeeding(indicator: IndicatorDefinition, grades: readonly GradeDefinition[]): GradeDefinition[] {
  return grades.filter((grade) => countsFor(indicator, grade));
}

/** Own keys only: a grade code such as "constructor" must not find Object.prototype's. */
function thresholdFor(indicator: IndicatorDefinition, grade: string): number | undefined {
  const thresholds = indicator.thresholds;
  return thresholds !== undefined && Object.hasOwn(thresholds, grade) ? thresholds[grade] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Sets are immutable values, so a set's check is done once per set object: rating a million
 * imported sheets against one set must not check the set a million times.
 */
const setChecks = new WeakMap<CriteriaSetDefinition, string[]>();
function checkedSet(set: CriteriaSetDefinition): string[] {
  let problems = setChecks.get(set);
  if (!problems) {
    problems = checkCriteriaSet(set);
    setChecks.set(set, problems);
  }
  return problems;
}

function allIndicators(set: CriteriaSetDefinition): IndicatorDefinition[] {
  return set.criteria.flatMap((c) => c.indicators);
}

/** A broken maxScore counts 0 here, so that checkCriteriaSet reports it once rather than in every total. */
function criterionMax(criterion: CriterionDefinition): number {
  return round2(sum(criterion.indicators.map((i) => (i.kind === 'POINTS' ? validMax(i.maxScore) : 0))));
}

function validMax(maxScore: number | undefined): number {
  return maxScore !== undefined && Number.isFinite(maxScore) && maxScore > 0 ? maxScore : 0;
}

function maxTotalOf(set: CriteriaSetDefinition): number {
  return round2(sum(set.criteria.map(criterionMax)));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Scores have at most 2 decimals in practice; rounding the sums hides binary floating-point noise. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function en(value: number): string {
  return String(value);
}

/** Vietnamese writes a decimal comma: 7,5 điểm. */
function vi(value: number): string {
  return String(value).replace('.', ',');
}
