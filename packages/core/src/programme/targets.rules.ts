import type { TargetDefinition } from './targets.data.js';

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
