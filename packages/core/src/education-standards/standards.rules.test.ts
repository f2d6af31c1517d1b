import { describe, expect, it } from 'vitest';
import { STANDARD_CODES, STANDARDS_FROM_2025_07_01, STANDARDS_ND20_2014, type StandardCode } from './standards.data.js';
import {
  PREREQUISITE_PROVENANCE,
  STANDARD_RULES,
  evaluateCommuneStandards,
  literacy1,
  literacy2,
  preschool5,
  primary2,
  validateFigures,
  type CommuneSurvey,
  type StandardResult,
} from './standards.rules.js';
import { SURVEY_CODES, type SurveyCode, type SurveyFigure } from './survey-codes.js';

const version = STANDARDS_ND20_2014;

const RULES = STANDARD_RULES;

/** Every figure at 100%, with `overrides` (a numerator of 1000 people) on top; `null` leaves a figure out. */
function survey(
  overrides: Partial<Record<SurveyCode, number | null>> = {},
  especiallyDifficult = false,
): CommuneSurvey {
  const figures: SurveyFigure[] = [];
  for (const { code } of SURVEY_CODES) {
    const numerator = code in overrides ? overrides[code] : 1000;
    if (numerator !== null && numerator !== undefined) figures.push({ code, numerator, denominator: 1000 });
  }
  return { especiallyDifficult, figures };
}

function byStandard(results: readonly StandardResult[]): Record<StandardCode, StandardResult> {
  return Object.fromEntries(results.map((r) => [r.standard, r])) as Record<StandardCode, StandardResult>;
}

// One row per measure, from DOMAIN.md's table and written out here so the test also checks the
// data: [standard, figure, percent, ĐBKK percent, figure an ĐBKK commune is assessed on instead].
const MEASURES: [StandardCode, SurveyCode, number, number, SurveyCode?][] = [
  ['PRESCHOOL_5', 'PRESCHOOL5_ATTEND', 95, 90],
  ['PRESCHOOL_5', 'PRESCHOOL5_COMPLETE', 85, 80],
  ['PRIMARY_1', 'PRIMARY_ENTRY_6', 90, 90],
  ['PRIMARY_1', 'PRIMARY_COMPLETE_14', 80, 70],
  ['PRIMARY_2', 'PRIMARY_ENTRY_6', 95, 95],
  ['PRIMARY_2', 'PRIMARY_COMPLETE_11', 80, 70],
  ['PRIMARY_3', 'PRIMARY_ENTRY_6', 98, 98],
  ['PRIMARY_3', 'PRIMARY_COMPLETE_11', 90, 80],
  ['LOWER_SECONDARY_1', 'LOWERSEC_GRAD_15_18', 80, 70],
  ['LOWER_SECONDARY_2', 'LOWERSEC_GRAD_15_18', 90, 80],
  ['LOWER_SECONDARY_3', 'LOWERSEC_GRAD_15_18', 95, 90],
  ['LOWER_SECONDARY_3', 'LOWERSEC_CONTINUE_15_18', 80, 70],
  ['LITERACY_1', 'LITERACY1_15_35', 90, 90, 'LITERACY1_15_25'],
  ['LITERACY_2', 'LITERACY2_15_60', 90, 90, 'LITERACY2_15_35'],
];

type ThresholdCase = [string, StandardCode, SurveyCode, boolean, number, boolean, string | null];

const THRESHOLD_CASES: ThresholdCase[] = MEASURES.flatMap(
  ([standard, code, percent, difficultPercent, difficultCode]) => {
    const difficultFigure = difficultCode ?? code;
    const hint = difficultPercent === percent ? '' : ` (ĐBKK ${difficultPercent}%)`;
    const below = (p: number) => `${p - 1}.9%`;
    return [
      [`${standard} ${code} at ${percent}%`, standard, code, false, percent * 10, true, null],
      [
        `${standard} ${code} one person below ${percent}%`,
        standard,
        code,
        false,
        percent * 10 - 1,
        false,
        `${code}: ${below(percent)} < ${percent}%${hint}`,
      ],
      [
        `${standard} ĐBKK ${difficultFigure} at ${difficultPercent}%`,
        standard,
        difficultFigure,
        true,
        difficultPercent * 10,
        true,
        null,
      ],
      [
        `${standard} ĐBKK ${difficultFigure} one person below ${difficultPercent}%`,
        standard,
        difficultFigure,
        true,
        difficultPercent * 10 - 1,
        false,
        `${difficultFigure}: ${below(difficultPercent)} < ${difficultPercent}% (ĐBKK)`,
      ],
    ];
  },
);

