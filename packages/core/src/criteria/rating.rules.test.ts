import { describe, expect, it } from 'vitest';
import type {
  CriteriaSetDefinition,
  CriterionDefinition,
  GradeDefinition,
  IndicatorDefinition,
  Score,
} from './criteria.model.js';
import { checkCriteriaSet, missingIndicators, rate, validateScoreSheet } from './rating.rules.js';

// A small set that uses every feature: points with a minimum, an optional indicator, a criterion
// minimum, pass/fail, a percentage with per-grade thresholds, and a grade-only indicator.
const GRADES: readonly GradeDefinition[] = [
  { code: 'PASSED', label: 'Đạt', labelEn: 'Passed', recognised: false, minTotal: 5 },
  { code: 'GOOD', label: 'Khá', labelEn: 'Good', recognised: true, minTotal: 10, allIndicatorsMet: true },
  { code: 'EXCELLENT', label: 'Tốt', labelEn: 'Excellent', recognised: true, minTotal: 15, allIndicatorsMet: true },
];

const SET: CriteriaSetDefinition = {
  code: 'TEST-SET',
  name: 'Bộ thử',
  nameEn: 'Test set',
  modelKind: 'LEARNING_UNIT',
  unitTier: 'COMMUNE',
  source: 'test',
  issuer: { level: 'PROVINCE', plugin: 'test' },
  validFrom: '2024-01-01',
  validTo: null,
  sample: true,
  description: 'Sample data: a test set.',
  criteria: [
    {
      code: 'A',
      title: 'Điểm',
      minScore: 12,
      indicators: [
        { code: 'A1', title: 'A1', kind: 'POINTS', maxScore: 10, minScore: 5 },
        { code: 'A2', title: 'A2', kind: 'POINTS', maxScore: 10 },
        { code: 'A3', title: 'A3', kind: 'POINTS', maxScore: 5, optional: true },
      ],
    },
    {
      code: 'B',
      title: 'Đạt/không đạt',
      indicators: [
        { code: 'B1', title: 'B1', kind: 'PASS_FAIL' },
        { code: 'B2', title: 'B2', kind: 'PERCENT', thresholds: { GOOD: 50, EXCELLENT: 80 } },
        { code: 'B3', title: 'B3', kind: 'PASS_FAIL', requiredFor: ['EXCELLENT'] },
        { code: 'B4', title: 'B4', kind: 'PASS_FAIL', optional: true },
      ],
    },
  ],
  grades: GRADES,
};

const FULL: Record<string, number> = { A1: 10, A2: 10, A3: 5, B1: 1, B2: 100, B3: 1, B4: 1 };

/** A sheet with every indicator at full marks, overridden by `values`; `null` leaves one out. */
function sheet(values: Record<string, number | null> = {}): Score[] {
  return Object.entries({ ...FULL, ...values })
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([indicatorCode, value]) => ({ indicatorCode, value }));
}

function withIndicator(code: string, patch: Partial<IndicatorDefinition> | null): CriteriaSetDefinition {
  return {
    ...SET,
    criteria: SET.criteria.map((c) => ({
      ...c,
      indicators: c.indicators.flatMap((i) => (i.code !== code ? [i] : patch === null ? [] : [{ ...i, ...patch }])),
    })),
  };
}

function withCriterion(code: string, patch: Partial<CriterionDefinition>): CriteriaSetDefinition {
  return { ...SET, criteria: SET.criteria.map((c) => (c.code === code ? { ...c, ...patch } : c)) };
}

function withGrade(code: string, patch: Partial<GradeDefinition>): CriteriaSetDefinition {
  return { ...SET, grades: SET.grades.map((g) => (g.code === code ? { ...g, ...patch } : g)) };
}

