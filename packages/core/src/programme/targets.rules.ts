import type { FieldProblem } from '../common/errors.js';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';

export interface TargetProgress {
  readonly code: string;
  /** Numerator and denominator of the indicator; null when the platform cannot compute it yet. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The indicator's value, 0–1; null when not computed or the denominator is 0. */
  readonly value: number | null;
  /** The target, 0–1. */
  readonly target: number;
  /** value / target, capped at 1; null when value is. */
  readonly progress: number | null;
  readonly met: boolean;
  /** Why there is no value, when there is none. */
  readonly note: string | null;
}

/** Progress towards a target from the indicator's two parts (null when they cannot be computed). */
export function targetProgress(
  target: TargetDefinition,
  parts: { numerator: number; denominator: number } | null,
): TargetProgress {
  const goal = target.percent / 100;
  if (!parts)
    return {
      code: target.code,
      numerator: null,
      denominator: null,
      value: null,
      target: goal,
      progress: null,
      met: false,
      note: target.formula.kind === 'NOT_YET_COMPUTED' ? `Not computed yet: needs ${target.formula.needs}.` : null,
    };
  const value = parts.denominator > 0 ? parts.numerator / parts.denominator : null;
  return {
    code: target.code,
    ...parts,
    value,
    target: goal,
    progress: value === null ? null : goal === 0 ? 1 : Math.min(1, value / goal),
    // Integer cross-multiplication: a share exactly at the target meets it, without float noise.
    met: parts.denominator > 0 && parts.numerator * 100 >= target.percent * parts.denominator,
    note: value === null ? 'No subjects on record in this unit.' : null,
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