describe('each standard at its threshold and one person below', () => {
  it.each(THRESHOLD_CASES)('%s', (_name, standard, code, especiallyDifficult, numerator, met, reason) => {
    const result = RULES[standard](version, survey({ [code]: numerator }, especiallyDifficult));
    expect(result.standard).toBe(standard);
    expect(result.met).toBe(met);
    expect(result.missing).toEqual([]);
    const measure = result.measures.find((m) => m.code === code);
    expect(measure).toMatchObject({ numerator, denominator: 1000, rate: numerator / 1000, met });
    expect(result.reasons).toEqual(reason === null ? [] : [reason]);
  });

  it('applies the ĐBKK threshold only to ĐBKK communes', () => {
    const ordinary = primary2(version, survey({ PRIMARY_COMPLETE_11: 750 }));
    const difficult = primary2(version, survey({ PRIMARY_COMPLETE_11: 750 }, true));
    expect(ordinary.met).toBe(false);
    expect(ordinary.measures.find((m) => m.code === 'PRIMARY_COMPLETE_11')?.threshold).toBe(0.8);
    expect(difficult.met).toBe(true);
    expect(difficult.measures.find((m) => m.code === 'PRIMARY_COMPLETE_11')?.threshold).toBe(0.7);
  });

  it('explains a failure in the documented form', () => {
    const result = primary2(version, {
      especiallyDifficult: false,
      figures: survey({ PRIMARY_COMPLETE_11: null }).figures.concat({
        code: 'PRIMARY_COMPLETE_11',
        numerator: 78,
        denominator: 100,
      }),
    });
    expect(result.reasons).toEqual(['PRIMARY_COMPLETE_11: 78.0% < 80% (ĐBKK 70%)']);
  });

  it('compares exactly, even with counts near the limit of safe integers', () => {
    const denominator = 9_007_199_254_740_990;
    const exactly90 = 8_106_479_329_266_891; // 9/10 of the denominator
    const figures = (numerator: number): SurveyFigure[] => [{ code: 'LITERACY1_15_35', numerator, denominator }];
    expect(literacy1(version, { especiallyDifficult: false, figures: figures(exactly90) }).met).toBe(true);
    expect(literacy1(version, { especiallyDifficult: false, figures: figures(exactly90 - 1) }).met).toBe(false);
  });
});

describe('the literacy age band in ĐBKK communes', () => {
  it.each([
    [
      'LITERACY_1 ordinary commune uses 15–35',
      literacy1,
      false,
      { LITERACY1_15_35: 900, LITERACY1_15_25: 0 },
      'LITERACY1_15_35',
      true,
    ],
    [
      'LITERACY_1 ordinary commune ignores 15–25',
      literacy1,
      false,
      { LITERACY1_15_35: 899, LITERACY1_15_25: 1000 },
      'LITERACY1_15_35',
      false,
    ],
    [
      'LITERACY_1 ĐBKK commune uses 15–25',
      literacy1,
      true,
      { LITERACY1_15_35: 0, LITERACY1_15_25: 900 },
      'LITERACY1_15_25',
      true,
    ],
    [
      'LITERACY_1 ĐBKK commune ignores 15–35',
      literacy1,
      true,
      { LITERACY1_15_35: 1000, LITERACY1_15_25: 899 },
      'LITERACY1_15_25',
      false,
    ],
    [
      'LITERACY_2 ordinary commune uses 15–60',
      literacy2,
      false,
      { LITERACY2_15_60: 900, LITERACY2_15_35: 0 },
      'LITERACY2_15_60',
      true,
    ],
    [
      'LITERACY_2 ordinary commune ignores 15–35',
      literacy2,
      false,
      { LITERACY2_15_60: 899, LITERACY2_15_35: 1000 },
      'LITERACY2_15_60',
      false,
    ],
    [
      'LITERACY_2 ĐBKK commune uses 15–35',
      literacy2,
      true,
      { LITERACY2_15_60: 0, LITERACY2_15_35: 900 },
      'LITERACY2_15_35',
      true,
    ],
    [
      'LITERACY_2 ĐBKK commune ignores 15–60',
      literacy2,
      true,
      { LITERACY2_15_60: 1000, LITERACY2_15_35: 899 },
      'LITERACY2_15_35',
      false,
    ],
  ] as const)('%s', (_name, rule, especiallyDifficult, overrides, assessed, met) => {
    const result = rule(version, survey(overrides, especiallyDifficult));
    expect(result.met).toBe(met);
    expect(result.measures.map((m) => m.code)).toEqual([assessed]);
  });

  it('names the narrower band when an ĐBKK commune reports only the wide one', () => {
    const result = literacy1(version, survey({ LITERACY1_15_25: null }, true));
    expect(result.met).toBe(false);
    expect(result.missing).toEqual(['LITERACY1_15_25']);
    expect(result.reasons).toEqual([
      'LITERACY1_15_25: figure not provided (ĐBKK communes are assessed on LITERACY1_15_25 instead of LITERACY1_15_35)',
    ]);
  });
});