describe('checkCriteriaSet', () => {
  it('accepts a well-formed set', () => {
    expect(checkCriteriaSet(SET)).toEqual([]);
  });

  // [case, set, the one problem expected]
  const ONE_PROBLEM: [string, CriteriaSetDefinition, string][] = [
    ['duplicate criterion code', withCriterion('B', { code: 'A' }), 'criterion code A is used more than once'],
    [
      'indicator code repeated in another criterion',
      withIndicator('B1', { code: 'A1' }),
      'indicator code A1 is used more than once (indicator codes are unique across the set)',
    ],
    [
      'POINTS without maxScore',
      withIndicator('A2', { maxScore: undefined }),
      'indicator A2: a POINTS indicator needs a positive maxScore (has undefined)',
    ],
    [
      'POINTS with maxScore 0',
      withIndicator('A2', { maxScore: 0 }),
      'indicator A2: a POINTS indicator needs a positive maxScore (has 0)',
    ],
    [
      'POINTS with a negative maxScore',
      withIndicator('A2', { maxScore: -10 }),
      'indicator A2: a POINTS indicator needs a positive maxScore (has -10)',
    ],
    [
      'POINTS with maxScore NaN',
      withIndicator('A2', { maxScore: Number.NaN }),
      'indicator A2: a POINTS indicator needs a positive maxScore (has NaN)',
    ],
    [
      'minScore above maxScore',
      withIndicator('A1', { minScore: 11 }),
      'indicator A1: minScore 11 is above maxScore 10',
    ],
    [
      'negative minScore',
      withIndicator('A1', { minScore: -1 }),
      'indicator A1: minScore -1 must be a number, 0 or more',
    ],
    [
      'PERCENT without thresholds',
      withIndicator('B2', { thresholds: undefined }),
      'indicator B2: a PERCENT indicator needs thresholds per grade',
    ],
    [
      'PERCENT with empty thresholds',
      withIndicator('B2', { thresholds: {} }),
      'indicator B2: a PERCENT indicator needs thresholds per grade',
    ],
    [
      'PERCENT threshold above 100',
      withIndicator('B2', { thresholds: { GOOD: 101, EXCELLENT: 80 } }),
      'indicator B2: the threshold for GOOD is 101; it must be between 0 and 100',
    ],
    [
      'PERCENT threshold below 0',
      withIndicator('B2', { thresholds: { GOOD: -1, EXCELLENT: 80 } }),
      'indicator B2: the threshold for GOOD is -1; it must be between 0 and 100',
    ],
    [
      'PERCENT threshold naming an unknown grade',
      withIndicator('B2', { thresholds: { GOOD: 50, EXCELLENT: 80, BEST: 90 } }),
      'indicator B2: thresholds name unknown grade BEST',
    ],
    [
      'PERCENT without a threshold for a grade that needs it',
      withIndicator('B2', { thresholds: { GOOD: 50 } }),
      'indicator B2: no threshold for grade EXCELLENT, which needs the indicator met',
    ],
    [
      'requiredFor naming an unknown grade',
      withIndicator('B3', { requiredFor: ['BEST'] }),
      'indicator B3: requiredFor names unknown grade BEST',
    ],
    [
      'requiredFor naming a grade that does not check indicators',
      withIndicator('B3', { requiredFor: ['PASSED'] }),
      'indicator B3: requiredFor names grade PASSED, which does not check indicators (allIndicatorsMet)',
    ],
    [
      'duplicate grade codes',
      { ...SET, grades: [...GRADES, { ...GRADES[2]!, label: 'Tốt (bản sao)' }] },
      'grade code EXCELLENT is used more than once',
    ],
    [
      'a grade whose minTotal decreases',
      withGrade('GOOD', { minTotal: 4 }),
      'grade GOOD needs a total of 4, less than the 5 of PASSED below it',
    ],
    [
      'a decrease past a grade without minTotal',
      { ...SET, grades: [GRADES[0]!, { ...GRADES[1]!, minTotal: undefined }, { ...GRADES[2]!, minTotal: 3 }] },
      'grade EXCELLENT needs a total of 3, less than the 5 of PASSED below it',
    ],
    [
      'a grade the maximum total cannot reach',
      withGrade('EXCELLENT', { minTotal: 26 }),
      "grade EXCELLENT needs a total of 26 but the set's maximum is 25",
    ],
    [
      'a negative minTotal',
      withGrade('PASSED', { minTotal: -1 }),
      'grade PASSED has minTotal -1; it must be a number, 0 or more',
    ],
    [
      'validTo before validFrom',
      { ...SET, validTo: '2023-12-31' },
      'validTo 2023-12-31 is before validFrom 2024-01-01',
    ],
    ['validFrom not a date', { ...SET, validFrom: '2023-02-30' }, 'validFrom "2023-02-30" is not a date (YYYY-MM-DD)'],
    ['validTo not a date', { ...SET, validTo: '31/12/2030' }, 'validTo "31/12/2030" is not a date (YYYY-MM-DD)'],
    [
      'unitTier on a set that is not for learning units',
      { ...SET, modelKind: 'LEARNING_FAMILY' },
      'unitTier COMMUNE is for LEARNING_UNIT sets only, not LEARNING_FAMILY',
    ],
    [
      'a criterion without indicators',
      { ...SET, criteria: [...SET.criteria, { code: 'C', title: 'C', indicators: [] }] },
      'criterion C has no indicators',
    ],
    [
      'a criterion minimum above its maximum',
      withCriterion('A', { minScore: 26 }),
      'criterion A has minScore 26 above its maximum 25',
    ],
    [
      'maxScore on a PASS_FAIL indicator',
      withIndicator('B1', { maxScore: 10 }),
      'indicator B1: maxScore applies to POINTS indicators only, not PASS_FAIL',
    ],
    [
      'thresholds on a POINTS indicator',
      withIndicator('A2', { thresholds: { GOOD: 50 } }),
      'indicator A2: thresholds applies to PERCENT indicators only, not POINTS',
    ],
    [
      'requiredFor on a POINTS indicator',
      withIndicator('A2', { requiredFor: ['GOOD'] }),
      'indicator A2: requiredFor applies to PASS_FAIL and PERCENT indicators only, not POINTS',
    ],
  ];

  it.each(ONE_PROBLEM)('reports %s', (_case, set, problem) => {
    expect(checkCriteriaSet(set)).toEqual([problem]);
  });

  it.each(['A 1', '1,2', 'A1;', 'Chỉ-số', '1/2', ''])('rejects indicator code %j (it becomes a CSV column)', (code) => {
    expect(checkCriteriaSet(withIndicator('A2', { code }))).toEqual([
      `indicator ${code}: the code may use only letters, digits, ".", "_" and "-" (it becomes a CSV column name)`,
    ]);
  });

  it.each(['1.2', 'C2.3', 'TC_1-a'])('accepts indicator code %j', (code) => {
    expect(checkCriteriaSet(withIndicator('A2', { code }))).toEqual([]);
  });

  it('reports a set without grades', () => {
    const pointsOnly = { ...withIndicator('B2', null), grades: [] };
    expect(checkCriteriaSet(pointsOnly)).toContain('the set has no grades');
  });

  it('reports a set without criteria', () => {
    expect(checkCriteriaSet({ ...SET, criteria: [], grades: [GRADES[0]!] })).toEqual([
      "grade PASSED needs a total of 5 but the set's maximum is 0",
      'the set has no criteria',
    ]);
  });

  it('reports a repeated code once however often it repeats', () => {
    const thrice = {
      ...SET,
      criteria: [...SET.criteria, { ...SET.criteria[1]!, code: 'A' }, { ...SET.criteria[1]!, code: 'A' }],
    };
    expect(checkCriteriaSet(thrice).filter((p) => p.startsWith('criterion code'))).toEqual([
      'criterion code A is used more than once',
    ]);
  });

  it('accepts validTo equal to validFrom (a one-day set) and an open end', () => {
    expect(checkCriteriaSet({ ...SET, validTo: '2024-01-01' })).toEqual([]);
    expect(checkCriteriaSet({ ...SET, validTo: null })).toEqual([]);
  });

  it('accepts grades without minTotal (pass/fail only) and equal minTotals', () => {
    const levels = { ...SET, grades: GRADES.map(({ minTotal: _minTotal, ...g }) => g) };
    expect(checkCriteriaSet(levels)).toEqual([]);
    expect(checkCriteriaSet(withGrade('GOOD', { minTotal: 5 }))).toEqual([]);
  });

  it('lists several problems at once', () => {
    const broken = { ...withIndicator('A1', { minScore: 11 }), validTo: '2000-01-01' };
    expect(checkCriteriaSet(broken)).toEqual([
      'validTo 2000-01-01 is before validFrom 2024-01-01',
      'indicator A1: minScore 11 is above maxScore 10',
    ]);
  });
});

