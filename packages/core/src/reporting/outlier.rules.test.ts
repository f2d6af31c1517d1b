import { describe, expect, it } from 'vitest';
import { findOutliers, rangeOf, type HistoricValue } from './outlier.rules.js';

const past = (element: string, values: number[], category: string | null = null): HistoricValue[] =>
  values.map((value) => ({ element, category, value }));
const v = (element: string, value: string, category: string | null = null) => ({ element, category, value });

describe('rangeOf', () => {
  it('draws no range from fewer than three values', () => {
    expect(rangeOf([])).toBeNull();
    expect(rangeOf([10, 12])).toBeNull();
  });

  it('is the mean ± 3 standard deviations', () => {
    // mean 20, population sd √(200/3) ≈ 8.165: 20 ± 24.49, floored at 0.
    const r = rangeOf([10, 20, 30])!;
    expect(r.min).toBe(0);
    expect(r.max).toBeCloseTo(44.495, 3);
  });

  it('is never narrower than ± 10% of the mean: a flat history does not flag every change', () => {
    expect(rangeOf([100, 100, 100])).toEqual({ min: 90, max: 110 });
  });
});

describe('findOutliers', () => {
  const history = past('CLC_PARTICIPANTS', [100, 100, 100]);

  it('flags a value beyond the range on either side, and keeps values on its edges', () => {
    expect(findOutliers([v('CLC_PARTICIPANTS', '110')], history)).toEqual([]);
    expect(findOutliers([v('CLC_PARTICIPANTS', '90')], history)).toEqual([]);
    expect(findOutliers([v('CLC_PARTICIPANTS', '111')], history)).toEqual([
      { element: 'CLC_PARTICIPANTS', category: null, value: 111, min: 90, max: 110, history: 3 },
    ]);
    expect(findOutliers([v('CLC_PARTICIPANTS', '89')], history)).toHaveLength(1);
  });

  it('compares each part with the same part’s history only', () => {
    const parts = [
      ...past('CLC_PARTICIPANTS', [40, 40, 40], 'FEMALE'),
      ...past('CLC_PARTICIPANTS', [60, 60, 60], 'MALE'),
    ];
    expect(findOutliers([v('CLC_PARTICIPANTS', '60', 'FEMALE'), v('CLC_PARTICIPANTS', '60', 'MALE')], parts)).toEqual([
      { element: 'CLC_PARTICIPANTS', category: 'FEMALE', value: 60, min: 36, max: 44, history: 3 },
    ]);
    // A total is judged against totals only ('' and null both name the total).
    expect(findOutliers([v('CLC_PARTICIPANTS', '5000')], parts)).toEqual([]);
    expect(findOutliers([v('X', '5000')], past('X', [1, 1, 1], ''))).toHaveLength(1);
  });

  it('does not judge values without enough history, or that are not numbers', () => {
    expect(findOutliers([v('CLC_COURSES', '900')], past('CLC_COURSES', [3, 4]))).toEqual([]);
    expect(findOutliers([v('NOTE', 'closed for floods')], past('NOTE', [1, 1, 1]))).toEqual([]);
  });
});