describe('prerequisites', () => {
  // [name, figure overrides, standard checked, its prerequisites, reasons]
  it.each<
    [string, Partial<Record<SurveyCode, number>>, StandardCode, { standard: StandardCode; met: boolean }[], string[]]
  >([
    [
      'lower secondary 1 fails when literacy 1 fails',
      { LITERACY1_15_35: 899 },
      'LOWER_SECONDARY_1',
      [
        { standard: 'PRIMARY_1', met: true },
        { standard: 'LITERACY_1', met: false },
      ],
      ['requires LITERACY_1, which is not met'],
    ],
    [
      'lower secondary 1 fails when primary 1 fails',
      { PRIMARY_COMPLETE_14: 799 },
      'LOWER_SECONDARY_1',
      [
        { standard: 'PRIMARY_1', met: false },
        { standard: 'LITERACY_1', met: true },
      ],
      ['requires PRIMARY_1, which is not met'],
    ],
    [
      'lower secondary 2 fails when lower secondary 1 fails',
      { LITERACY1_15_35: 0 },
      'LOWER_SECONDARY_2',
      [{ standard: 'LOWER_SECONDARY_1', met: false }],
      ['requires LOWER_SECONDARY_1, which is not met'],
    ],
    [
      'lower secondary 3 fails when lower secondary 2 fails',
      { LITERACY1_15_35: 0 },
      'LOWER_SECONDARY_3',
      [{ standard: 'LOWER_SECONDARY_2', met: false }],
      ['requires LOWER_SECONDARY_2, which is not met'],
    ],
    [
      'primary 2 fails when primary 1 fails',
      { PRIMARY_COMPLETE_14: 0 },
      'PRIMARY_2',
      [{ standard: 'PRIMARY_1', met: false }],
      ['requires PRIMARY_1, which is not met'],
    ],
    [
      'primary 3 fails when primary 2 fails',
      { PRIMARY_COMPLETE_14: 0 },
      'PRIMARY_3',
      [{ standard: 'PRIMARY_2', met: false }],
      ['requires PRIMARY_2, which is not met'],
    ],
    [
      'a failing prerequisite and a failing measure are both reported',
      { PRIMARY_COMPLETE_14: 0, PRIMARY_ENTRY_6: 979 },
      'PRIMARY_3',
      [{ standard: 'PRIMARY_2', met: false }],
      ['requires PRIMARY_2, which is not met', 'PRIMARY_ENTRY_6: 97.9% < 98%'],
    ],
    ['literacy 2 does not require literacy 1', { LITERACY1_15_35: 0 }, 'LITERACY_2', [], []],
  ])('%s', (_name, overrides, standard, prerequisites, reasons) => {
    const result = RULES[standard](version, survey(overrides));
    expect(result.prerequisites.map(({ standard, met }) => ({ standard, met }))).toEqual(prerequisites);
    expect(result.reasons).toEqual(reasons);
    expect(result.met).toBe(reasons.length === 0);
  });

  // Issue 16, following DOMAIN.md's table (Nghị định 20/2014/NĐ-CP): it states "level 2" for primary 3
  // and lower-secondary 3, primary 1 and literacy 1 for lower-secondary 1, lower-secondary 2's
  // "level 1" from a secondary source only, and nothing for primary 2: that one is inferred.
  it.each([
    ['PRIMARY_2', 'PRIMARY_1', false],
    ['PRIMARY_3', 'PRIMARY_2', true],
    ['LOWER_SECONDARY_1', 'PRIMARY_1', true],
    ['LOWER_SECONDARY_1', 'LITERACY_1', true],
    ['LOWER_SECONDARY_2', 'LOWER_SECONDARY_1', false],
    ['LOWER_SECONDARY_3', 'LOWER_SECONDARY_2', true],
  ] as const)('%s requiring %s is verified: %s', (standard, required, verified) => {
    const result = RULES[standard](version, survey({}));
    const prerequisite = result.prerequisites.find((p) => p.standard === required)!;
    expect(prerequisite.provenance.verified).toBe(verified);
    if (verified) expect(prerequisite.provenance.source).toContain('Nghị định 20/2014/NĐ-CP');
    else expect(prerequisite.provenance.unknown).toMatch(/inference|secondary source/);
  });

  it('gives every prerequisite of every standard a provenance', () => {
    for (const result of evaluateCommuneStandards(version, survey({})))
      for (const p of result.prerequisites) expect(p.provenance).toBeDefined();
    expect(Object.keys(PREREQUISITE_PROVENANCE)).toHaveLength(6);
  });
});

