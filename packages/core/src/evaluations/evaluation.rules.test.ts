import { describe, expect, it } from 'vitest';
import type { CriteriaSetDefinition, ModelKind } from '../criteria/criteria.model.js';
import { NATIONAL_CRITERIA_SETS } from '../criteria/national-sets.data.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { SubjectKind } from '../subjects/subject.enums.js';
import {
  checkEvidence,
  checkSubjectFits,
  checkYear,
  evaluatingIndex,
  FIRST_YEAR,
  lineageDay,
  MAX_EVIDENCE,
  MODEL_SUBJECTS,
  modelForSubject,
  sheetOf,
  sheetResult,
  storedResult,
  unitExistsIn,
  unitTierOf,
} from './evaluation.rules.js';

const { VILLAGE, COMMUNE, DISTRICT, PROVINCE } = AdminLevel;

function nationalSet(code: string): CriteriaSetDefinition {
  const found = NATIONAL_CRITERIA_SETS.find((s) => s.code === code);
  if (!found) throw new Error(`no national set ${code}`);
  return found;
}

const CITIZEN_SET = nationalSet('KHVN-324-CITIZEN');
const CITIZEN_CODES = CITIZEN_SET.criteria.flatMap((c) => c.indicators.map((i) => i.code));

/** Every citizen index at `base` points, with `values` on top, as stored (code → value). */
const citizenScores = (base: number, values: Record<string, number> = {}) =>
  Object.fromEntries(CITIZEN_CODES.map((code) => [code, values[code] ?? base]));

describe('MODEL_SUBJECTS and modelForSubject', () => {
  it('rates each kind of subject as exactly one model', () => {
    expect(modelForSubject(SubjectKind.HOUSEHOLD)).toBe('LEARNING_FAMILY');
    expect(modelForSubject(SubjectKind.CLAN)).toBe('LEARNING_CLAN');
    expect(modelForSubject(SubjectKind.CITIZEN)).toBe('LEARNING_CITIZEN');
    expect(modelForSubject(SubjectKind.ORGANISATION)).toBe('LEARNING_UNIT');
  });

  it('rates communities as administrative units of their own tier', () => {
    expect(MODEL_SUBJECTS.LEARNING_COMMUNITY_VILLAGE).toEqual({ unitLevel: VILLAGE });
    expect(MODEL_SUBJECTS.LEARNING_COMMUNITY_COMMUNE).toEqual({ unitLevel: COMMUNE });
    expect(MODEL_SUBJECTS.LEARNING_COMMUNITY_DISTRICT).toEqual({ unitLevel: DISTRICT });
    expect(MODEL_SUBJECTS.LEARNING_COMMUNITY_PROVINCE).toEqual({ unitLevel: PROVINCE });
  });
});

describe('checkSubjectFits', () => {
  it.each([
    ['LEARNING_FAMILY', { subjectKind: SubjectKind.HOUSEHOLD }],
    ['LEARNING_CITIZEN', { subjectKind: SubjectKind.CITIZEN }],
    ['LEARNING_CLAN', { subjectKind: SubjectKind.CLAN }],
    ['LEARNING_UNIT', { subjectKind: SubjectKind.ORGANISATION }],
    ['LEARNING_COMMUNITY_VILLAGE', { unitLevel: VILLAGE }],
    ['LEARNING_COMMUNITY_COMMUNE', { unitLevel: COMMUNE }],
    ['LEARNING_COMMUNITY_PROVINCE', { unitLevel: PROVINCE }],
  ] as const)('accepts %s for %o', (model, subject) => {
    expect(checkSubjectFits(model, subject)).toEqual([]);
  });

  it('refuses a citizen rated as a family, on subjectId, saying what the model rates', () => {
    expect(checkSubjectFits('LEARNING_FAMILY', { subjectKind: SubjectKind.CITIZEN })).toEqual([
      { field: 'subjectId', rule: 'MODEL_SUBJECT', message: 'LEARNING_FAMILY rates a household' },
    ]);
  });

  it('refuses a unit of the wrong tier, and a subject for a community model', () => {
    expect(checkSubjectFits('LEARNING_COMMUNITY_COMMUNE', { unitLevel: DISTRICT })).toEqual([
      {
        field: 'subjectId',
        rule: 'MODEL_SUBJECT',
        message: 'LEARNING_COMMUNITY_COMMUNE rates a commune administrative unit',
      },
    ]);
    expect(checkSubjectFits('LEARNING_COMMUNITY_VILLAGE', { subjectKind: SubjectKind.HOUSEHOLD })).toHaveLength(1);
    expect(checkSubjectFits('LEARNING_FAMILY', { unitLevel: VILLAGE })[0]?.rule).toBe('MODEL_SUBJECT');
  });
});

