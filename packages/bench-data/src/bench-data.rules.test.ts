import { NATIONAL_CRITERIA_SETS, rate, type CriteriaSetDefinition } from '@hoctap/core';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  BENCH_MODELS,
  checkBenchParams,
  chunks,
  DONATION_SPECS,
  evaluationPlan,
  HOUSEHOLD_CHUNK,
  meanShortfall,
  ORGANISATION_KIND_SHARES,
  outcomesFor,
  paramsKey,
  planCommunes,
  stateShares,
  SURVEY_FIGURE_SPECS,
  yearsOf,
  type BenchModel,
} from './bench-data.rules.js';

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const setCandidates = NATIONAL_CRITERIA_SETS.map((s) => ({ ...s, issuer: 'NATIONAL', id: s.code }));
const setOf = (code: string) => NATIONAL_CRITERIA_SETS.find((s) => s.code === code)!;
const params = { households: 5_000_000, years: 10, toYear: 2025, seed: 1 };

describe('checkBenchParams', () => {
  it.each([
    [{ households: 0 }, 'households'],
    [{ households: 1.5 }, 'households'],
    [{ toYear: 2026 }, 'toYear'],
    [{ years: 0 }, 'years'],
    [{ years: 30 }, 'years'],
    [{ seed: -1 }, 'seed'],
    [{ seed: 2 ** 31 }, 'seed'],
  ])('refuses %o', (change, field) => {
    expect(checkBenchParams({ ...params, ...change }).map((p) => p.field)).toEqual([field]);
  });
  it('accepts the issue #7 command and names the run by its parameters', () => {
    expect(checkBenchParams(params)).toEqual([]);
    expect(yearsOf(params)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(paramsKey(params)).toBe('bench-data v1 households=5000000 years=10 to-year=2025 seed=1');
  });
});

describe('distributions', () => {
  it.each(BENCH_MODELS)('state shares of %s sum to 1, mostly RECOGNISED', (model) => {
    const shares = stateShares(model);
    expect(sum(Object.values(shares))).toBeCloseTo(1, 12);
    expect(shares.RECOGNISED).toBeGreaterThanOrEqual(0.7);
    expect(shares.RECOGNISED).toBeLessThanOrEqual(0.8);
  });

  it('organisation kinds sum to 1; donor types cover every donor type of the schema', () => {
    expect(sum(Object.values(ORGANISATION_KIND_SHARES))).toBeCloseTo(1, 12);
    expect(Object.keys(DONATION_SPECS).sort()).toEqual(
      ['CLAN', 'ENTERPRISE', 'HOUSEHOLD', 'INDIVIDUAL', 'ORGANISATION', 'OTHER', 'OVERSEAS'].sort(),
    );
  });

  it('gives every survey code a shortfall whose share of communes meeting the rate is as stated', () => {
    for (const spec of Object.values(SURVEY_FIGURE_SPECS)) {
      const mean = meanShortfall(spec);
      // P(shortfall <= 1 - rate) for an exponential shortfall with this mean.
      expect(1 - Math.exp(-(1 - spec.rate) / mean)).toBeCloseTo(spec.shareMeeting, 12);
    }
  });
});

/** A sheet whose POINTS indicators share the total in proportion to their maximum; every other indicator met. */
function sheetFor(set: CriteriaSetDefinition, total: number, options: { levelOneOnly?: boolean } = {}) {
  const indicators = set.criteria.flatMap((c) => c.indicators);
  const maxTotal = sum(indicators.map((i) => (i.kind === 'POINTS' ? (i.maxScore ?? 0) : 0)));
  return indicators.map((i) => ({
    indicatorCode: i.code,
    value:
      i.kind === 'POINTS'
        ? (total * (i.maxScore ?? 0)) / maxTotal
        : i.kind === 'PERCENT'
          ? 100
          : options.levelOneOnly && i.requiredFor?.includes('LEVEL_2')
            ? 0
            : 1,
  }));
}

describe('outcomesFor', () => {
  const cases: [BenchModel, string][] = [
    ['LEARNING_FAMILY', 'KHVN-448-FAMILY'],
    ['LEARNING_CLAN', 'KHVN-448-CLAN'],
    ['LEARNING_CITIZEN', 'KHVN-324-CITIZEN'],
    ['LEARNING_UNIT', 'KHVN-448-UNIT-COMMUNE'],
    ['LEARNING_COMMUNITY_COMMUNE', 'TT25-2023-COMMUNE'],
    ['LEARNING_COMMUNITY_DISTRICT', 'TT25-2023-DISTRICT'],
    ['LEARNING_COMMUNITY_PROVINCE', 'TT25-2023-PROVINCE'],
  ];

  it.each(cases)('%s: shares sum to 1 and each state matches its result', (model, code) => {
    const outcomes = outcomesFor(model, setOf(code));
    expect(sum(outcomes.map((o) => o.share))).toBeCloseTo(1, 12);
    expect(sum(outcomes.filter((o) => o.state === 'RECOGNISED').map((o) => o.share))).toBeCloseTo(
      stateShares(model).RECOGNISED,
      12,
    );
    for (const o of outcomes) {
      if (o.state === 'RECOGNISED' || o.state === 'REVOKED') expect(o.recognised).toBe(true);
      if (o.state === 'DRAFT') expect([o.rating, o.recognised, o.totalMin]).toEqual([null, null, null]);
      if (o.recognised === false) expect(o.rating).toBeNull();
    }
  });

  // The stored rating must be what the rating rules give for some sheet with the stored total.
  it.each(cases)('%s: every outcome is a rating the rules can give for its totals', (model, code) => {
    const set = setOf(code);
    for (const o of outcomesFor(model, set).filter((x) => x.totalMin !== null)) {
      for (const total of [o.totalMin!, o.totalMax!]) {
        const levelOneOnly = o.rating === 'LEVEL_1' || (o.rating === null && set.grades[0]?.code === 'LEVEL_1');
        const sheet = sheetFor(set, total, { levelOneOnly });
        if (o.rating === null && set.grades[0]?.allIndicatorsMet) sheet[0] = { ...sheet[0]!, value: 0 };
        const result = rate(set, sheet);
        expect({ total: result.total, rating: result.rating, recognised: result.recognised }).toEqual({
          total,
          rating: o.rating,
          recognised: o.recognised,
        });
      }
    }
  });

  it('splits the two levels of Thông tư 25/2023 sets: level 2 for a quarter of those reaching a level', () => {
    const recognised = outcomesFor('LEARNING_COMMUNITY_COMMUNE', setOf('TT25-2023-COMMUNE')).filter(
      (o) => o.state === 'RECOGNISED',
    );
    expect(recognised.map((o) => [o.rating, o.totalMin, o.totalMax])).toEqual([
      ['LEVEL_1', 0, 0],
      ['LEVEL_2', 0, 0],
    ]);
    expect(recognised[1]!.share / (recognised[0]!.share + recognised[1]!.share)).toBeCloseTo(0.25, 12);
  });
});

describe('evaluationPlan', () => {
  it('rates each model/year with the national set in force on 31 December, and lists what has none', () => {
    const { planned, skipped } = evaluationPlan(setCandidates, params);
    const codes = (model: BenchModel) => planned.filter((p) => p.model === model).map((p) => `${p.year}:${p.set.code}`);
    expect(codes('LEARNING_FAMILY')).toHaveLength(10);
    expect(codes('LEARNING_CITIZEN')).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => `${y}:KHVN-324-CITIZEN`));
    expect(codes('LEARNING_UNIT').every((c) => c.endsWith('KHVN-448-UNIT-COMMUNE'))).toBe(true);
    expect(codes('LEARNING_COMMUNITY_COMMUNE')).toEqual(['2024:TT25-2023-COMMUNE', '2025:TT25-2023-COMMUNE']);
    expect(skipped.filter((s) => s.year === 2020).map((s) => s.model)).toEqual([
      'LEARNING_CITIZEN',
      'LEARNING_COMMUNITY_COMMUNE',
      'LEARNING_COMMUNITY_DISTRICT',
      'LEARNING_COMMUNITY_PROVINCE',
    ]);
  });

  it('ignores province plugins’ sets', () => {
    const provincial = { ...setCandidates[1]!, code: 'X', issuer: 'plugin:ha-nam', validFrom: '2020-01-01' };
    const { planned } = evaluationPlan([provincial, ...setCandidates], params);
    expect(planned.some((p) => p.set.code === 'X')).toBe(false);
  });
});

