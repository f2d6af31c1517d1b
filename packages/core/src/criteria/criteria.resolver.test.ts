import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { toGlobalId } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { CriteriaSet } from './criteria-set.entity.js';
import type { CriteriaSetDefinition } from './criteria.model.js';
import { upsertCriteriaSets } from './criteria.service.js';
import { NATIONAL_CRITERIA_SETS } from './national-sets.data.js';

const t = useTestApi();

const ANONYMOUS: Principal = { kind: 'anonymous' };
/** An officer of old Đồng Tháp (87): a token's unit must exist, so it is read from the map. */
let officer: Principal;

const NATIONAL_CODES = [
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

const FAMILY = NATIONAL_CRITERIA_SETS.find((s) => s.code === 'KHVN-448-FAMILY')!;

/** A province plugin's family set for Đồng Tháp, to tell plugin sets from national ones. */
const PLUGIN_FAMILY: CriteriaSetDefinition = {
  ...FAMILY,
  code: 'DT-2022-FAMILY',
  name: 'Tiêu chí Gia đình học tập tỉnh Đồng Tháp',
  nameEn: 'Đồng Tháp learning family criteria',
  source: 'Quyết định của UBND tỉnh Đồng Tháp (test)',
  issuer: { level: 'PROVINCE', plugin: 'dong-thap' },
  validFrom: '2022-01-01',
  validTo: null,
  description: 'Sample data: a test plugin set.',
};

type SetRow = {
  code: string;
  modelKind: string;
  unitTier: string | null;
  issuer: string;
  provinceCodes: string[] | null;
  validFrom: string;
  validTo: string | null;
  sample: boolean;
  description: string;
};

const SETS = `query ($modelKind: ModelKind, $asOf: Date, $plugin: String) {
  criteriaSets(modelKind: $modelKind, asOf: $asOf, plugin: $plugin) {
    code modelKind unitTier issuer provinceCodes validFrom validTo sample description
  } }`;

async function sets(variables: Record<string, unknown>, as: Principal = ANONYMOUS): Promise<SetRow[]> {
  const r = await t.api.execute<{ criteriaSets: SetRow[] }>(SETS, { variables, as });
  expect(r.errors).toBeUndefined();
  return r.data!.criteriaSets;
}
const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

const PREVIEW = `query ($code: String!, $year: Int, $scores: [ScoreInput!]!) {
  previewRating(criteriaSetCode: $code, year: $year, scores: $scores) {
    criteriaSetCode sample total maxTotal rating recognised
    criteria { code score maxScore met }
    details { grade rule criterion indicator en vi }
    en: reasons(language: EN) vi: reasons(language: VI) byDefault: reasons
  } }`;

type Preview = {
  criteriaSetCode: string;
  sample: boolean;
  total: number;
  maxTotal: number;
  rating: string | null;
  recognised: boolean;
  criteria: { code: string; score: number; maxScore: number; met: boolean }[];
  details: {
    grade: string;
    rule: string;
    criterion: string | null;
    indicator: string | null;
    en: string;
    vi: string;
  }[];
  en: string[];
  vi: string[];
  byDefault: string[];
};

type Result = Awaited<ReturnType<typeof t.api.execute<{ previewRating: Preview }>>>;

/** `year` defaults to 2024, in force for every national set but TT25/TT24's predecessors. */
function preview(
  code: string,
  scores: { indicatorCode: string; value: number }[],
  year: number | null = 2024,
  as = ANONYMOUS,
) {
  return t.api.execute<{ previewRating: Preview }>(PREVIEW, { variables: { code, year, scores }, as });
}

function rated(r: Result): Preview {
  expect(r.errors).toBeUndefined();
  return r.data!.previewRating;
}

const problemsOf = (r: Result) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );

const CITIZEN_CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
/** A learning citizen's sheet: every index at `base`, with `values` on top. */
const citizenSheet = (base: number, values: Record<string, number> = {}) =>
  CITIZEN_CODES.map((indicatorCode) => ({ indicatorCode, value: values[indicatorCode] ?? base }));

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  expect(await upsertCriteriaSets(em, [PLUGIN_FAMILY], ['87'])).toBe(1);
  const province = await em.findOneOrFail(AdminUnit, { code: '87', level: AdminLevel.PROVINCE });
  officer = { kind: 'user', subject: 'officer-87', role: Role.OFFICER, unitId: province.id, unitCode: '87' };
});