describe('evaluatingIndex', () => {
  const oldMapVillage = [VILLAGE, COMMUNE, DISTRICT, PROVINCE];
  const newMapVillage = [VILLAGE, COMMUNE, PROVINCE]; // no district tier from 1/7/2025

  it.each(['LEARNING_FAMILY', 'LEARNING_CLAN', 'LEARNING_CITIZEN', 'LEARNING_COMMUNITY_VILLAGE'] as const)(
    '%s is assessed by the commune, wherever it sits in the lineage',
    (model) => {
      expect(evaluatingIndex(model, oldMapVillage)).toBe(1);
      expect(evaluatingIndex(model, newMapVillage)).toBe(1);
      expect(evaluatingIndex(model, [COMMUNE, DISTRICT, PROVINCE])).toBe(0);
    },
  );

  it('has no evaluating unit for a commune-assessed model whose lineage has no commune', () => {
    expect(evaluatingIndex('LEARNING_FAMILY', [DISTRICT, PROVINCE])).toBeNull();
    expect(evaluatingIndex('LEARNING_CITIZEN', [])).toBeNull();
  });

  it.each([
    ['LEARNING_COMMUNITY_COMMUNE', [COMMUNE, DISTRICT, PROVINCE]],
    ['LEARNING_COMMUNITY_DISTRICT', [DISTRICT, PROVINCE]],
    ['LEARNING_COMMUNITY_PROVINCE', [PROVINCE]],
    ['LEARNING_UNIT', [DISTRICT, PROVINCE]],
    ['LEARNING_UNIT', [COMMUNE, PROVINCE]],
  ] as [ModelKind, AdminLevel[]][])('%s assesses itself (the first unit of %o)', (model, lineage) => {
    expect(evaluatingIndex(model, lineage)).toBe(0);
  });

  it('has no self-assessing unit when the lineage is empty', () => {
    expect(evaluatingIndex('LEARNING_COMMUNITY_COMMUNE', [])).toBeNull();
    expect(evaluatingIndex('LEARNING_UNIT', [])).toBeNull();
  });
});

describe('unitTierOf', () => {
  it('maps the managing unit’s level to the learning-unit tier; a village manages none', () => {
    expect(unitTierOf(COMMUNE)).toBe('COMMUNE');
    expect(unitTierOf(DISTRICT)).toBe('DISTRICT');
    expect(unitTierOf(PROVINCE)).toBe('PROVINCE');
    expect(unitTierOf(VILLAGE)).toBeNull();
  });
});

describe('checkYear', () => {
  const today = '2025-03-15';

  it('accepts the years from FIRST_YEAR to the current year, both included', () => {
    expect(FIRST_YEAR).toBe(2000);
    for (const year of [2000, 2010, 2024, 2025]) expect(checkYear(year, today)).toEqual([]);
  });

  it.each([1999, 2026, 2024.5, Number.NaN])('refuses %s on field year, rule RANGE, naming the range', (year) => {
    expect(checkYear(year, today)).toEqual([
      { field: 'year', rule: 'RANGE', message: 'must be a year from 2000 to 2025' },
    ]);
  });

  it('lets the current year be self-assessed while it runs, from 1 January', () => {
    expect(checkYear(2026, '2026-01-01')).toEqual([]);
    expect(checkYear(2026, '2025-12-31')).toHaveLength(1);
  });
});