describe('allocation and chunking', () => {
  it('allocates exactly the total, in proportion, with ties broken by position', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(7, [5, 0, 2])).toEqual([5, 0, 2]);
    expect(sum(allocate(1_000_003, [0.3, 2.7, 1.1, 9]))).toBe(1_000_003);
    expect(() => allocate(5, [])).toThrow(RangeError);
  });

  it('chunks ranges in order, covering every index once', () => {
    expect(chunks(5, 2)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 5 },
    ]);
    expect(chunks(0, 10)).toEqual([]);
    expect(chunks(5_000_000, HOUSEHOLD_CHUNK)).toEqual([
      { from: 0, to: 2_500_000 },
      { from: 2_500_000, to: 5_000_000 },
    ]);
    expect(() => chunks(5, 0)).toThrow(RangeError);
  });

  const communes = Array.from({ length: 50 }, (_, i) => ({
    key: `COMMUNE:${String(10000 + i * 3).padStart(5, '0')}:`,
    kind: i % 5 === 0 ? 'WARD' : 'COMMUNE',
    unitId: `id-${i}`,
  }));

  it('plans communes deterministically from the seed and natural keys, whatever the input order', () => {
    const plan = planCommunes(communes, { households: 20_000, seed: 7 });
    expect(planCommunes([...communes].reverse(), { households: 20_000, seed: 7 })).toEqual(plan);
    expect(planCommunes(communes, { households: 20_000, seed: 8 })).not.toEqual(plan);
    expect(sum(plan.map((c) => c.households))).toBe(20_000);
    // Ranges are contiguous: each commune starts where the one before it ends.
    for (const [i, c] of plan.entries()) {
      const before = plan[i - 1];
      expect(c.n).toBe(i);
      expect(c.firstHousehold).toBe(before ? before.firstHousehold + before.households : 0);
      expect(c.firstClan).toBe(before ? before.firstClan + before.clans : 0);
      expect(c.firstCitizen).toBe(before ? before.firstCitizen + before.citizens : 0);
      expect(c.citizens).toBe(Math.ceil(c.households / 10));
    }
    const clans = sum(plan.map((c) => c.clans));
    expect(clans).toBeGreaterThan(20_000 / 40 - 50);
    expect(clans).toBeLessThan(20_000 / 40 + 50);
    const sizes = plan.map((c) => c.households);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(2);
  });
});
