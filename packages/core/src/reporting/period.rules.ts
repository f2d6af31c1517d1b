/**
 * Period codes, as DHIS2 writes them: `2025` (YEARLY), `2025H1`/`2025H2` (HALF_YEARLY),
 * `2025Q1`–`2025Q4` (QUARTERLY), `2025-01`–`2025-12` (MONTHLY). Pure: parse, first and last day,
 * due day (the last day plus the data set's due days; on the due day a report is on time).
 */
import type { PeriodType } from './reporting.model.js';

export interface Period {
  readonly code: string;
  readonly type: PeriodType;
  readonly year: number;
  /** ISO dates, inclusive. */
  readonly startOn: string;
  readonly endOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(code: string, type: PeriodType, year: number, [firstMonth, months]: [number, number]): Period {
  const lastMonth = firstMonth + months - 1;
  return {
    code,
    type,
    year,
    startOn: `${year}-${pad(firstMonth)}-01`,
    endOn: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/** The period a code names, or null when it names none (the type follows from the form). */
export function parsePeriod(code: string): Period | null {
  let m = /^(\d{4})$/.exec(code);
  if (m) return span(code, 'YEARLY', Number(m[1]), [1, 12]);
  m = /^(\d{4})H([12])$/.exec(code);
  if (m) return span(code, 'HALF_YEARLY', Number(m[1]), [Number(m[2]) === 1 ? 1 : 7, 6]);
  m = /^(\d{4})Q([1-4])$/.exec(code);
  if (m) return span(code, 'QUARTERLY', Number(m[1]), [(Number(m[2]) - 1) * 3 + 1, 3]);
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) return span(code, 'MONTHLY', Number(m[1]), [Number(m[2]), 1]);
  return null;
}

/** A day plus a number of days, ISO. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day a report for the period is on time. */
export const dueOn = (period: Period, dueDays: number): string => addDays(period.endOn, dueDays);

/** Submitted on or before the due day: on time; the day after: late; not submitted: null. */
export function isOnTime(submittedOn: string | null | undefined, due: string): boolean | null {
  if (!submittedOn) return null;
  return submittedOn <= due;
}

/** Why a code does not fit a data set's period type, or null when it fits. */
export function periodProblem(code: string, type: PeriodType): string | null {
  const period = parsePeriod(code);
  if (!period) return `${code} is no period code (2025, 2025H1, 2025Q3 or 2025-07)`;
  if (period.type !== type) return `${code} is a ${period.type} period; the data set is ${type}`;
  return null;
}