describe('unitExistsIn', () => {
  it('is true when the unit exists on any day of the year', () => {
    const oldUnit = { validFrom: null, validTo: '2025-06-30' };
    expect(unitExistsIn(oldUnit, 2024)).toBe(true);
    expect(unitExistsIn(oldUnit, 2025)).toBe(true);
    expect(unitExistsIn(oldUnit, 2026)).toBe(false);
    const newUnit = { validFrom: '2025-07-01', validTo: null };
    expect(unitExistsIn(newUnit, 2024)).toBe(false);
    expect(unitExistsIn(newUnit, 2025)).toBe(true);
    expect(unitExistsIn({}, 1990)).toBe(true);
  });

  it('counts the first and the last day of the year', () => {
    expect(unitExistsIn({ validTo: '2024-01-01' }, 2024)).toBe(true);
    expect(unitExistsIn({ validTo: '2023-12-31' }, 2024)).toBe(false);
    expect(unitExistsIn({ validFrom: '2024-12-31' }, 2024)).toBe(true);
    expect(unitExistsIn({ validFrom: '2025-01-01' }, 2024)).toBe(false);
  });
});

describe('lineageDay', () => {
  it('is 31 December, or the unit’s last day when it ended during the year', () => {
    expect(lineageDay({ validTo: null }, 2024)).toBe('2024-12-31');
    expect(lineageDay({}, 2024)).toBe('2024-12-31');
    expect(lineageDay({ validTo: '2025-06-30' }, 2024)).toBe('2024-12-31');
    expect(lineageDay({ validTo: '2025-06-30' }, 2025)).toBe('2025-06-30');
    expect(lineageDay({ validTo: '2025-12-31' }, 2025)).toBe('2025-12-31');
  });
});

describe('checkEvidence', () => {
  const link = (title: string, url = 'https://khuyenhoc.vn/bien-ban.pdf') => ({ title, url });

  it('accepts http and https links with a title of 1 to 200 characters', () => {
    expect(checkEvidence([])).toEqual([]);
    expect(
      checkEvidence([link('Biên bản họp'), link('x'.repeat(200), 'http://ubnd.laptop.gov.vn/qd?so=12#trang-2')]),
    ).toEqual([]);
  });

  it('names each bad link by its index: blank or too long titles, non-web addresses', () => {
    expect(
      checkEvidence([
        link('Biên bản'),
        link('   '),
        link('x'.repeat(201)),
        link('Ảnh', 'ftp://khuyenhoc.vn/anh.jpg'),
        link('Ghi chú', 'không phải địa chỉ'),
        link('', 'javascript:alert(1)'),
      ]),
    ).toEqual([
      { field: 'evidence[1].title', rule: 'LENGTH', message: 'must have 1 to 200 characters' },
      { field: 'evidence[2].title', rule: 'LENGTH', message: 'must have 1 to 200 characters' },
      { field: 'evidence[3].url', rule: 'URL', message: 'must be an http or https address' },
      { field: 'evidence[4].url', rule: 'URL', message: 'must be an http or https address' },
      { field: 'evidence[5].title', rule: 'LENGTH', message: 'must have 1 to 200 characters' },
      { field: 'evidence[5].url', rule: 'URL', message: 'must be an http or https address' },
    ]);
  });

  it(`allows at most ${MAX_EVIDENCE} links`, () => {
    expect(checkEvidence(Array.from({ length: MAX_EVIDENCE }, (_, i) => link(`Tệp ${i}`)))).toEqual([]);
    expect(checkEvidence(Array.from({ length: MAX_EVIDENCE + 1 }, (_, i) => link(`Tệp ${i}`)))).toEqual([
      { field: 'evidence', rule: 'MAX_ITEMS', message: `at most ${MAX_EVIDENCE} links` },
    ]);
  });
});

describe('sheetOf', () => {
  it('turns the stored code → value map into a score sheet', () => {
    expect(sheetOf({ '1.1': 7.5, '2.3': 0 })).toEqual([
      { indicatorCode: '1.1', value: 7.5 },
      { indicatorCode: '2.3', value: 0 },
    ]);
    expect(sheetOf({})).toEqual([]);
  });
});