describe('criteriaSets', () => {
  it('lists every national set to anyone, each marked as sample data', async () => {
    const rows = await sets({ plugin: 'NATIONAL' });
    expect(codes(rows).sort()).toEqual([...NATIONAL_CODES].sort());
    for (const row of rows) {
      expect(row.sample, row.code).toBe(true);
      expect(row.description.startsWith('Sample data:'), row.code).toBe(true);
      expect(row.issuer).toBe('NATIONAL');
      expect(row.provinceCodes).toBeNull();
    }
  });

  it('filters by model, newest first within it', async () => {
    const units = await sets({ modelKind: 'LEARNING_UNIT' });
    expect(units.map((r) => [r.code, r.unitTier, r.validFrom])).toEqual([
      ['TT24-2023-UNIT-DISTRICT', 'DISTRICT', '2024-01-26'],
      ['TT24-2023-UNIT-PROVINCE', 'PROVINCE', '2024-01-26'],
      ['KHVN-448-UNIT-COMMUNE', 'COMMUNE', '2016-01-01'],
    ]);
    const families = await sets({ modelKind: 'LEARNING_FAMILY' });
    expect(codes(families)).toEqual(['DT-2022-FAMILY', 'KHVN-448-FAMILY']);
    expect(codes(await sets({ modelKind: 'LEARNING_CITIZEN' }))).toEqual(['KHVN-324-CITIZEN']);
  });

  it('filters by the day in force: before Thông tư 25 and 24/2023 only the older sets apply', async () => {
    const before = await sets({ asOf: '2023-06-01', plugin: 'NATIONAL' });
    expect(codes(before).sort()).toEqual([
      'KHVN-324-CITIZEN',
      'KHVN-448-CLAN',
      'KHVN-448-FAMILY',
      'KHVN-448-UNIT-COMMUNE',
      'KHVN-448-VILLAGE',
    ]);
    // TT25 is in force from 12/2/2024, on that day and not the day before.
    const tt25 = (rows: SetRow[]) => codes(rows).filter((c) => c.startsWith('TT25-'));
    expect(tt25(await sets({ asOf: '2024-02-11' }))).toEqual([]);
    expect(tt25(await sets({ asOf: '2024-02-12' })).sort()).toEqual([
      'TT25-2023-COMMUNE',
      'TT25-2023-DISTRICT',
      'TT25-2023-PROVINCE',
    ]);
    // The learning-citizen set runs 2021–2030, both ends included.
    expect(codes(await sets({ modelKind: 'LEARNING_CITIZEN', asOf: '2030-12-31' }))).toEqual(['KHVN-324-CITIZEN']);
    expect(await sets({ modelKind: 'LEARNING_CITIZEN', asOf: '2031-01-01' })).toEqual([]);
    expect(await sets({ modelKind: 'LEARNING_CITIZEN', asOf: '2020-12-31' })).toEqual([]);
  });

  it('filters by issuer: NATIONAL or one plugin', async () => {
    const plugin = await sets({ plugin: 'dong-thap' });
    expect(plugin).toEqual([
      expect.objectContaining({ code: 'DT-2022-FAMILY', issuer: 'plugin:dong-thap', provinceCodes: ['87'] }),
    ]);
    expect(await sets({ plugin: 'ha-nam' })).toEqual([]);
    expect(codes(await sets({ plugin: 'NATIONAL', modelKind: 'LEARNING_FAMILY' }))).toEqual(['KHVN-448-FAMILY']);
    expect(codes(await sets({ plugin: 'dong-thap', asOf: '2021-12-31' }))).toEqual([]);
  });

  it('lists all sets, national and plugin, without a filter, to any caller', async () => {
    const all = await sets({});
    expect(codes(all).sort()).toEqual([...NATIONAL_CODES, 'DT-2022-FAMILY'].sort());
    for (const as of [testPrincipals.analyst, officer, testPrincipals.admin])
      expect(codes(await sets({}, as)).sort()).toEqual(codes(all).sort());
  });

  it('refuses a date that does not exist before running anything', async () => {
    const r = await t.api.execute(`{ criteriaSets(asOf: "2023-02-30") { code } }`);
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]).toMatchObject({
      message: 'Value is not a valid LocalDate: 2023-02-30',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('criteriaSet', () => {
  const ONE = `query ($code: String!) { criteriaSet(code: $code) {
    id code name nameEn source validFrom validTo sample maxTotal
    criteria { code title titleEn maxScore minScore indicators { code kind maxScore minScore thresholds { grade percent } requiredFor optional } }
    grades { code label labelEn recognised minTotal allIndicatorsMet } } }`;

  it('gives a points set with its criteria, indicators, grades and maximum', async () => {
    const r = await t.api.execute<{
      criteriaSet: Record<string, unknown> & { criteria: { code: string; maxScore: number; indicators: unknown[] }[] };
    }>(ONE, { variables: { code: 'KHVN-324-CITIZEN' } });
    expect(r.errors).toBeUndefined();
    const set = r.data!.criteriaSet;
    const row = await t.db.orm.em.fork().findOneOrFail(CriteriaSet, { code: 'KHVN-324-CITIZEN' });
    expect(set).toMatchObject({
      id: toGlobalId('CriteriaSet', row.id),
      code: 'KHVN-324-CITIZEN',
      source: 'Quyết định 324/QĐ-KHVN',
      validFrom: '2021-01-01',
      validTo: '2030-12-31',
      sample: true,
      maxTotal: 100,
      grades: [
        {
          code: 'RECOGNISED',
          label: 'Công dân học tập',
          labelEn: 'Learning citizen',
          recognised: true,
          minTotal: 80,
          allIndicatorsMet: false,
        },
      ],
    });
    expect(set.criteria.map((c) => [c.code, c.maxScore])).toEqual([
      ['1', 40],
      ['2', 40],
      ['3', 20],
    ]);
    expect(set.criteria[0]!.indicators[0]).toEqual({
      code: '1.1',
      kind: 'POINTS',
      maxScore: 10,
      minScore: 5,
      thresholds: [],
      requiredFor: null,
      optional: false,
    });
  });

  it('gives a levels set with its pass/fail indicators and the level-2-only one', async () => {
    const r = await t.api.execute<{
      criteriaSet: { maxTotal: number; criteria: { indicators: { code: string; requiredFor: string[] | null }[] }[] };
    }>(ONE, { variables: { code: 'TT25-2023-COMMUNE' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.criteriaSet.maxTotal).toBe(0);
    const indicators = r.data!.criteriaSet.criteria.flatMap((c) => c.indicators);
    expect(indicators.find((i) => i.code === '4.3')?.requiredFor).toEqual(['LEVEL_2']);
    expect(indicators.find((i) => i.code === '4.2')?.requiredFor).toBeNull();
  });

  it('is null for an unknown code', async () => {
    const r = await t.api.execute(ONE, { variables: { code: 'NO-SUCH-SET' } });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ criteriaSet: null });
  });
});

describe('previewRating', () => {
  it("rates without a year when none is given, whatever the set's end date", async () => {
    const r = await t.api.execute<{ previewRating: { total: number; recognised: boolean } }>(
      `query ($scores: [ScoreInput!]!) { previewRating(criteriaSetCode: "KHVN-324-CITIZEN", scores: $scores) { total recognised } }`,
      { variables: { scores: citizenSheet(8) } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.previewRating).toEqual({ total: 80, recognised: true });
  });

  it('answers a bad variable value with BAD_USER_INPUT (HTTP 400), not a server error', async () => {
    const r = await t.api.execute(`query ($asOf: Date) { criteriaSets(asOf: $asOf) { code } }`, {
      variables: { asOf: '2023-02-30' },
    });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('recognises a learning citizen at 80 points, not at 79, and says why in both languages', async () => {
    const at80 = rated(await preview('KHVN-324-CITIZEN', citizenSheet(8), 2024));
    expect(at80).toMatchObject({
      criteriaSetCode: 'KHVN-324-CITIZEN',
      sample: true,
      total: 80,
      maxTotal: 100,
      rating: 'RECOGNISED',
      recognised: true,
      details: [],
      en: [],
      vi: [],
    });
    expect(at80.criteria).toEqual([
      { code: '1', score: 32, maxScore: 40, met: true },
      { code: '2', score: 32, maxScore: 40, met: true },
      { code: '3', score: 16, maxScore: 20, met: true },
    ]);

    const at79 = rated(await preview('KHVN-324-CITIZEN', citizenSheet(8, { '3.2': 7 }), 2024));
    expect(at79).toMatchObject({ total: 79, rating: null, recognised: false });
    expect(at79.details).toEqual([
      {
        grade: 'RECOGNISED',
        rule: 'MIN_TOTAL',
        criterion: null,
        indicator: null,
        en: 'Total 79 is below 80 needed for Learning citizen',
        vi: 'Tổng điểm 79 thấp hơn mức 80 cần để đạt Công dân học tập',
      },
    ]);
    expect(at79.en).toEqual(['Total 79 is below 80 needed for Learning citizen']);
    expect(at79.vi).toEqual(['Tổng điểm 79 thấp hơn mức 80 cần để đạt Công dân học tập']);
    expect(at79.byDefault).toEqual(at79.en);
  });

  it('refuses recognition for one index at 4 though the total is above 80, naming the index; at 5 it passes', async () => {
    const at4 = rated(await preview('KHVN-324-CITIZEN', citizenSheet(9, { '2.3': 4 })));
    expect(at4).toMatchObject({ total: 85, rating: null, recognised: false });
    expect(at4.details).toEqual([
      {
        grade: 'RECOGNISED',
        rule: 'INDICATOR_MIN',
        criterion: '2',
        indicator: '2.3',
        en: 'Indicator 2.3 scores 4, below the minimum 5',
        vi: 'Chỉ số 2.3 đạt 4 điểm, dưới mức tối thiểu 5',
      },
    ]);
    expect(at4.en).toEqual(['Indicator 2.3 scores 4, below the minimum 5']);
    expect(at4.vi).toEqual(['Chỉ số 2.3 đạt 4 điểm, dưới mức tối thiểu 5']);
    expect(at4.criteria.find((c) => c.code === '2')?.met).toBe(false);

    const at5 = rated(await preview('KHVN-324-CITIZEN', citizenSheet(9, { '2.3': 5 })));
    expect(at5).toMatchObject({ total: 86, rating: 'RECOGNISED', recognised: true, details: [], en: [] });
  });

  it('writes decimals with a comma in Vietnamese and lists every rule missed', async () => {
    const r = rated(await preview('KHVN-324-CITIZEN', citizenSheet(8, { '1.1': 4.5 })));
    expect(r.total).toBe(76.5);
    expect(r.en).toEqual([
      'Total 76.5 is below 80 needed for Learning citizen',
      'Indicator 1.1 scores 4.5, below the minimum 5',
    ]);
    expect(r.vi).toEqual([
      'Tổng điểm 76,5 thấp hơn mức 80 cần để đạt Công dân học tập',
      'Chỉ số 1.1 đạt 4,5 điểm, dưới mức tối thiểu 5',
    ]);
  });

  it('rates a levels set: level 1 reached, level 2 missed on its own indicator', async () => {
    const codes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '5.1', '5.2'];
    const sheet = codes.map((indicatorCode) => ({ indicatorCode, value: indicatorCode === '4.3' ? 0 : 1 }));
    const r = rated(await preview('TT25-2023-COMMUNE', sheet, 2024));
    expect(r).toMatchObject({ rating: 'LEVEL_1', recognised: true, total: 0 });
    expect(r.details).toEqual([
      expect.objectContaining({ grade: 'LEVEL_2', rule: 'INDICATOR_NOT_MET', indicator: '4.3' }),
    ]);
    expect(r.en).toEqual(['Indicator 4.3 is not met; Level 2 needs it met']);
    expect(r.vi).toEqual(['Chỉ số 4.3 chưa đạt; cần đạt chỉ số này để đạt Mức độ 2']);
  });

  it('refuses an unknown indicator, a value above the maximum and a missing indicator, naming each', async () => {
    const sheet = citizenSheet(8).filter((s) => s.indicatorCode !== '3.2');
    sheet[0] = { indicatorCode: '1.1', value: 11 };
    sheet.push({ indicatorCode: '9.9', value: 1 });
    const r = await preview('KHVN-324-CITIZEN', sheet, 2024);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(r)).toEqual([
      'scores.1.1:ABOVE_MAX',
      'scores[9]:UNKNOWN_INDICATOR',
      'scores.3.2:MISSING_INDICATOR',
    ]);
    expect(r.errors?.[0]?.message).toContain('scores.1.1: indicator 1.1 scores 11 but its maximum is 10');
  });

  it.each([
    ['an unknown indicator', [...citizenSheet(8), { indicatorCode: 'X', value: 1 }], ['scores[10]:UNKNOWN_INDICATOR']],
    ['a value above the maximum', citizenSheet(8, { '2.4': 10.5 }), ['scores.2.4:ABOVE_MAX']],
    ['a negative value', citizenSheet(8, { '1.2': -1 }), ['scores.1.2:NEGATIVE']],
    ['a missing indicator', citizenSheet(8).slice(1), ['scores.1.1:MISSING_INDICATOR']],
    [
      'an indicator scored twice',
      [...citizenSheet(8), { indicatorCode: '1.3', value: 9 }],
      ['scores.1.3:DUPLICATE_INDICATOR'],
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_what, sheet, problems) => {
    const r = await preview('KHVN-324-CITIZEN', sheet);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(r)).toEqual(problems);
  });

  it('refuses a pass/fail indicator scored other than 0 or 1', async () => {
    const r = await preview('TT25-2023-COMMUNE', [{ indicatorCode: '1.1', value: 0.5 }]);
    expect(problemsOf(r)).toContain('scores.1.1:NOT_PASS_FAIL');
  });

  it('refuses a year outside the set’s validity on field year', async () => {
    for (const [code, year] of [
      ['KHVN-324-CITIZEN', 2020],
      ['KHVN-324-CITIZEN', 2031],
      ['TT25-2023-COMMUNE', 2023],
    ] as const) {
      const r = await preview(code, [], year);
      expect(r.errors?.[0]?.extensions?.code, `${code} ${year}`).toBe('BAD_USER_INPUT');
      expect(problemsOf(r), `${code} ${year}`).toEqual(['year:SET_IN_FORCE']);
    }
    const early = await preview('KHVN-324-CITIZEN', citizenSheet(8), 2020);
    expect(early.errors?.[0]?.message).toBe(
      'year: criteria set KHVN-324-CITIZEN is in force from 2021-01-01 to 2030-12-31, not in 2020',
    );
    // The first and the last year in force are accepted (the set in force on 31 December counts).
    expect(rated(await preview('KHVN-324-CITIZEN', citizenSheet(8), 2021)).recognised).toBe(true);
    expect(rated(await preview('KHVN-324-CITIZEN', citizenSheet(8), 2030)).recognised).toBe(true);
  });

  it('skips the validity check when year is null, and rates the sheet as given', async () => {
    const r = await t.api.execute<{ previewRating: Preview }>(PREVIEW, {
      variables: { code: 'TT25-2023-COMMUNE', year: null, scores: [{ indicatorCode: '1.1', value: 1 }] },
    });
    // TT25 is not in force in 2023, but no year was asked about: only the sheet is checked.
    expect(problemsOf(r)).toContain('scores.1.2:MISSING_INDICATOR');
    expect(problemsOf(r)).not.toContain('year:SET_IN_FORCE');
    const citizen = await t.api.execute<{ previewRating: Preview }>(PREVIEW, {
      variables: { code: 'KHVN-324-CITIZEN', year: null, scores: citizenSheet(8) },
    });
    expect(rated(citizen)).toMatchObject({ total: 80, recognised: true });
  });

  it('answers NOT_FOUND for an unknown set', async () => {
    const r = await preview('NO-SUCH-SET', []);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is open to anonymous callers and analysts, and saves nothing', async () => {
    const before = await t.db.orm.em.fork().count(CriteriaSet, {});
    const statements = t.db.statements.length;
    for (const as of [ANONYMOUS, testPrincipals.analyst, officer]) {
      const r = await preview('KHVN-448-FAMILY', [], 2024, as);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // reached validation: not FORBIDDEN
    }
    const ok = rated(
      await preview(
        'KHVN-448-FAMILY',
        ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2'].map((indicatorCode) => ({
          indicatorCode,
          value: 10,
        })),
        2024,
      ),
    );
    expect(ok).toMatchObject({ total: 100, rating: 'RECOGNISED', recognised: true });
    const writes = t.db.statements.slice(statements).filter((s) => /(insert into|update|delete from) "/i.test(s));
    expect(writes).toEqual([]);
    expect(await t.db.orm.em.fork().count(CriteriaSet, {})).toBe(before);
  });
});
