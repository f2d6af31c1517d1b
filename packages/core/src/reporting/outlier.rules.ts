/**
 * Min/max outliers: a value far outside what the same unit reported for the same element and
 * part in its other periods (DHIS2's min-max check, with the range drawn from the unit's own
 * history). Warnings only, never errors: a commune that opened a new centre may well double its
 * participants. Pure.
 */
import type { ReportValue } from './reporting.model.js';

/** At least this many earlier values before a range is drawn: two points say little. */
export const MIN_HISTORY = 3;
/** The range is the history's mean ± this many standard deviations… */
export const SD_FACTOR = 3;
/** …and never narrower than ± this share of the mean (a flat history would flag any change). */
export const MIN_MARGIN = 0.1;

export interface HistoricValue {
  readonly element: string;
  /** '' or null: the element's total. */
  readonly category: string | null;
  readonly value: number;
}

export interface Outlier {
  readonly element: string;
  readonly category: string | null;
  readonly value: number;
  /** The range drawn from the history, inclusive. */
  readonly min: number;
  readonly max: number;
  /** How many earlier values the range is drawn from. */
  readonly history: number;
}

const keyOf = (element: string, category: string | null) => `${element}\u0001${category ?? ''}`;

/** The expected range of a history, or null when it is too short. */
export function rangeOf(history: readonly number[]): { min: number; max: number } | null {
  if (history.length < MIN_HISTORY) return null;
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
  const margin = Math.max(SD_FACTOR * sd, MIN_MARGIN * Math.abs(mean));
  // Counts and amounts cannot be negative; a range reaching below 0 starts at 0.
  return { min: Math.max(0, mean - margin), max: mean + margin };
}

/** The numeric values outside their range; values without enough history are not judged. */
export function findOutliers(values: readonly ReportValue[], history: readonly HistoricValue[]): Outlier[] {
  const byKey = new Map<string, number[]>();
  for (const h of history) {
    const key = keyOf(h.element, h.category || null);
    byKey.set(key, [...(byKey.get(key) ?? []), h.value]);
  }
  const out: Outlier[] = [];
  for (const v of values) {
    const value = Number(v.value);
    if (v.value.trim() === '' || !Number.isFinite(value)) continue;
    const past = byKey.get(keyOf(v.element, v.category)) ?? [];
    const range = rangeOf(past);
    if (range && (value < range.min || value > range.max))
      out.push({ element: v.element, category: v.category, value, ...range, history: past.length });
  }
  return out;
}
