import type { FieldProblem } from '../../common/errors.js';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';

/** What an indicator's denominator counts, so nobody reads a proxy as the population. */
export type DenominatorBasis =
  'SUBJECTS_ON_RECORD' | 'VILLAGES_ON_MAP' | 'POPULATION' | 'PROVINCES' | 'REPORTED_VALUES';

export interface TargetProgress {
  readonly code: string;
  /** Numerator and denominator of the indicator; null when the platform cannot compute them yet. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** What the denominator counts (or would count); null when the target is not computed at all. */
  readonly denominatorBasis: DenominatorBasis | null;
  /** The indicator's value, 0–1; null when not computed or the denominator is 0. */
  readonly value: number | null;
  /** The target, 0–1. */
  readonly target: number;
  /** value / target, capped at 1; null when value is. */
  readonly progress: number | null;
  readonly met: boolean;
  /** Why there is no value, when there is none. */
  readonly note: string | null;
  /** What the value does not mean: proxies, counts as of today, unverified rules behind it. */
  readonly caveats: readonly string[];
}

/** The denominator's basis for a formula. */
export function denominatorBasis(target: TargetDefinition): DenominatorBasis | null {
  const f = target.formula;
  switch (f.kind) {
    case 'RECOGNISED_SHARE':
      return 'villages' in f.denominator ? 'VILLAGES_ON_MAP' : 'SUBJECTS_ON_RECORD';
    case 'POPULATION_SHARE':
      return 'POPULATION';
    case 'PROVINCES_MEETING':
      return 'PROVINCES';
    case 'REPORTED_SHARE':
      return 'REPORTED_VALUES';
    case 'NOT_YET_COMPUTED':
      return null;
  }
}

const WHO: Record<string, string> = {
  HOUSEHOLD: 'households',
  CLAN: 'clans',
  CITIZEN: 'citizens',
  ORGANISATION: 'organisations',
};

/**
 * What a computed value does not mean, for a year of data seen on `today`. Subjects carry no dates
 * of their own, so a past year's denominator is today's record: say so (issue 16), until the
 * reporting cycle's data sets give yearly counts.
 */
export function targetCaveats(target: TargetDefinition, year: number, today: string): string[] {
  const f = target.formula;
  const caveats: string[] = [];
  if (f.kind === 'RECOGNISED_SHARE' && 'subjectKind' in f.denominator) {
    const who = WHO[f.denominator.subjectKind] ?? 'subjects';
    if (year < Number(today.slice(0, 4)))
      caveats.push(
        `The denominator is the ${who} on record today (${today}), not as of ${year}: the platform keeps no yearly count of ${who}; the reporting cycle’s data sets will provide one.`,
      );
    caveats.push(`The denominator counts ${who} on record in the platform, which may not be all of them.`);
  }
  if (f.kind === 'REPORTED_SHARE')
    caveats.push(
      `Sums the ${year} ${f.dataSet} reports submitted or approved in the subtree that give both ${f.numerator} and ${f.denominator}; units that have not reported are left out (see reportingStatus).`,
    );
  if (f.kind === 'RECOGNISED_SHARE' && f.managedAt === 'COMMUNE')
    caveats.push('Only organisations managed by a commune count, in the numerator and the denominator.');
  return caveats;
}

/** The extras a caller knows beyond the two parts: a note when nothing is computed, more caveats. */
export interface ProgressContext {
  readonly note?: string;
  readonly caveats?: readonly string[];
}

/** Progress towards a target from the indicator's two parts (null when they cannot be computed). */
export function targetProgress(
  target: TargetDefinition,
  parts: { numerator: number | null; denominator: number | null } | null,
  context: ProgressContext = {},
): TargetProgress {
  const goal = target.percent / 100;
  const basis = denominatorBasis(target);
  const caveats = [...(context.caveats ?? [])];
  const f = target.formula;
  const needs = f.kind === 'NOT_YET_COMPUTED' || f.kind === 'POPULATION_SHARE' ? f.needs : null;
  if (!parts || parts.numerator === null || parts.denominator === null)
    return {
      code: target.code,
      numerator: parts?.numerator ?? null,
      denominator: null,
      denominatorBasis: basis,
      value: null,
      target: goal,
      progress: null,
      met: false,
      note: context.note ?? (needs ? `Not computed yet: needs ${needs}.` : null),
      caveats,
    };
  const { numerator, denominator } = parts;
  const value = denominator > 0 ? numerator / denominator : null;
  return {
    code: target.code,
    numerator,
    denominator,
    denominatorBasis: basis,
    value,
    target: goal,
    progress: value === null ? null : goal === 0 ? 1 : Math.min(1, value / goal),
    // Integer cross-multiplication: a share exactly at the target meets it, without float noise.
    met: denominator > 0 && numerator * 100 >= target.percent * denominator,
    note: value === null ? (context.note ?? 'No subjects on record in this unit.') : null,
    caveats,
  };
}

/** A unit's own target measures a national target's indicator, with a percent, a year and its document. */
export function checkUnitTarget(input: {
  indicator: string;
  year: number;
  percent: number;
  source: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!NATIONAL_TARGETS.some((t) => t.code === input.indicator))
    problems.push({ field: 'indicator', rule: 'EXISTS', message: 'must be the code of a national target' });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    problems.push({ field: 'year', rule: 'RANGE', message: 'must be a year from 2000 to 2100' });
  if (!(input.percent >= 0 && input.percent <= 100))
    problems.push({ field: 'percent', rule: 'RANGE', message: 'must be from 0 to 100' });
  if (!input.source.trim()) problems.push({ field: 'source', rule: 'REQUIRED', message: 'must name the document' });
  return problems;
}