describe('missing figures and zero denominators', () => {
  it('fails every standard, listing its figures, when nothing is reported', () => {
    const results = byStandard(evaluateCommuneStandards(version, { especiallyDifficult: false, figures: [] }));
    for (const standard of STANDARD_CODES) expect(results[standard].met).toBe(false);
    expect(results.PRIMARY_1.missing).toEqual(['PRIMARY_ENTRY_6', 'PRIMARY_COMPLETE_14']);
    expect(results.PRIMARY_1.measures).toEqual([]);
    expect(results.PRIMARY_1.reasons).toEqual([
      'PRIMARY_ENTRY_6: figure not provided',
      'PRIMARY_COMPLETE_14: figure not provided',
    ]);
    expect(results.LITERACY_2.missing).toEqual(['LITERACY2_15_60']);
  });

  it.each(SURVEY_CODES.filter((c) => c.code !== 'LITERACY1_15_25' && c.code !== 'LITERACY2_15_35').map((c) => c.code))(
    'a standard needing %s fails without it',
    (code) => {
      const results = evaluateCommuneStandards(version, survey({ [code]: null }));
      const needing = results.filter((r) => r.missing.includes(code));
      expect(needing.length).toBeGreaterThan(0);
      for (const r of needing) {
        expect(r.met).toBe(false);
        expect(r.reasons).toContain(`${code}: figure not provided`);
      }
    },
  );

  it('does not meet a measure whose age group is empty, and says why', () => {
    const figures = survey({ PRESCHOOL5_ATTEND: null }).figures.concat({
      code: 'PRESCHOOL5_ATTEND',
      numerator: 0,
      denominator: 0,
    });
    const result = preschool5(version, { especiallyDifficult: false, figures });
    expect(result.met).toBe(false);
    expect(result.measures[0]).toEqual({
      code: 'PRESCHOOL5_ATTEND',
      numerator: 0,
      denominator: 0,
      rate: null,
      threshold: 0.95,
      met: false,
      verified: true,
    });
    expect(result.reasons).toEqual(['PRESCHOOL5_ATTEND: denominator is 0, so the rate cannot be assessed']);
    expect(result.missing).toEqual([]);
  });
});

