/**
 * Pure rules of membership of the UNESCO Global Network of Learning Cities (GNLC): the biennial
 * progress reports and eligibility for the UNESCO Learning City Award (DOMAIN.md, "UNESCO Global
 * Network of Learning Cities (GNLC)"). Dates are `YYYY-MM-DD` strings.
 */
import type { FieldProblem } from '../../common/errors.js';
import {
  AWARD_MIN_MEMBERSHIP_MONTHS,
  AWARD_WINNER_WAIT_YEARS,
  NOMINATIONS_PER_COUNTRY,
  PROGRESS_REPORT_YEARS,
} from './membership.data.js';

export { NOMINATIONS_PER_COUNTRY } from './membership.data.js';

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on YYYY-MM-DD days.

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

/** The same day `months` months later; a day the target month lacks becomes its last day (29 Feb + 12 months = 28 Feb). */
export function addMonths(day: string, months: number): string {
  const d = asDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return asDay(target);
}

export function addDays(day: string, days: number): string {
  const d = asDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return asDay(d);
}

// ---------------------------------------------------------------------------------------------
// Membership: award eligibility and progress reports.

/** When a membership is known: the day of UIL's decision, or only its year. */
export interface MembershipStart {
  joinedOn?: string | null;
  joinedYear: number;
}

/**
 * The day a membership counts from. When only the year of joining is known, it counts from
 * 31 December of that year: the latest day it can have begun, so that a membership's length, and
 * with it award eligibility, is never overstated.
 */
export function membershipCountsFrom(m: MembershipStart): string {
  return m.joinedOn ?? `${m.joinedYear}-12-31`;
}

/** One reason a city may not be nominated, with a stable rule code. */
export interface EligibilityReason {
  rule: 'MEMBERSHIP_UNDER_12_MONTHS' | 'WINNER_WAITS_6_YEARS';
  message: string;
}

export interface AwardEligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
  /** The day the membership counts from (see `membershipCountsFrom`). */
  countsFrom: string;
  /** The first day on which both rules are met. */
  eligibleFrom: string;
}

/**
 * Whether a member may be nominated for the UNESCO Learning City Award on `nominationDay`:
 * - MEMBERSHIP_UNDER_12_MONTHS: it must have been a member for strictly more than 12 months, so
 *   a city that joined on 2024-03-10 is eligible from 2025-03-11, not on 2025-03-10;
 * - WINNER_WAITS_6_YEARS: a past winner waits 6 years from its last win: it is eligible again on
 *   the sixth anniversary of `lastWonOn`.
 */
export function awardEligibility(input: {
  joinedOn?: string | null;
  joinedYear: number;
  nominationDay: string;
  lastWonOn?: string | null;
}): AwardEligibility {
  const countsFrom = membershipCountsFrom(input);
  const reasons: EligibilityReason[] = [];
  const fullYear = addMonths(countsFrom, AWARD_MIN_MEMBERSHIP_MONTHS);
  const afterMembership = addDays(fullYear, 1);
  if (input.nominationDay <= fullYear)
    reasons.push({
      rule: 'MEMBERSHIP_UNDER_12_MONTHS',
      message: `a member is eligible after more than ${AWARD_MIN_MEMBERSHIP_MONTHS} months of membership; this membership counts from ${countsFrom}${input.joinedOn ? '' : ` (only the year ${input.joinedYear} is known)`}, so it is eligible from ${afterMembership}`,
    });
  let eligibleFrom = afterMembership;
  if (input.lastWonOn) {
    const waitEnds = addMonths(input.lastWonOn, AWARD_WINNER_WAIT_YEARS * 12);
    if (input.nominationDay < waitEnds)
      reasons.push({
        rule: 'WINNER_WAITS_6_YEARS',
        message: `past winners wait ${AWARD_WINNER_WAIT_YEARS} years; this city won on ${input.lastWonOn}, so it may be nominated again from ${waitEnds}`,
      });
    if (waitEnds > eligibleFrom) eligibleFrom = waitEnds;
  }
  return { eligible: reasons.length === 0, reasons, countsFrom, eligibleFrom };
}

