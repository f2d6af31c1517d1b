import { describe, expect, it } from 'vitest';
import { planAnalytics, type AnalyticsPlan } from './analytics-query.rules.js';
import { complementaryBlanks, tooSmall, type Part } from './analytics-suppression.rules.js';
import type { AnalyticsQuery } from './analytics.model.js';

const planOf = (q: Partial<AnalyticsQuery>): AnalyticsPlan =>
  planAnalytics({ measures: ['EVALUATIONS'], dimensions: [{ dimension: 'UNIT' }], ...q }, 2026).plan!;

const part = (value: number, support = value): Part => ({ value, support, approximate: false });

describe('tooSmall', () => {
  const evaluations = planOf({});
  const column = evaluations.columns[0]!;
  const key = evaluations.fetches[0]!.key;
  const count = (n: number) => tooSmall(column, new Map([[key, part(n)]]));

  it('singles out counts of 1–4 people, not 0 or 5', () => {
    expect([0, 1, 4, 5, 120].map(count)).toEqual([false, true, true, false, false]);
  });

  it('never blanks a measure that does not count people', () => {
    const communes = planOf({ measures: ['COMMUNES_SURVEYED'] });
    expect(tooSmall(communes.columns[0]!, new Map([[communes.fetches[0]!.key, part(2)]]))).toBe(false);
  });

  it('blanks a share whose numerator, denominator or complement counts 1–4 people', () => {
    const share = planOf({ measures: ['LEARNING_FAMILY_SHARE'] });
    const [n, d] = share.fetches.map((f) => f.key) as [string, string];
    const of = (numerator: number, denominator: number) =>
      tooSmall(
        share.columns[0]!,
        new Map([
          [n, part(numerator)],
          [d, part(denominator)],
        ]),
      );
    expect(of(3, 60)).toBe(true);
    expect(of(0, 3)).toBe(true);
    expect(of(58, 60)).toBe(true);
    expect(of(30, 60)).toBe(false);
    expect(of(0, 0)).toBe(false);
    expect(of(60, 60)).toBe(false);
  });
});

describe('complementaryBlanks', () => {
  const plan = planOf({});
  const key = plan.fetches[0]!.key;
  type Row = { name: string; parts: Map<string, Part> };
  const row = (name: string, n: number): Row => ({ name, parts: new Map([[key, part(n)]]) });
  const sumOf = (name: string, terms: Row[]) => ({
    sum: row(
      name,
      terms.reduce((total, t) => total + t.parts.get(key)!.value, 0),
    ),
    terms,
  });
  const blanked = (extra: Map<Row, Set<number>>) =>
    [...extra]
      .filter(([, columns]) => columns.has(0))
      .map(([r]) => r.name)
      .sort();

  it('blanks the smallest other cell beside a lone small one, skipping zeros', () => {
    const rows = [row('a', 3), row('b', 0), row('c', 40), row('d', 12), row('e', 90)];
    expect(blanked(complementaryBlanks([sumOf('total', rows)], plan.columns))).toEqual(['d']);
  });

  it('adds nothing where no relation has a lone blank', () => {
    const twoSmall = [row('a', 3), row('b', 2), row('c', 40)];
    expect(blanked(complementaryBlanks([sumOf('total', twoSmall)], plan.columns))).toEqual([]);
    expect(blanked(complementaryBlanks([sumOf('total', [row('a', 30), row('b', 20)])], plan.columns))).toEqual([]);
    // A lone row: its sum is as small, and blank too.
    expect(blanked(complementaryBlanks([sumOf('total', [row('a', 3)])], plan.columns))).toEqual([]);
  });

  it('never blanks a measure that does not count people', () => {
    const communes = planOf({ measures: ['COMMUNES_SURVEYED'] });
    const k = communes.fetches[0]!.key;
    const r = (name: string, n: number): Row => ({ name, parts: new Map([[k, part(n)]]) });
    expect(complementaryBlanks([{ sum: r('total', 43), terms: [r('a', 3), r('b', 40)] }], communes.columns).size).toBe(
      0,
    );
  });

  it('checks the relations again until none has a lone blank', () => {
    // Subtotals s1 = a and s2 = c + d; the total is s1 + s2. s1 counts 2 people, as a does, so the
    // total takes s2 as a second blank (its smallest other cell); then s2 is lone among c and d,
    // and c (the smaller) goes too.
    const s1 = sumOf('s1', [row('a', 2)]);
    const s2 = sumOf('s2', [row('c', 10), row('d', 70)]);
    const total = { sum: row('total', 82), terms: [s1.sum, s2.sum] };
    expect(blanked(complementaryBlanks([s1, s2, total], plan.columns))).toEqual(['c', 's2']);
  });
});
