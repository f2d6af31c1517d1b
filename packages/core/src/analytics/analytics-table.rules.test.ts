import { describe, expect, it } from 'vitest';
import { planAnalytics, type AnalyticsPlan } from './analytics-query.rules.js';
import { buildTable, type FetchedRow } from './analytics-table.rules.js';
import type { AnalyticsQuery } from './analytics.model.js';

const units = new Map([
  ['u87', { code: '87', name: 'Tỉnh Đồng Tháp' }],
  ['u35', { code: '35', name: 'Tỉnh Hà Nam' }],
]);
const planOf = (q: Partial<AnalyticsQuery>): AnalyticsPlan =>
  planAnalytics(
    { measures: ['LEARNING_FAMILY_SHARE'], dimensions: [{ dimension: 'UNIT' }, { dimension: 'YEAR' }], ...q },
    2026,
  ).plan!;
const row = (keys: Record<string, string | number>, value: number, approximate = false): FetchedRow => ({
  keys,
  value,
  support: value,
  approximate,
});

/** Recognised families (numerator) by province and year, households on record (denominator) by province. */
function familyData(plan: AnalyticsPlan, numerators: FetchedRow[], denominators: FetchedRow[]) {
  const [n, d] = plan.fetches;
  return new Map([
    [n!.key, numerators],
    [d!.key, denominators],
  ]);
}