/**
 * The day a win counts from: the day the outcome was decided when known, else 31 December of the
 * award's year, the latest it can have been, so the 6-year wait is never shortened.
 */
export function wonOn(nomination: { awardYear: number; outcomeOn?: string | null }): string {
  return nomination.outcomeOn ?? `${nomination.awardYear}-12-31`;
}

/**
 * Checks a nomination for the award: the city must be eligible on the day it is nominated (each
 * reason becomes a problem on `membershipId`), the National Commission may nominate at most
 * NOMINATIONS_PER_COUNTRY cities per award, and the day may not be in the future.
 */
export function checkNomination(input: {
  eligibility: AwardEligibility;
  nominatedOn: string;
  awardYear: number;
  /** Other cities the National Commission has already nominated for this award. */
  alreadyNominated: number;
  today: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = input.eligibility.reasons.map((r) => ({
    field: 'membershipId',
    rule: r.rule,
    message: r.message,
  }));
  if (!Number.isInteger(input.awardYear) || input.awardYear < 1000 || input.awardYear > 9999)
    problems.push({ field: 'awardYear', rule: 'YEAR', message: 'must be a four-digit year' });
  if (input.alreadyNominated >= NOMINATIONS_PER_COUNTRY)
    problems.push({
      field: 'awardYear',
      rule: 'NOMINATIONS_PER_COUNTRY',
      message: `each National Commission nominates at most ${NOMINATIONS_PER_COUNTRY} cities for the ${input.awardYear} award; ${input.alreadyNominated} already are`,
    });
  if (input.nominatedOn > input.today)
    problems.push({ field: 'nominatedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  return problems;
}

/** A biennial reporting period: two calendar years, e.g. "2021-2022". */
export interface ProgressPeriod {
  period: string;
  from: string;
  to: string;
}

const firstYearOf = (m: MembershipStart) => (m.joinedOn ? Number(m.joinedOn.slice(0, 4)) : m.joinedYear);

const periodOf = (firstYear: number): ProgressPeriod => {
  const lastYear = firstYear + PROGRESS_REPORT_YEARS - 1;
  return { period: `${firstYear}-${lastYear}`, from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
};

/**
 * The reporting periods of a membership that have ended by `day` (their last day is before it).
 * DOMAIN.md says only that reports are biennial; this platform's convention, kept here alone so it
 * is changed in one place, is two calendar years starting with the first full year of membership
 * (joined in 2020: "2021-2022", "2023-2024", …).
 */
export function endedProgressPeriods(m: MembershipStart, day: string): ProgressPeriod[] {
  const periods: ProgressPeriod[] = [];
  for (let first = firstYearOf(m) + 1; ; first += PROGRESS_REPORT_YEARS) {
    const p = periodOf(first);
    if (p.to >= day) return periods;
    periods.push(p);
  }
}

/** Whether `period` names one of the membership's reporting periods (ended or not). */
export function isProgressPeriod(m: MembershipStart, period: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(period);
  if (!match) return false;
  const first = Number(match[1]);
  const offset = first - (firstYearOf(m) + 1);
  return offset >= 0 && offset % PROGRESS_REPORT_YEARS === 0 && periodOf(first).period === period;
}

/** The ended reporting periods without a report on `today`: reports the member owes to stay a member. */
export function progressReportsDue(
  m: MembershipStart,
  reports: readonly { period: string }[],
  today: string,
): ProgressPeriod[] {
  const reported = new Set(reports.map((r) => r.period));
  return endedProgressPeriods(m, today).filter((p) => !reported.has(p.period));
}

/** Checks a progress report before it is recorded. */
export function checkProgressReport(
  input: { period: string; submittedOn: string; summary: string },
  m: MembershipStart,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isProgressPeriod(m, input.period)) {
    const next = periodOf(firstYearOf(m) + 1).period;
    problems.push({
      field: 'period',
      rule: 'PERIOD',
      message: `must be a biennial period of this membership, like "${next}" (two calendar years from the first full year of membership)`,
    });
  }
  if (input.submittedOn > today)
    problems.push({ field: 'submittedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (!input.summary.trim()) problems.push({ field: 'summary', rule: 'REQUIRED', message: 'must not be empty' });
  return problems;
}