describe('validateScoreSheet', () => {
  it('accepts a complete sheet, in any order', () => {
    expect(validateScoreSheet(SET, sheet())).toEqual([]);
    expect(validateScoreSheet(SET, sheet().reverse())).toEqual([]);
  });

  // [case, value overrides, field, rule, message]
  const ONE_PROBLEM: [string, Record<string, number | null>, string, string, string][] = [
    ['points above the maximum', { A1: 12 }, 'scores.A1', 'ABOVE_MAX', 'indicator A1 scores 12 but its maximum is 10'],
    [
      'points just above the maximum',
      { A1: 10.01 },
      'scores.A1',
      'ABOVE_MAX',
      'indicator A1 scores 10.01 but its maximum is 10',
    ],
    ['negative points', { A2: -1 }, 'scores.A2', 'NEGATIVE', 'indicator A2 scores -1 but a score cannot be negative'],
    [
      'a negative percentage',
      { B2: -5 },
      'scores.B2',
      'NEGATIVE',
      'indicator B2 scores -5 but a score cannot be negative',
    ],
    [
      'a negative pass/fail',
      { B1: -1 },
      'scores.B1',
      'NEGATIVE',
      'indicator B1 scores -1 but a score cannot be negative',
    ],
    [
      'NaN',
      { A1: Number.NaN },
      'scores.A1',
      'NOT_FINITE',
      'indicator A1 scores NaN but a score must be a finite number',
    ],
    [
      'Infinity',
      { B2: Number.POSITIVE_INFINITY },
      'scores.B2',
      'NOT_FINITE',
      'indicator B2 scores Infinity but a score must be a finite number',
    ],
    [
      'pass/fail 0.5',
      { B1: 0.5 },
      'scores.B1',
      'NOT_PASS_FAIL',
      'indicator B1 scores 0.5 but a pass/fail indicator scores 1 (met) or 0 (not met)',
    ],
    [
      'pass/fail 2',
      { B3: 2 },
      'scores.B3',
      'NOT_PASS_FAIL',
      'indicator B3 scores 2 but a pass/fail indicator scores 1 (met) or 0 (not met)',
    ],
    [
      'a percentage of 101',
      { B2: 101 },
      'scores.B2',
      'PERCENT_RANGE',
      'indicator B2 scores 101 but a percentage is between 0 and 100',
    ],
    [
      'a missing required indicator',
      { A2: null },
      'scores.A2',
      'MISSING_INDICATOR',
      'indicator A2 is required but has no score',
    ],
    [
      'a missing pass/fail indicator',
      { B3: null },
      'scores.B3',
      'MISSING_INDICATOR',
      'indicator B3 is required but has no score',
    ],
  ];

  it.each(ONE_PROBLEM)('reports %s', (_case, values, field, rule, message) => {
    expect(validateScoreSheet(SET, sheet(values))).toEqual([{ field, rule, message }]);
  });

  // Values on the boundary of each rule.
  it.each([
    ['points at the maximum', { A1: 10 }],
    ['fractional points', { A1: 7.5, A2: 0.25 }],
    ['points at 0', { A1: 0, A2: 0 }],
    ['negative zero', { A1: -0 }],
    ['pass/fail 0', { B1: 0, B3: 0 }],
    ['a percentage of 100', { B2: 100 }],
    ['a percentage of 0', { B2: 0 }],
    ['a fractional percentage', { B2: 99.5 }],
    ['optional indicators left out', { A3: null, B4: null }],
  ] as [string, Record<string, number | null>][])('accepts %s', (_case, values) => {
    expect(validateScoreSheet(SET, sheet(values))).toEqual([]);
  });

  it('reports an unknown indicator by its position', () => {
    const scores = [...sheet(), { indicatorCode: 'Z9', value: 1 }];
    expect(validateScoreSheet(SET, scores)).toEqual([
      { field: 'scores[7]', rule: 'UNKNOWN_INDICATOR', message: 'indicator Z9 is not in criteria set TEST-SET' },
    ]);
  });

  it('reports blank indicator codes by position', () => {
    const scores = [{ indicatorCode: '', value: 1 }, ...sheet(), { indicatorCode: '  ', value: 1 }];
    expect(validateScoreSheet(SET, scores)).toEqual([
      { field: 'scores[0]', rule: 'UNKNOWN_INDICATOR', message: 'entry 0 names no indicator' },
      { field: 'scores[8]', rule: 'UNKNOWN_INDICATOR', message: 'entry 8 names no indicator' },
    ]);
  });

  it('treats codes as case- and space-sensitive', () => {
    const scores = sheet({ A1: null }).concat({ indicatorCode: 'a1', value: 5 }, { indicatorCode: 'A1 ', value: 5 });
    expect(validateScoreSheet(SET, scores).map((p) => [p.field, p.rule])).toEqual([
      ['scores[6]', 'UNKNOWN_INDICATOR'],
      ['scores[7]', 'UNKNOWN_INDICATOR'],
      ['scores.A1', 'MISSING_INDICATOR'],
    ]);
  });

  it('reports a repeated indicator once, even with the same value or a bad one', () => {
    const twice = [...sheet(), { indicatorCode: 'A1', value: 10 }];
    expect(validateScoreSheet(SET, twice)).toEqual([
      { field: 'scores.A1', rule: 'DUPLICATE_INDICATOR', message: 'indicator A1 is scored 2 times' },
    ]);
    const thrice = [...twice, { indicatorCode: 'A1', value: Number.NaN }];
    expect(validateScoreSheet(SET, thrice)).toEqual([
      { field: 'scores.A1', rule: 'DUPLICATE_INDICATOR', message: 'indicator A1 is scored 3 times' },
    ]);
  });

  it('lists every offending indicator in sheet order, then the missing ones', () => {
    const scores: Score[] = [
      { indicatorCode: 'B2', value: 150 },
      { indicatorCode: 'X', value: 1 },
      { indicatorCode: 'A1', value: 11 },
      { indicatorCode: 'B1', value: 1 },
    ];
    expect(validateScoreSheet(SET, scores).map((p) => `${p.field} ${p.rule}`)).toEqual([
      'scores.B2 PERCENT_RANGE',
      'scores[1] UNKNOWN_INDICATOR',
      'scores.A1 ABOVE_MAX',
      'scores.A2 MISSING_INDICATOR',
      'scores.B3 MISSING_INDICATOR',
    ]);
  });

  it('reports a missing indicator that is also not otherwise wrong only once', () => {
    expect(validateScoreSheet(SET, [])).toHaveLength(5);
    expect(validateScoreSheet(SET, []).every((p) => p.rule === 'MISSING_INDICATOR')).toBe(true);
  });

  it('allows missing indicators when complete is false (a draft), but still checks values', () => {
    expect(validateScoreSheet(SET, sheet({ A2: null, B1: null }), { complete: false })).toEqual([]);
    expect(validateScoreSheet(SET, [{ indicatorCode: 'A1', value: 11 }], { complete: false })).toEqual([
      { field: 'scores.A1', rule: 'ABOVE_MAX', message: 'indicator A1 scores 11 but its maximum is 10' },
    ]);
  });

  it('needs every required indicator by default and with complete: true', () => {
    const scores = sheet({ A2: null });
    expect(validateScoreSheet(SET, scores, { complete: true })).toEqual(validateScoreSheet(SET, scores));
    expect(validateScoreSheet(SET, scores, {})).toHaveLength(1);
  });
});

