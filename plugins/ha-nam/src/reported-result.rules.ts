/**
 * What a reported result must look like before it is stored: pure, so the seed data is checked
 * without a database. A result is either a count (numerator of denominator units) or a standard
 * reported met without counts; it belongs to a province the plugin served on the day reported.
 */
import type { FieldProblem, PluginProvince } from '@hoctap/plugin-sdk';

export interface ReportedResultSeed {
  readonly unitCode: string;
  readonly indicator: string;
  readonly description: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly met?: boolean;
  readonly standardCode?: string;
  readonly coverageLevel?: 'DISTRICT' | 'COMMUNE';
  readonly reportedOn: string;
  readonly source: string;
}

/** The core's education-standard codes (DESIGN.md, `educationStandards`). */
export const STANDARD_CODES: readonly string[] = [
  'PRESCHOOL_5',
  'PRIMARY_1',
  'PRIMARY_2',
  'PRIMARY_3',
  'LOWER_SECONDARY_1',
  'LOWER_SECONDARY_2',
  'LOWER_SECONDARY_3',
  'LITERACY_1',
  'LITERACY_2',
];

const INDICATOR = /^[A-Z][A-Z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
const isCount = (value: number | undefined): value is number => Number.isInteger(value) && (value as number) >= 0;

export function checkReportedResult(seed: ReportedResultSeed, claims: readonly PluginProvince[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
  for (const field of ['indicator', 'description', 'source'] as const)
    if (!seed[field].trim()) add(field, 'REQUIRED', 'must not be empty');
  if (seed.indicator.trim() && !INDICATOR.test(seed.indicator))
    add('indicator', 'FORMAT', 'must be UPPER_SNAKE_CASE, e.g. STEERING_COMMITTEES_COMMUNE');
  if (!isDate(seed.reportedOn)) add('reportedOn', 'DATE', 'must be a date, YYYY-MM-DD');
  else if (
    !claims.some(
      (c) =>
        c.code === seed.unitCode && (c.from ?? '') <= seed.reportedOn && seed.reportedOn <= (c.until ?? '9999-12-31'),
    )
  )
    add(
      'unitCode',
      'OUTSIDE_PLUGIN_PROVINCES',
      `${seed.unitCode} on ${seed.reportedOn} is none of the plugin's provinces: ${claims.map((c) => `${c.code} (${c.from ?? '…'} – ${c.until ?? '…'})`).join(', ')}`,
    );
  const counted = seed.numerator !== undefined || seed.denominator !== undefined;
  if (counted === (seed.met !== undefined))
    add('met', 'COUNTS_OR_MET', 'give either numerator and denominator, or met, not both and not neither');
  if (counted) {
    if (!isCount(seed.numerator)) add('numerator', 'COUNT', 'must be a whole number, 0 or more');
    if (!isCount(seed.denominator) || seed.denominator === 0)
      add('denominator', 'COUNT', 'must be a whole number, 1 or more');
    else if (isCount(seed.numerator) && seed.numerator > seed.denominator)
      add('numerator', 'AT_MOST_DENOMINATOR', 'must not exceed the denominator');
  }
  if (seed.standardCode !== undefined && !STANDARD_CODES.includes(seed.standardCode))
    add('standardCode', 'KNOWN_STANDARD', `must be one of ${STANDARD_CODES.join(', ')}`);
  if (seed.coverageLevel !== undefined && !counted)
    add('coverageLevel', 'COUNTS_ONLY', 'a coverage level goes with counts of units');
  return problems;
}
