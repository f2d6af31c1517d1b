import { describe, expect, it } from 'vitest';
import type { CriteriaSetDefinition, Score } from './criteria.model.js';
import { NATIONAL_CRITERIA_SETS } from './national-sets.data.js';
import { checkCriteriaSet, rate, validateScoreSheet } from './rating.rules.js';

function set(code: string): CriteriaSetDefinition {
  const found = NATIONAL_CRITERIA_SETS.find((s) => s.code === code);
  if (found === undefined) throw new Error(`No national set ${code}`);
  return found;
}

function indicatorCodes(s: CriteriaSetDefinition): string[] {
  return s.criteria.flatMap((c) => c.indicators.map((i) => i.code));
}

/** Every indicator of `s` at `base`, with `values` on top. */
function sheet(s: CriteriaSetDefinition, base: number, values: Record<string, number> = {}): Score[] {
  return indicatorCodes(s).map((indicatorCode) => ({ indicatorCode, value: values[indicatorCode] ?? base }));
}

/** Every indicator met at level 2 (pass/fail 1, percentages 100), with `values` on top. */
function levelSheet(s: CriteriaSetDefinition, values: Record<string, number> = {}): Score[] {
  return s.criteria.flatMap((c) =>
    c.indicators.map((i) => ({ indicatorCode: i.code, value: values[i.code] ?? (i.kind === 'PERCENT' ? 100 : 1) })),
  );
}

const SET_CODES = [
  'KHVN-324-CITIZEN',
  'KHVN-448-FAMILY',
  'KHVN-448-CLAN',
  'KHVN-448-VILLAGE',
  'KHVN-448-UNIT-COMMUNE',
  'TT25-2023-COMMUNE',
  'TT25-2023-DISTRICT',
  'TT25-2023-PROVINCE',
  'TT24-2023-UNIT-DISTRICT',
  'TT24-2023-UNIT-PROVINCE',
];

