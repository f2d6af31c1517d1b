/**
 * The reporting cycle in analytics: which (data set, period) pairs a query covers, each with the
 * day its map is read on (the period's last day, so a commune merged on 1/7/2025 is expected for
 * 2025H1 and not for 2025H2 or 2025) and its due day. Pure; the SQL joins these to the units.
 */
import { dueOn, parsePeriod } from '../reporting/period.rules.js';
import type { PeriodType } from '../reporting/reporting.model.js';

/** A data set as the planner needs it. */
export interface ReportingSet {
  readonly code: string;
  readonly periodType: PeriodType;
  readonly reportingLevel: 'COMMUNE' | 'DISTRICT' | 'PROVINCE';
  readonly dueDays: number;
  readonly validFrom: string;
  readonly validTo?: string | null;
  /** A plugin's set: the provinces (unit ids) it serves on a day. Absent: every province. */
  readonly servedOn?: (day: string) => readonly string[];
}

export interface ExpectedPeriod {
  readonly dataSetCode: string;
  readonly level: 'COMMUNE' | 'DISTRICT' | 'PROVINCE';
  readonly period: string;
  readonly year: number;
  readonly endOn: string;
  readonly dueOn: string;
  /** Only units in these provinces are expected; null: every province. */
  readonly provinces: readonly string[] | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period codes of a type in a year, in order. */
export function periodsOfYear(type: PeriodType, year: number): string[] {
  switch (type) {
    case 'YEARLY':
      return [String(year)];
    case 'HALF_YEARLY':
      return [`${year}H1`, `${year}H2`];
    case 'QUARTERLY':
      return [1, 2, 3, 4].map((q) => `${year}Q${q}`);
    case 'MONTHLY':
      return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  }
}

/**
 * The periods of each set that a query covers: those of the years (or, with `periods`, only the
 * codes named that fit the set's period type), begun by `today`, while the set was in use.
 */
export function expectedPeriods(
  sets: readonly ReportingSet[],
  on: { years: { from: number; to: number }; periods?: readonly string[]; today: string },
): ExpectedPeriod[] {
  const out: ExpectedPeriod[] = [];
  for (const set of sets)
    for (let year = on.years.from; year <= on.years.to; year++)
      for (const code of periodsOfYear(set.periodType, year)) {
        if (on.periods && !on.periods.includes(code)) continue;
        const period = parsePeriod(code)!;
        if (period.startOn > on.today) continue;
        if (set.validFrom > period.endOn || (set.validTo && set.validTo < period.startOn)) continue;
        out.push({
          dataSetCode: set.code,
          level: set.reportingLevel,
          period: code,
          year,
          endOn: period.endOn,
          dueOn: dueOn(period, set.dueDays),
          provinces: set.servedOn ? set.servedOn(period.endOn) : null,
        });
      }
  return out;
}