describe('evaluateCommuneStandards', () => {
  it('answers every standard in order, all met on full figures, under both rule versions', () => {
    for (const v of [STANDARDS_ND20_2014, STANDARDS_FROM_2025_07_01]) {
      const results = evaluateCommuneStandards(v, survey());
      expect(results.map((r) => r.standard)).toEqual([...STANDARD_CODES]);
      expect(results.every((r) => r.met && r.reasons.length === 0 && r.missing.length === 0)).toBe(true);
    }
  });

  it('agrees with the per-standard functions', () => {
    const s = survey({ PRIMARY_COMPLETE_11: 850, LOWERSEC_GRAD_15_18: 920 }, false);
    const results = byStandard(evaluateCommuneStandards(version, s));
    for (const standard of STANDARD_CODES) expect(results[standard]).toEqual(RULES[standard](version, s));
    expect(results.PRIMARY_2.met).toBe(true);
    expect(results.PRIMARY_3.met).toBe(false);
    expect(results.LOWER_SECONDARY_2.met).toBe(true);
    expect(results.LOWER_SECONDARY_3.met).toBe(false);
  });

  it('marks the unverified lower-secondary level 2 threshold', () => {
    const results = byStandard(evaluateCommuneStandards(version, survey()));
    expect(results.LOWER_SECONDARY_2.measures.map((m) => m.verified)).toEqual([false]);
    expect(results.LOWER_SECONDARY_3.measures.every((m) => m.verified)).toBe(true);
  });

  it('refuses figures that validateFigures rejects', () => {
    const figures = [{ code: 'PRESCHOOL5_ATTEND', numerator: 11, denominator: 10 }];
    expect(() => evaluateCommuneStandards(version, { especiallyDifficult: false, figures })).toThrow(
      /figures\[0\]\.numerator/,
    );
  });
});

describe('validateFigures', () => {
  it.each<[string, SurveyFigure[], { field: string; rule: string }[]]>([
    ['accepts valid figures', [{ code: 'PRIMARY_ENTRY_6', numerator: 10, denominator: 10 }], []],
    ['accepts an empty age group', [{ code: 'PRIMARY_ENTRY_6', numerator: 0, denominator: 0 }], []],
    [
      'numerator above denominator',
      [{ code: 'PRIMARY_ENTRY_6', numerator: 11, denominator: 10 }],
      [{ field: 'figures[0].numerator', rule: 'NUMERATOR_LE_DENOMINATOR' }],
    ],
    [
      'negative numerator',
      [{ code: 'PRIMARY_ENTRY_6', numerator: -1, denominator: 10 }],
      [{ field: 'figures[0].numerator', rule: 'NON_NEGATIVE_INTEGER' }],
    ],
    [
      'fractional denominator',
      [{ code: 'PRIMARY_ENTRY_6', numerator: 1, denominator: 2.5 }],
      [{ field: 'figures[0].denominator', rule: 'NON_NEGATIVE_INTEGER' }],
    ],
    [
      'not a number',
      [{ code: 'PRIMARY_ENTRY_6', numerator: Number.NaN, denominator: Number.POSITIVE_INFINITY }],
      [
        { field: 'figures[0].numerator', rule: 'NON_NEGATIVE_INTEGER' },
        { field: 'figures[0].denominator', rule: 'NON_NEGATIVE_INTEGER' },
      ],
    ],
    [
      'unknown code',
      [{ code: 'LITERACY_15_35', numerator: 1, denominator: 2 }],
      [{ field: 'figures[0].code', rule: 'UNKNOWN_CODE' }],
    ],
    [
      'duplicate code, reported on the second',
      [
        { code: 'PRIMARY_ENTRY_6', numerator: 1, denominator: 2 },
        { code: 'PRIMARY_COMPLETE_11', numerator: 1, denominator: 2 },
        { code: 'PRIMARY_ENTRY_6', numerator: 2, denominator: 2 },
      ],
      [{ field: 'figures[2].code', rule: 'DUPLICATE_CODE' }],
    ],
    [
      'several problems at once, each on its field',
      [
        { code: 'NOPE', numerator: 5, denominator: 4 },
        { code: 'PRESCHOOL5_ATTEND', numerator: -2, denominator: -1 },
      ],
      [
        { field: 'figures[0].code', rule: 'UNKNOWN_CODE' },
        { field: 'figures[0].numerator', rule: 'NUMERATOR_LE_DENOMINATOR' },
        { field: 'figures[1].numerator', rule: 'NON_NEGATIVE_INTEGER' },
        { field: 'figures[1].denominator', rule: 'NON_NEGATIVE_INTEGER' },
      ],
    ],
  ])('%s', (_name, figures, expected) => {
    const problems = validateFigures(figures);
    expect(problems.map(({ field, rule }) => ({ field, rule }))).toEqual(expected);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
  });

  it('names the first occurrence of a duplicate', () => {
    const [problem] = validateFigures([
      { code: 'PRIMARY_ENTRY_6', numerator: 1, denominator: 2 },
      { code: 'PRIMARY_ENTRY_6', numerator: 1, denominator: 2 },
    ]);
    expect(problem?.message).toContain('figures[0]');
  });
});