describe('the national sets', () => {
  it('are the ten expected, with unique codes', () => {
    const codes = NATIONAL_CRITERIA_SETS.map((s) => s.code);
    expect(codes).toEqual(SET_CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(NATIONAL_CRITERIA_SETS.map((s) => [s.code, s] as const))('%s passes checkCriteriaSet', (_code, s) => {
    expect(checkCriteriaSet(s)).toEqual([]);
  });

  it.each(NATIONAL_CRITERIA_SETS.map((s) => [s.code, s] as const))(
    '%s is national, sample and bilingual',
    (_code, s) => {
      expect(s.issuer).toEqual({ level: 'NATIONAL' });
      // No table is verified against its legal text yet, so the product must show each as sample data.
      expect(s.sample).toBe(true);
      expect(s.description.startsWith('Sample data:')).toBe(true);
      expect(s.description).toMatch(/not verified/);
      expect(s.name).not.toBe(s.nameEn);
      for (const c of s.criteria) {
        expect(c.titleEn).toBeTruthy();
        for (const i of c.indicators) expect(i.titleEn).toBeTruthy();
      }
      for (const g of s.grades) expect(g.labelEn).toBeTruthy();
    },
  );

  it('cite the legal texts in what users read, never a file of this repository they do not have', () => {
    expect(JSON.stringify(NATIONAL_CRITERIA_SETS)).not.toMatch(/DOMAIN\.md|\/work\/shared/);
  });

  it('give each set the source and dates DOMAIN.md gives', () => {
    expect(
      NATIONAL_CRITERIA_SETS.map((s) => [s.code, s.modelKind, s.unitTier ?? null, s.source, s.validFrom, s.validTo]),
    ).toEqual([
      ['KHVN-324-CITIZEN', 'LEARNING_CITIZEN', null, 'Quyết định 324/QĐ-KHVN', '2021-01-01', '2030-12-31'],
      ...(
        [
          ['KHVN-448-FAMILY', 'LEARNING_FAMILY', null],
          ['KHVN-448-CLAN', 'LEARNING_CLAN', null],
          ['KHVN-448-VILLAGE', 'LEARNING_COMMUNITY_VILLAGE', null],
          ['KHVN-448-UNIT-COMMUNE', 'LEARNING_UNIT', 'COMMUNE'],
        ] as const
      ).map((row) => [...row, 'Quyết định 448/QĐ-KHVN (Hội Khuyến học Việt Nam, 2015)', '2016-01-01', null]),
      ...(
        [
          ['TT25-2023-COMMUNE', 'LEARNING_COMMUNITY_COMMUNE'],
          ['TT25-2023-DISTRICT', 'LEARNING_COMMUNITY_DISTRICT'],
          ['TT25-2023-PROVINCE', 'LEARNING_COMMUNITY_PROVINCE'],
        ] as const
      ).map(([code, kind]) => [code, kind, null, 'Thông tư 25/2023/TT-BGDĐT', '2024-02-12', null]),
      ['TT24-2023-UNIT-DISTRICT', 'LEARNING_UNIT', 'DISTRICT', 'Thông tư 24/2023/TT-BGDĐT', '2024-01-26', null],
      ['TT24-2023-UNIT-PROVINCE', 'LEARNING_UNIT', 'PROVINCE', 'Thông tư 24/2023/TT-BGDĐT', '2024-01-26', null],
    ]);
  });

  it('leave out Thông tư 44/2014, whose in-force date is not known', () => {
    expect(NATIONAL_CRITERIA_SETS.some((s) => s.source.includes('44/2014'))).toBe(false);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(NATIONAL_CRITERIA_SETS)).toBe(true);
    const citizen = set('KHVN-324-CITIZEN');
    expect(Object.isFrozen(citizen)).toBe(true);
    expect(Object.isFrozen(citizen.criteria[0]?.indicators[0])).toBe(true);
    expect(Object.isFrozen(set('TT24-2023-UNIT-DISTRICT').criteria[1]?.indicators[0]?.thresholds)).toBe(true);
  });
});

describe('learning citizen (324/QĐ-KHVN)', () => {
  const citizen = set('KHVN-324-CITIZEN');

  it('has three competency groups of 4 + 4 + 2 indices of 10 points, none below 5', () => {
    expect(citizen.criteria.map((c) => c.indicators.length)).toEqual([4, 4, 2]);
    for (const i of citizen.criteria.flatMap((c) => c.indicators))
      expect(i).toMatchObject({ kind: 'POINTS', maxScore: 10, minScore: 5 });
    expect(citizen.grades).toEqual([
      { code: 'RECOGNISED', label: 'Công dân học tập', labelEn: 'Learning citizen', recognised: true, minTotal: 80 },
    ]);
    expect(rate(citizen, sheet(citizen, 10)).maxTotal).toBe(100);
  });

  // [case, every index, overrides, total, rating]
  it.each([
    ['80 points', 8, {}, 80, 'RECOGNISED'],
    ['79 points', 8, { '3.2': 7 }, 79, null],
    ['79.5 points', 8, { '3.2': 7.5 }, 79.5, null],
    ['an index at 5, 86 points', 9, { '2.1': 5 }, 86, 'RECOGNISED'],
    ['an index at 4, 85 points', 9, { '2.1': 4 }, 85, null],
    ['an index at 4.99', 10, { '1.1': 4.99 }, 94.99, null],
    ['full marks', 10, {}, 100, 'RECOGNISED'],
  ] as [string, number, Record<string, number>, number, string | null][])(
    '%s',
    (_case, base, values, total, rating) => {
      const scores = sheet(citizen, base, values);
      expect(validateScoreSheet(citizen, scores)).toEqual([]);
      const outcome = rate(citizen, scores);
      expect(outcome.total).toBe(total);
      expect(outcome.rating).toBe(rating);
      expect(outcome.recognised).toBe(rating !== null);
    },
  );

  it('explains 79 points in both languages', () => {
    expect(rate(citizen, sheet(citizen, 8, { '3.2': 7 })).reasons).toEqual([
      {
        grade: 'RECOGNISED',
        rule: 'MIN_TOTAL',
        en: 'Total 79 is below 80 needed for Learning citizen',
        vi: 'Tổng điểm 79 thấp hơn mức 80 cần để đạt Công dân học tập',
      },
    ]);
  });

  it('explains an index at 4 in both languages, naming the index', () => {
    const outcome = rate(citizen, sheet(citizen, 9, { '2.1': 4 }));
    expect(outcome.reasons).toEqual([
      {
        grade: 'RECOGNISED',
        rule: 'INDICATOR_MIN',
        criterion: '2',
        indicator: '2.1',
        en: 'Indicator 2.1 scores 4, below the minimum 5',
        vi: 'Chỉ số 2.1 đạt 4 điểm, dưới mức tối thiểu 5',
      },
    ]);
    expect(outcome.criteria.map((c) => [c.code, c.score, c.maxScore, c.met])).toEqual([
      ['1', 36, 40, true],
      ['2', 31, 40, false],
      ['3', 18, 20, true],
    ]);
  });

  it('gives both reasons when the total and an index both fall short', () => {
    const outcome = rate(citizen, sheet(citizen, 8, { '1.3': 3 }));
    expect(outcome.total).toBe(75);
    expect(outcome.reasons.map((r) => [r.rule, r.indicator])).toEqual([
      ['MIN_TOTAL', undefined],
      ['INDICATOR_MIN', '1.3'],
    ]);
  });

  it('refuses an index above 10', () => {
    expect(validateScoreSheet(citizen, sheet(citizen, 8, { '1.2': 12 }))).toEqual([
      { field: 'scores.1.2', rule: 'ABOVE_MAX', message: 'indicator 1.2 scores 12 but its maximum is 10' },
    ]);
  });
});

describe('learning family (448/QĐ-KHVN)', () => {
  const family = set('KHVN-448-FAMILY');

  it('has criteria of 30 + 30 + 20 + 20 points in items of 10', () => {
    const outcome = rate(family, sheet(family, 10));
    expect(outcome.criteria.map((c) => [c.code, c.maxScore])).toEqual([
      ['1', 30],
      ['2', 30],
      ['3', 20],
      ['4', 20],
    ]);
    expect(outcome).toMatchObject({ total: 100, maxTotal: 100, rating: 'RECOGNISED' });
    expect(family.criteria[0]?.indicators.map((i) => i.code)).toEqual(['1.1', '1.2', '1.3']);
    expect(family.criteria[1]?.indicators[0]).toMatchObject({ code: '2.1', maxScore: 10 });
    expect(family.criteria[1]?.indicators[0]?.titleEn).toContain('19–60');
  });

  it('adds up subtotals and the total', () => {
    const scores = sheet(family, 0, {
      '1.1': 10,
      '1.2': 8,
      '1.3': 9.5,
      '2.1': 10,
      '2.2': 7,
      '2.3': 6,
      '3.1': 9,
      '3.2': 8,
      '4.1': 6.5,
      '4.2': 6,
    });
    const outcome = rate(family, scores);
    expect(outcome.criteria.map((c) => c.score)).toEqual([27.5, 23, 17, 12.5]);
    expect(outcome).toMatchObject({ total: 80, rating: 'RECOGNISED', recognised: true, reasons: [] });
    // No index minimum in this set: a 0 does not block recognition when the total is reached.
    expect(outcome.criteria.every((c) => c.met)).toBe(true);
  });

  it('does not recognise 79.5 points', () => {
    const outcome = rate(family, sheet(family, 8, { '4.2': 7.5 }));
    expect(outcome).toMatchObject({ total: 79.5, rating: null, recognised: false });
    expect(outcome.reasons[0]?.en).toBe('Total 79.5 is below 80 needed for Learning family');
    expect(outcome.reasons[0]?.vi).toBe('Tổng điểm 79,5 thấp hơn mức 80 cần để đạt Gia đình học tập');
  });
});

describe('clan, village and grassroots unit (448/QĐ-KHVN)', () => {
  it.each(['KHVN-448-CLAN', 'KHVN-448-VILLAGE', 'KHVN-448-UNIT-COMMUNE'])(
    '%s has four criteria on 100 points, recognised at 80',
    (code) => {
      const s = set(code);
      expect(s.criteria).toHaveLength(4);
      expect(s.description).toContain('not verified');
      expect(rate(s, sheet(s, 10)).maxTotal).toBe(100);
      expect(rate(s, sheet(s, 8)).rating).toBe('RECOGNISED');
      expect(rate(s, sheet(s, 8, { '1.1': 7.99 })).rating).toBe(null);
    },
  );
});

describe('learning communities (Thông tư 25/2023)', () => {
  const communityCodes = ['TT25-2023-COMMUNE', 'TT25-2023-DISTRICT', 'TT25-2023-PROVINCE'];

  it.each(communityCodes)('%s scores pass/fail in five criteria at two levels', (code) => {
    const s = set(code);
    expect(s.criteria.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.criteria.flatMap((c) => c.indicators).every((i) => i.kind === 'PASS_FAIL')).toBe(true);
    expect(s.grades.map((g) => [g.code, g.label, g.recognised, g.allIndicatorsMet])).toEqual([
      ['LEVEL_1', 'Mức độ 1', true, true],
      ['LEVEL_2', 'Mức độ 2', true, true],
    ]);
    const level2Only = s.criteria.flatMap((c) => c.indicators).filter((i) => i.requiredFor !== undefined);
    expect(level2Only.length).toBeGreaterThan(0);
    for (const i of level2Only) expect(i.requiredFor).toEqual(['LEVEL_2']);
  });

  it.each(communityCodes)('%s: every indicator met is level 2', (code) => {
    const s = set(code);
    expect(rate(s, levelSheet(s))).toEqual({
      total: 0,
      maxTotal: 0,
      criteria: s.criteria.map((c) => ({ code: c.code, score: 0, maxScore: 0, met: true })),
      rating: 'LEVEL_2',
      recognised: true,
      reasons: [],
    });
  });

  it.each(communityCodes)('%s: a level-2-only indicator not met is level 1', (code) => {
    const s = set(code);
    const outcome = rate(s, levelSheet(s, { '4.3': 0 }));
    expect(outcome).toMatchObject({ rating: 'LEVEL_1', recognised: true });
    expect(outcome.reasons).toEqual([
      {
        grade: 'LEVEL_2',
        rule: 'INDICATOR_NOT_MET',
        criterion: '4',
        indicator: '4.3',
        en: 'Indicator 4.3 is not met; Level 2 needs it met',
        vi: 'Chỉ số 4.3 chưa đạt; cần đạt chỉ số này để đạt Mức độ 2',
      },
    ]);
    // `met` asks each indicator at the lowest level that needs it: for 4.3 that is level 2.
    expect(outcome.criteria.find((c) => c.code === '4')?.met).toBe(false);
  });

  it.each(communityCodes)('%s: a level-1 indicator not met is no level', (code) => {
    const s = set(code);
    const outcome = rate(s, levelSheet(s, { '1.2': 0 }));
    expect(outcome).toMatchObject({ rating: null, recognised: false });
    expect(outcome.reasons.map((r) => [r.grade, r.indicator])).toEqual([
      ['LEVEL_1', '1.2'],
      ['LEVEL_2', '1.2'],
    ]);
  });

  it('gives a district criterion 2 four indicators, one on digital tools', () => {
    const resources = set('TT25-2023-DISTRICT').criteria[1];
    expect(resources?.indicators).toHaveLength(4);
    expect(resources?.indicators.some((i) => /digital/i.test(i.titleEn ?? ''))).toBe(true);
  });

  it('adds policies and international cooperation for a province', () => {
    const province = set('TT25-2023-PROVINCE').criteria.flatMap((c) => c.indicators.map((i) => i.titleEn ?? ''));
    expect(province.some((t) => /polic/i.test(t))).toBe(true);
    expect(province.some((t) => /international cooperation/i.test(t))).toBe(true);
    expect(province.length).toBe(indicatorCodes(set('TT25-2023-DISTRICT')).length + 2);
  });

  it('needs every required indicator on the sheet', () => {
    const s = set('TT25-2023-COMMUNE');
    const scores = levelSheet(s).filter((score) => score.indicatorCode !== '5.2');
    expect(validateScoreSheet(s, scores)).toEqual([
      { field: 'scores.5.2', rule: 'MISSING_INDICATOR', message: 'indicator 5.2 is required but has no score' },
    ]);
  });
});

describe('learning units (Thông tư 24/2023)', () => {
  const unitCodes = ['TT24-2023-UNIT-DISTRICT', 'TT24-2023-UNIT-PROVINCE'];

  it.each(unitCodes)('%s has three criteria, the first with five conditions', (code) => {
    const s = set(code);
    expect(s.criteria.map((c) => [c.code, c.indicators.length])).toEqual([
      ['1', 5],
      ['2', 2],
      ['3', 5],
    ]);
    expect(s.grades.map((g) => g.code)).toEqual(['LEVEL_1', 'LEVEL_2']);
  });

  // [indicator, value, rating]: 3.1 learning citizens 90 / 95, 3.2 learners 95 / 97, 2.1 discipline 90 / 90
  it.each([
    ['3.1', 89, null],
    ['3.1', 89.99, null],
    ['3.1', 90, 'LEVEL_1'],
    ['3.1', 94, 'LEVEL_1'],
    ['3.1', 94.99, 'LEVEL_1'],
    ['3.1', 95, 'LEVEL_2'],
    ['3.2', 94, null],
    ['3.2', 95, 'LEVEL_1'],
    ['3.2', 96, 'LEVEL_1'],
    ['3.2', 97, 'LEVEL_2'],
    ['2.1', 89, null],
    ['2.1', 90, 'LEVEL_2'],
    ['2.2', 89, null],
    ['2.2', 90, 'LEVEL_2'],
  ] as [string, number, string | null][])('%s at %s%% rates %s', (indicator, value, rating) => {
    for (const code of unitCodes) {
      const s = set(code);
      expect(rate(s, levelSheet(s, { [indicator]: value })).rating).toBe(rating);
    }
  });

  it('explains 94% of members recognised as learning citizens', () => {
    const s = set('TT24-2023-UNIT-DISTRICT');
    expect(rate(s, levelSheet(s, { '3.1': 94 })).reasons).toEqual([
      {
        grade: 'LEVEL_2',
        rule: 'INDICATOR_NOT_MET',
        criterion: '3',
        indicator: '3.1',
        en: 'Indicator 3.1 is 94%, below the 95% needed for Level 2',
        vi: 'Chỉ số 3.1 đạt 94%, thấp hơn mức 95% cần để đạt Mức độ 2',
      },
    ]);
  });

  it('explains 89% at both levels', () => {
    const s = set('TT24-2023-UNIT-PROVINCE');
    const outcome = rate(s, levelSheet(s, { '3.1': 89 }));
    expect(outcome.reasons.map((r) => r.en)).toEqual([
      'Indicator 3.1 is 89%, below the 90% needed for Level 1',
      'Indicator 3.1 is 89%, below the 95% needed for Level 2',
    ]);
    expect(outcome.criteria.map((c) => c.met)).toEqual([true, true, false]);
  });

  it('needs the higher title for level 2 only', () => {
    const s = set('TT24-2023-UNIT-DISTRICT');
    expect(s.criteria[2]?.indicators.find((i) => i.code === '3.4')?.requiredFor).toEqual(['LEVEL_2']);
    const outcome = rate(s, levelSheet(s, { '3.4': 0 }));
    expect(outcome).toMatchObject({ rating: 'LEVEL_1', recognised: true });
    expect(outcome.reasons.map((r) => [r.grade, r.indicator])).toEqual([['LEVEL_2', '3.4']]);
  });

  it('needs "Tập thể lao động tiên tiến" or higher for either level', () => {
    const s = set('TT24-2023-UNIT-DISTRICT');
    const outcome = rate(s, levelSheet(s, { '3.3': 0 }));
    expect(outcome.rating).toBe(null);
    expect(outcome.reasons.map((r) => r.grade)).toEqual(['LEVEL_1', 'LEVEL_2']);
  });

  it('needs every condition for level 1', () => {
    for (const indicator of ['1.1', '1.2', '1.3', '1.4', '1.5']) {
      const s = set('TT24-2023-UNIT-DISTRICT');
      expect(rate(s, levelSheet(s, { [indicator]: 0 })).rating).toBe(null);
    }
  });

  it('refuses a percentage above 100', () => {
    const s = set('TT24-2023-UNIT-PROVINCE');
    expect(validateScoreSheet(s, levelSheet(s, { '3.2': 101 }))).toEqual([
      {
        field: 'scores.3.2',
        rule: 'PERCENT_RANGE',
        message: 'indicator 3.2 scores 101 but a percentage is between 0 and 100',
      },
    ]);
  });
});