describe('sheetResult and storedResult', () => {
  it('does not rate a partial sheet, and lists the missing indicators in the set’s order', () => {
    const partial = { '3.2': 10, '1.1': 10 };
    expect(sheetResult(CITIZEN_SET, partial)).toEqual({
      total: null,
      rating: null,
      recognised: null,
      detail: {
        maxTotal: 100,
        criteria: [],
        reasons: [],
        missingIndicators: ['1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1'],
      },
    });
  });

  it('rates a complete sheet: 80 points with no index below 5 is recognised', () => {
    const result = sheetResult(CITIZEN_SET, citizenScores(8));
    expect(result).toMatchObject({ total: 80, rating: 'RECOGNISED', recognised: true });
    expect(result.detail.missingIndicators).toEqual([]);
    expect(result.detail.reasons).toEqual([]);
    expect(result.detail.maxTotal).toBe(100);
    expect(result.detail.criteria.map((c) => [c.code, c.score, c.maxScore])).toEqual([
      ['1', 32, 40],
      ['2', 32, 40],
      ['3', 16, 20],
    ]);
  });

  it('rates 79 points as not recognised, with the reason', () => {
    const result = sheetResult(CITIZEN_SET, citizenScores(8, { '3.2': 7 }));
    expect(result).toMatchObject({ total: 79, rating: null, recognised: false });
    expect(result.detail.reasons).toEqual([
      expect.objectContaining({ grade: 'RECOGNISED', rule: 'MIN_TOTAL', en: expect.stringContaining('79') }),
    ]);
  });

  it('refuses recognition for an index at 4 even with 85 points, naming the index', () => {
    const result = sheetResult(CITIZEN_SET, citizenScores(9, { '2.2': 4 }));
    expect(result).toMatchObject({ total: 85, rating: null, recognised: false });
    expect(result.detail.reasons).toEqual([
      expect.objectContaining({ rule: 'INDICATOR_MIN', criterion: '2', indicator: '2.2' }),
    ]);
  });

  it('rates a sheet that leaves out only optional indicators', () => {
    const set: CriteriaSetDefinition = {
      ...CITIZEN_SET,
      code: 'TEST-OPTIONAL',
      criteria: [
        {
          code: '1',
          title: 'Một',
          indicators: [
            { code: 'A', title: 'A', kind: 'POINTS', maxScore: 10 },
            { code: 'B', title: 'B', kind: 'POINTS', maxScore: 10, optional: true },
          ],
        },
      ],
      grades: [{ code: 'RECOGNISED', label: 'Đạt', labelEn: 'Passed', recognised: true, minTotal: 8 }],
    };
    expect(sheetResult(set, { A: 9 })).toMatchObject({
      total: 9,
      rating: 'RECOGNISED',
      recognised: true,
      detail: { maxTotal: 20, missingIndicators: [] },
    });
    expect(sheetResult(set, { B: 9 })).toMatchObject({ total: null, detail: { missingIndicators: ['A'] } });
  });

  it('stores only the total, rating and recognition', () => {
    expect(storedResult(CITIZEN_SET, citizenScores(8))).toEqual({ total: 80, rating: 'RECOGNISED', recognised: true });
    expect(storedResult(CITIZEN_SET, citizenScores(8, { '1.4': 4.5 }))).toEqual({
      total: 76.5,
      rating: null,
      recognised: false,
    });
    expect(storedResult(CITIZEN_SET, { '1.1': 10 })).toEqual({ total: null, rating: null, recognised: null });
  });
});

describe('sheetResult of a partial sheet', () => {
  it('rounds the points available as a complete sheet does', () => {
    const set: CriteriaSetDefinition = {
      ...CITIZEN_SET,
      code: 'T',
      criteria: [
        {
          code: '1',
          title: '1',
          indicators: [
            { code: 'A', title: 'A', kind: 'POINTS', maxScore: 0.1 },
            { code: 'B', title: 'B', kind: 'POINTS', maxScore: 0.2 },
          ],
        },
      ],
      grades: [{ code: 'RECOGNISED', label: 'Đạt', labelEn: 'Passed', recognised: true, minTotal: 0.3 }],
    };
    expect(sheetResult(set, { A: 0.1 }).detail.maxTotal).toBe(0.3);
    expect(sheetResult(set, { A: 0.1, B: 0.2 }).detail.maxTotal).toBe(0.3);
  });
});