describe('buildTable', () => {
  const plan = planOf({});
  const data = familyData(
    plan,
    [row({ UNIT: 'u87', YEAR: 2024 }, 30), row({ UNIT: 'u87', YEAR: 2025 }, 45), row({ UNIT: 'u35', YEAR: 2024 }, 8)],
    [row({ UNIT: 'u87' }, 60), row({ UNIT: 'u35' }, 40)],
  );

  it('divides the numerator by the denominator, broadcasting the denominator over the years, and returns both parts', () => {
    const t = buildTable(plan, data, { suppress: false, units });
    expect(t.headers.map((h) => h.name)).toEqual([
      'UNIT',
      'UNIT_NAME',
      'YEAR',
      'LEARNING_FAMILY_SHARE',
      'LEARNING_FAMILY_SHARE.numerator',
      'LEARNING_FAMILY_SHARE.denominator',
    ]);
    expect(t.rows).toEqual([
      ['35', 'Tỉnh Hà Nam', 2024, 0.2, 8, 40],
      ['87', 'Tỉnh Đồng Tháp', 2024, 0.5, 30, 60],
      ['87', 'Tỉnh Đồng Tháp', 2025, 0.75, 45, 60],
    ]);
    expect(t.totalRows).toBe(3);
  });

  it('adds a grand total from the parts, not from the ratios', () => {
    const t = buildTable(plan, data, { suppress: false, units, totals: true });
    // 83 recognised out of 160 household-years (60 + 60 + 40).
    expect(t.rows.at(-1)).toEqual([null, 'Total', null, 83 / 160, 83, 160]);
    expect(t.rowKinds.at(-1)).toBe('TOTAL');
  });

  it('adds a subtotal after each value of the first dimension', () => {
    const t = buildTable(plan, data, { suppress: false, units, subtotals: true });
    expect(t.rowKinds).toEqual(['ROW', 'SUBTOTAL', 'ROW', 'ROW', 'SUBTOTAL']);
    expect(t.rows[4]).toEqual(['87', 'Tỉnh Đồng Tháp', null, 75 / 120, 75, 120]);
  });

  it('sums every row of a group into its subtotal, like the total, even rows the limit cuts', () => {
    const t = buildTable(plan, data, { suppress: false, units, subtotals: true, limit: 2 });
    expect(t.rowKinds).toEqual(['ROW', 'SUBTOTAL', 'ROW', 'SUBTOTAL']);
    expect(t.rows[3]).toEqual(['87', 'Tỉnh Đồng Tháp', null, 75 / 120, 75, 120]);
  });

  it('with a total shown, blanks a second cell beside a lone small one, so that the total cannot give it back', () => {
    const p = planOf({ measures: ['EVALUATIONS'], dimensions: [{ dimension: 'YEAR' }] });
    const byYear = new Map([
      [p.fetches[0]!.key, [row({ YEAR: 2023 }, 3), row({ YEAR: 2024 }, 40), row({ YEAR: 2025 }, 12)]],
    ]);
    const withTotal = buildTable(p, byYear, { suppress: true, units, totals: true });
    expect(withTotal.rows).toEqual([
      [2023, null],
      [2024, 40],
      [2025, null],
      [null, 55],
    ]);
    expect([withTotal.suppressedCells, withTotal.complementaryCells]).toEqual([2, 1]);
    const withoutTotal = buildTable(p, byYear, { suppress: true, units });
    // Shown counts are rounded to 5 for callers who may not see the rows: 12 is published as 10.
    expect(withoutTotal.rows.map((r) => r[1])).toEqual([null, 40, 10]);
    expect([withoutTotal.suppressedCells, withoutTotal.complementaryCells]).toEqual([1, 0]);
    expect(buildTable(p, byYear, { suppress: false, units, totals: true }).complementaryCells).toBe(0);
  });

  it('sorts by a measure and limits, counting every row', () => {
    const t = buildTable(plan, data, {
      suppress: false,
      units,
      sort: [{ by: 'LEARNING_FAMILY_SHARE', direction: 'DESC' }],
      limit: 2,
    });
    expect(t.rows.map((r) => r[3])).toEqual([0.75, 0.5]);
    expect(t.totalRows).toBe(3);
  });

  it('blanks an indicator whose numerator, denominator or complement counts 1–4 people, for callers who may not see rows', () => {
    const small = familyData(
      plan,
      [row({ UNIT: 'u87', YEAR: 2024 }, 3), row({ UNIT: 'u87', YEAR: 2025 }, 58), row({ UNIT: 'u35', YEAR: 2024 }, 0)],
      [row({ UNIT: 'u87' }, 60), row({ UNIT: 'u35' }, 40)],
    );
    const hidden = buildTable(plan, small, { suppress: true, units });
    expect(hidden.rows.map((r) => r.slice(3))).toEqual([
      [0, 0, 40],
      [null, null, null],
      [null, null, null],
    ]);
    expect(hidden.suppressedCells).toBe(2);
    const shown = buildTable(plan, small, { suppress: false, units });
    expect(shown.rows[1]?.slice(3)).toEqual([0.05, 3, 60]);
    expect(shown.suppressedCells).toBe(0);
  });

  it('blanks a count of 1–4 but shows 0 and 5', () => {
    const p = planOf({ measures: ['EVALUATIONS'], dimensions: [{ dimension: 'UNIT' }] });
    const t = buildTable(p, new Map([[p.fetches[0]!.key, [row({ UNIT: 'u87' }, 4), row({ UNIT: 'u35' }, 5)]]]), {
      suppress: true,
      units,
    });
    expect(t.rows.map((r) => r[2])).toEqual([5, null]);
  });

  it('marks rows on today’s map that took a share without weights as approximate', () => {
    const p = planOf({ measures: ['EVALUATIONS'], dimensions: [{ dimension: 'UNIT', map: 'CURRENT' }] });
    const t = buildTable(
      p,
      new Map([
        [p.fetches[0]!.key, [row({ UNIT: 'u87' }, 10, true), row({ UNIT: 'u87' }, 2.5), row({ UNIT: 'u35' }, 7)]],
      ]),
      { suppress: false, units },
    );
    expect(t.headers.at(-1)).toEqual({
      name: 'APPROXIMATE',
      label: 'Approximate (split without weights)',
      type: 'BOOLEAN',
      dimension: false,
    });
    expect(t.rows).toEqual([
      ['35', 'Tỉnh Hà Nam', 7, false],
      ['87', 'Tỉnh Đồng Tháp', 12.5, true],
    ]);
  });

  it('answers one total row when there is no dimension', () => {
    const p = planOf({ measures: ['EVALUATIONS'], dimensions: [] });
    const t = buildTable(p, new Map([[p.fetches[0]!.key, [row({}, 12)]]]), { suppress: false, units });
    expect(t.rows).toEqual([[12]]);
  });
});