describe('missingIndicators', () => {
  it('lists required indicators without a score, in the set order', () => {
    expect(missingIndicators(SET, sheet({ B3: null, A2: null }))).toEqual(['A2', 'B3']);
  });

  it('ignores optional indicators and unknown codes', () => {
    expect(missingIndicators(SET, sheet({ A3: null, B4: null, Z: 1 }))).toEqual([]);
  });

  it('lists every required indicator of an empty sheet', () => {
    expect(missingIndicators(SET, [])).toEqual(['A1', 'A2', 'B1', 'B2', 'B3']);
  });
});

describe('rate', () => {
  it('rates full marks at the highest grade with no reasons', () => {
    expect(rate(SET, sheet())).toEqual({
      total: 25,
      maxTotal: 25,
      criteria: [
        { code: 'A', score: 25, maxScore: 25, met: true },
        { code: 'B', score: 0, maxScore: 0, met: true },
      ],
      rating: 'EXCELLENT',
      recognised: true,
      reasons: [],
    });
  });

  it('adds only POINTS values to the total', () => {
    const outcome = rate(SET, sheet({ A1: 6, A2: 7, A3: 0, B2: 77 }));
    expect(outcome.total).toBe(13);
    expect(outcome.criteria.map((c) => c.score)).toEqual([13, 0]);
  });

  it.each([
    // [values, total]: sums that binary floating point gets wrong
    [{ A1: 5.1, A2: 6.2, A3: 0.3 }, 11.6],
    [{ A1: 7.3, A2: 5.1, A3: 0.2 }, 12.6],
    [{ A1: 5.3, A2: 6.6, A3: 0.1 }, 12],
  ])('rounds the sum of %j to %s', (values, total) => {
    expect(values.A1 + values.A2 + values.A3).not.toBe(total);
    const outcome = rate(SET, sheet(values));
    expect(outcome.total).toBe(total);
    expect(outcome.criteria[0]?.score).toBe(total);
  });

  it('rounds 0.1 + 0.2 to 0.3, in totals and maxima alike', () => {
    const tiny: CriteriaSetDefinition = {
      ...SET,
      criteria: [
        {
          code: 'T',
          title: 'T',
          indicators: [
            { code: 'T1', title: 'T1', kind: 'POINTS', maxScore: 0.1 },
            { code: 'T2', title: 'T2', kind: 'POINTS', maxScore: 0.2 },
          ],
        },
      ],
      grades: [{ code: 'ANY', label: 'Bất kỳ', labelEn: 'Any', recognised: false, minTotal: 0.3 }],
    };
    expect(0.1 + 0.2).not.toBe(0.3);
    const outcome = rate(tiny, [
      { indicatorCode: 'T1', value: 0.1 },
      { indicatorCode: 'T2', value: 0.2 },
    ]);
    expect(outcome).toMatchObject({ total: 0.3, maxTotal: 0.3, rating: 'ANY' });
    expect(outcome.criteria[0]).toEqual({ code: 'T', score: 0.3, maxScore: 0.3, met: true });
  });

  it('rounds 0.7 + 0.1 up to the 0.8 a grade needs', () => {
    const tiny: CriteriaSetDefinition = {
      ...SET,
      criteria: [
        {
          code: 'T',
          title: 'T',
          indicators: [
            { code: 'T1', title: 'T1', kind: 'POINTS', maxScore: 0.7 },
            { code: 'T2', title: 'T2', kind: 'POINTS', maxScore: 0.1 },
          ],
        },
      ],
      grades: [{ code: 'ANY', label: 'Bất kỳ', labelEn: 'Any', recognised: false, minTotal: 0.8 }],
    };
    expect(0.7 + 0.1).toBeLessThan(0.8);
    const outcome = rate(tiny, [
      { indicatorCode: 'T1', value: 0.7 },
      { indicatorCode: 'T2', value: 0.1 },
    ]);
    expect(outcome).toMatchObject({ total: 0.8, maxTotal: 0.8, rating: 'ANY', reasons: [] });
  });

  it('counts a missing optional indicator as 0', () => {
    const outcome = rate(SET, sheet({ A3: null }));
    expect(outcome.total).toBe(20);
    expect(outcome.criteria[0]).toEqual({ code: 'A', score: 20, maxScore: 25, met: true });
    expect(outcome.rating).toBe('EXCELLENT');
  });

  it('counts a missing optional pass/fail as not met, for every grade that needs it', () => {
    // B4 may be left out, but without requiredFor it is still needed by every grade that checks indicators.
    const outcome = rate(SET, sheet({ B4: null }));
    expect(outcome.rating).toBe('PASSED');
    expect(outcome.reasons.map((r) => `${r.grade} ${r.indicator ?? ''}`)).toEqual(['GOOD B4', 'EXCELLENT B4']);
    expect(rate(SET, sheet({ B4: 0 })).reasons).toEqual(outcome.reasons);
  });

  it('counts a missing required indicator as 0 / not met (a draft preview)', () => {
    const outcome = rate(SET, sheet({ A2: null, B1: null }));
    expect(outcome.total).toBe(15);
    expect(outcome.rating).toBe('PASSED');
    expect(outcome.reasons.map((r) => `${r.grade} ${r.rule} ${r.indicator ?? r.criterion ?? ''}`)).toEqual([
      'GOOD INDICATOR_NOT_MET B1',
      'EXCELLENT INDICATOR_NOT_MET B1',
    ]);
  });

  it('reaches a grade that is not recognised', () => {
    const outcome = rate(SET, sheet({ A1: 5, A2: 1, A3: 0 }));
    expect(outcome).toMatchObject({ total: 6, rating: 'PASSED', recognised: false });
  });

  it('reaches no grade below the lowest minTotal and gives reasons for every grade', () => {
    const outcome = rate(SET, sheet({ A1: 2, A2: 2, A3: 0 }));
    expect(outcome).toMatchObject({ total: 4, rating: null, recognised: false });
    expect(outcome.reasons.map((r) => `${r.grade} ${r.rule}`)).toEqual([
      'PASSED MIN_TOTAL',
      'GOOD MIN_TOTAL',
      'GOOD INDICATOR_MIN',
      'GOOD CRITERION_MIN',
      'EXCELLENT MIN_TOTAL',
      'EXCELLENT INDICATOR_MIN',
      'EXCELLENT CRITERION_MIN',
    ]);
  });

  // [total, rating]: minTotal boundaries 5 / 10 / 15, every other condition met
  it.each([
    [4.99, null],
    [5, 'PASSED'],
    [9.99, 'PASSED'],
    [10, 'GOOD'],
    [14.99, 'GOOD'],
    [15, 'EXCELLENT'],
  ] as [number, string | null][])('rates a total of %s as %s', (total, rating) => {
    // A1 carries its minimum of 5 whenever the total allows; the criterion minimum of 12 is lifted.
    const set = withCriterion('A', { minScore: undefined });
    const a1 = Math.min(total, 5);
    const outcome = rate(set, sheet({ A1: a1, A2: Math.round((total - a1) * 100) / 100, A3: 0 }));
    expect(outcome.total).toBe(total);
    expect(outcome.rating).toBe(rating);
  });

  it('explains a total below a grade in both languages', () => {
    const outcome = rate(SET, sheet({ A1: 7, A2: 7, A3: 0.5 }));
    expect(outcome.rating).toBe('GOOD');
    expect(outcome.reasons).toEqual([
      {
        grade: 'EXCELLENT',
        rule: 'MIN_TOTAL',
        en: 'Total 14.5 is below 15 needed for Excellent',
        vi: 'Tổng điểm 14,5 thấp hơn mức 15 cần để đạt Tốt',
      },
    ]);
  });

  it('holds back recognised grades for an indicator below its minimum, not other grades', () => {
    const outcome = rate(SET, sheet({ A1: 4.5, A2: 10, A3: 5 }));
    expect(outcome).toMatchObject({ total: 19.5, rating: 'PASSED', recognised: false });
    expect(outcome.reasons).toEqual(
      ['GOOD', 'EXCELLENT'].map((grade) => ({
        grade,
        rule: 'INDICATOR_MIN',
        criterion: 'A',
        indicator: 'A1',
        en: 'Indicator A1 scores 4.5, below the minimum 5',
        vi: 'Chỉ số A1 đạt 4,5 điểm, dưới mức tối thiểu 5',
      })),
    );
    expect(outcome.criteria[0]?.met).toBe(false);
  });

  it('holds back recognised grades for a criterion below its minimum', () => {
    const outcome = rate(SET, sheet({ A1: 5, A2: 6.5, A3: 0 }));
    expect(outcome.total).toBe(11.5);
    expect(outcome.rating).toBe('PASSED');
    expect(outcome.reasons).toEqual([
      {
        grade: 'GOOD',
        rule: 'CRITERION_MIN',
        criterion: 'A',
        en: 'Criterion A scores 11.5, below the minimum 12',
        vi: 'Tiêu chí A đạt 11,5 điểm, dưới mức tối thiểu 12',
      },
      {
        grade: 'EXCELLENT',
        rule: 'MIN_TOTAL',
        en: 'Total 11.5 is below 15 needed for Excellent',
        vi: 'Tổng điểm 11,5 thấp hơn mức 15 cần để đạt Tốt',
      },
      {
        grade: 'EXCELLENT',
        rule: 'CRITERION_MIN',
        criterion: 'A',
        en: 'Criterion A scores 11.5, below the minimum 12',
        vi: 'Tiêu chí A đạt 11,5 điểm, dưới mức tối thiểu 12',
      },
    ]);
    expect(outcome.criteria[0]?.met).toBe(false);
  });

  it('needs a pass/fail indicator for every grade that checks indicators', () => {
    const outcome = rate(SET, sheet({ B1: 0 }));
    expect(outcome).toMatchObject({ rating: 'PASSED', recognised: false });
    expect(outcome.reasons).toEqual(
      [
        ['GOOD', 'Good', 'Khá'],
        ['EXCELLENT', 'Excellent', 'Tốt'],
      ].map(([grade, en, vi]) => ({
        grade,
        rule: 'INDICATOR_NOT_MET',
        criterion: 'B',
        indicator: 'B1',
        en: `Indicator B1 is not met; ${en} needs it met`,
        vi: `Chỉ số B1 chưa đạt; cần đạt chỉ số này để đạt ${vi}`,
      })),
    );
    expect(outcome.criteria[1]?.met).toBe(false);
  });

  it('needs an indicator with requiredFor only for the grades it names', () => {
    const outcome = rate(SET, sheet({ B3: 0 }));
    expect(outcome).toMatchObject({ rating: 'GOOD', recognised: true });
    expect(outcome.reasons).toEqual([
      {
        grade: 'EXCELLENT',
        rule: 'INDICATOR_NOT_MET',
        criterion: 'B',
        indicator: 'B3',
        en: 'Indicator B3 is not met; Excellent needs it met',
        vi: 'Chỉ số B3 chưa đạt; cần đạt chỉ số này để đạt Tốt',
      },
    ]);
    // Met at the lowest grade that needs it is what `met` reports: B3's lowest is EXCELLENT.
    expect(outcome.criteria[1]?.met).toBe(false);
  });

  // [percent, rating, criterion B met]: thresholds GOOD 50, EXCELLENT 80
  it.each([
    [0, 'PASSED', false],
    [49.99, 'PASSED', false],
    [50, 'GOOD', true],
    [79.9, 'GOOD', true],
    [80, 'EXCELLENT', true],
    [100, 'EXCELLENT', true],
  ] as [number, string, boolean][])('rates a percentage of %s as %s', (value, rating, met) => {
    const outcome = rate(SET, sheet({ B2: value }));
    expect(outcome.rating).toBe(rating);
    expect(outcome.criteria[1]?.met).toBe(met);
  });

  it('explains a percentage below its threshold in both languages', () => {
    const outcome = rate(SET, sheet({ B2: 79.5 }));
    expect(outcome.reasons).toEqual([
      {
        grade: 'EXCELLENT',
        rule: 'INDICATOR_NOT_MET',
        criterion: 'B',
        indicator: 'B2',
        en: 'Indicator B2 is 79.5%, below the 80% needed for Excellent',
        vi: 'Chỉ số B2 đạt 79,5%, thấp hơn mức 80% cần để đạt Tốt',
      },
    ]);
  });

  it('gives the highest grade whose conditions hold, even when a lower one does not', () => {
    // An indicator needed for GOOD only: missing it leaves EXCELLENT's conditions intact.
    const set = withIndicator('B3', { requiredFor: ['GOOD'] });
    const outcome = rate(set, sheet({ B3: 0 }));
    expect(outcome).toMatchObject({ rating: 'EXCELLENT', recognised: true, reasons: [] });
  });

  it('lists every condition of every grade above the one reached', () => {
    const outcome = rate(SET, sheet({ A1: 4, A2: 3, A3: 0, B1: 0, B2: 10, B3: 0 }));
    expect(outcome.rating).toBe('PASSED');
    expect(outcome.reasons.map((r) => `${r.grade} ${r.rule} ${r.indicator ?? r.criterion ?? ''}`)).toEqual([
      'GOOD MIN_TOTAL ',
      'GOOD INDICATOR_MIN A1',
      'GOOD CRITERION_MIN A',
      'GOOD INDICATOR_NOT_MET B1',
      'GOOD INDICATOR_NOT_MET B2',
      'EXCELLENT MIN_TOTAL ',
      'EXCELLENT INDICATOR_MIN A1',
      'EXCELLENT CRITERION_MIN A',
      'EXCELLENT INDICATOR_NOT_MET B1',
      'EXCELLENT INDICATOR_NOT_MET B2',
      'EXCELLENT INDICATOR_NOT_MET B3',
    ]);
  });

  it('refuses a sheet with bad values', () => {
    expect(() => rate(SET, sheet({ A1: Number.NaN }))).toThrow(RangeError);
    expect(() => rate(SET, sheet({ A1: 11 }))).toThrow('scores.A1: indicator A1 scores 11 but its maximum is 10');
    expect(() => rate(SET, [...sheet(), { indicatorCode: 'B1', value: 1 }])).toThrow(/DUPLICATE|scored 2 times/);
  });

  it('refuses an invalid set', () => {
    expect(() => rate(withIndicator('B2', { thresholds: { GOOD: 50 } }), sheet())).toThrow(
      'Cannot rate against TEST-SET: indicator B2: no threshold for grade EXCELLENT',
    );
  });

  it('does not change its inputs', () => {
    const scores = Object.freeze(sheet().map((s) => Object.freeze(s)));
    expect(() => rate(SET, scores)).not.toThrow();
    expect(scores).toEqual(sheet());
  });
});
