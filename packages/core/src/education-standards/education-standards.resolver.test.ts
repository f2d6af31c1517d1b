import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { Principal } from '../auth/principal.js';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { SurveyFigureRow } from './survey-figure.entity.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
let communeOfficer: Principal;

type Result = { status: number; data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Result) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );

const RESULT = `standard met reasons missing ruleVersion recognisedBy
  measures { code numerator denominator rate threshold met }
  rollup { from numerator denominator threshold failing }`;
const PREVIEW = `query ($input: EducationSurveyInput!) { previewEducationStandards(input: $input) { ${RESULT} } }`;
const RECORD = `mutation ($input: EducationSurveyInput!) {
  recordEducationSurvey(input: $input) { id year especiallyDifficult version unit { code } figures { code numerator denominator } } }`;
const STANDARDS = `query ($code: String!, $year: Int!) { educationStandards(unitCode: $code, year: $year) { ${RESULT} } }`;

type StandardRow = {
  standard: string;
  met: boolean;
  reasons: string[];
  ruleVersion: string;
  recognisedBy: string | null;
  measures: {
    code: string;
    numerator: number;
    denominator: number;
    rate: number | null;
    threshold: number;
    met: boolean;
  }[];
  rollup: { from: string; numerator: number; denominator: number; threshold: number; failing: string[] } | null;
};
const pick = (rows: unknown, standard: string) => (rows as StandardRow[]).find((r) => r.standard === standard)!;

const literacy = (numerator: number, denominator = 1000, code = 'LITERACY1_15_35') => ({
  code,
  numerator,
  denominator,
});

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  communeOfficer = scopedAs(f.commune);
});

describe('previewEducationStandards', () => {
  it('meets literacy level 1 at 90% and not at 89.9%, naming the measure, its rate and threshold', async () => {
    const at = await t.api.execute(PREVIEW, {
      variables: { input: { unitCode: '30175', year: 2024, especiallyDifficult: false, figures: [literacy(900)] } },
    });
    expect(pick(at.data?.previewEducationStandards, 'LITERACY_1')).toMatchObject({
      met: true,
      ruleVersion: 'nd20-2014',
      measures: [{ code: 'LITERACY1_15_35', numerator: 900, denominator: 1000, rate: 0.9, threshold: 0.9, met: true }],
    });
    const below = await t.api.execute(PREVIEW, {
      variables: { input: { unitCode: '30175', year: 2024, especiallyDifficult: false, figures: [literacy(899)] } },
    });
    const row = pick(below.data?.previewEducationStandards, 'LITERACY_1');
    expect(row.met).toBe(false);
    expect(row.reasons.join(' ')).toMatch(/LITERACY1_15_35/);
  });

  it('assesses an especially difficult commune on the narrower age band', async () => {
    const r = await t.api.execute(PREVIEW, {
      variables: {
        input: {
          unitCode: '30175',
          year: 2024,
          especiallyDifficult: true,
          figures: [literacy(500), literacy(950, 1000, 'LITERACY1_15_25')],
        },
      },
    });
    expect(pick(r.data?.previewEducationStandards, 'LITERACY_1')).toMatchObject({
      met: true,
      measures: [{ code: 'LITERACY1_15_25', rate: 0.95 }],
    });
  });

  it('refuses bad figures with BAD_USER_INPUT naming each', async () => {
    const r = await t.api.execute(PREVIEW, {
      variables: {
        input: {
          unitCode: '30175',
          year: 2024,
          especiallyDifficult: false,
          figures: [
            literacy(1001),
            { code: 'NOPE', numerator: 1, denominator: 2 },
            literacy(-1, 10, 'LITERACY2_15_60'),
          ],
        },
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual([
      'figures[0].numerator:NUMERATOR_LE_DENOMINATOR',
      'figures[1].code:UNKNOWN_CODE',
      'figures[2].numerator:NON_NEGATIVE_INTEGER',
    ]);
  });
});

describe('recordEducationSurvey', () => {
  it('records a commune’s figures, replaces a figure with the same code, and audits each change', async () => {
    const input = { unitCode: '30175', year: 2024, especiallyDifficult: false, figures: [literacy(850)] };
    const first = await t.api.execute<{ recordEducationSurvey: { version: number } }>(RECORD, {
      variables: { input },
      as: communeOfficer,
    });
    expect(first.errors).toBeUndefined();
    const again = await t.api.execute<{ recordEducationSurvey: { version: number; figures: unknown[] } }>(RECORD, {
      variables: {
        input: { ...input, figures: [literacy(920)], expectedVersion: first.data!.recordEducationSurvey.version },
      },
      as: communeOfficer,
    });
    expect(again.data?.recordEducationSurvey).toMatchObject({
      version: first.data!.recordEducationSurvey.version + 1,
      figures: [{ code: 'LITERACY1_15_35', numerator: 920, denominator: 1000 }],
    });
    const stale = await t.api.execute(RECORD, {
      variables: { input: { ...input, expectedVersion: first.data!.recordEducationSurvey.version } },
      as: communeOfficer,
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await t.db.orm.em.fork().count(AuditEntry, { action: 'educationStandards.recordSurvey' })).toBe(2);
  });

  it.each([
    ['a district', { unitCode: '875' }, 'unitCode:COMMUNE_LEVEL'],
    ['an unknown unit', { unitCode: '99999' }, 'unitCode:EXISTS'],
    ['a future year', { year: 2999 }, 'year:RANGE'],
    [
      'a numerator above its denominator',
      { figures: [literacy(2000)] },
      'figures[0].numerator:NUMERATOR_LE_DENOMINATOR',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, change, rule) => {
    const before = await t.db.orm.em.fork().count(SurveyFigureRow, {});
    const r = await t.api.execute(RECORD, {
      variables: {
        input: { unitCode: '30175', year: 2023, especiallyDifficult: false, figures: [literacy(1)], ...change },
      },
      as: testPrincipals.admin,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toContain(rule);
    expect(await t.db.orm.em.fork().count(SurveyFigureRow, {})).toBe(before);
  });

  it('refuses an officer of another province, and an analyst', async () => {
    for (const as of [scopedAs(f.duyTien), testPrincipals.analyst, { kind: 'anonymous' } as Principal]) {
      const r = await t.api.execute(RECORD, {
        variables: { input: { unitCode: '30175', year: 2022, especiallyDifficult: false, figures: [literacy(1)] } },
        as,
      });
      expect(codeOf(r)).toBe(as.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});

describe('educationStandards', () => {
  it('rolls communes up to the district, and districts up to the province before the reform, naming who fails', async () => {
    // Recorded above for 2024: Xã Tân Mỹ (30175) reports 92% literacy; Phường 1 (29905) reports nothing.
    const commune = await t.api.execute(STANDARDS, { variables: { code: '30175', year: 2024 }, as: communeOfficer });
    expect(pick(commune.data?.educationStandards, 'LITERACY_1')).toMatchObject({ met: true, rollup: null });
    expect(pick(commune.data?.educationStandards, 'LITERACY_1').recognisedBy).toMatch(/DISTRICT_PEOPLES_COMMITTEE/);

    const district = await t.api.execute(STANDARDS, {
      variables: { code: '875', year: 2024 },
      as: testPrincipals.analyst,
    });
    expect(pick(district.data?.educationStandards, 'LITERACY_1')).toMatchObject({
      met: true,
      rollup: { from: 'COMMUNE', numerator: 1, denominator: 1, failing: [] },
    });

    const province = await t.api.execute(STANDARDS, {
      variables: { code: '87', year: 2024 },
      as: testPrincipals.analyst,
    });
    const row = pick(province.data?.educationStandards, 'LITERACY_1');
    expect(row).toMatchObject({
      met: false,
      rollup: { from: 'DISTRICT', numerator: 1, denominator: 2, failing: ['867'] },
    });
    expect(row.reasons).toEqual(['1 of 2 district units meet LITERACY_1; 90% are needed']);
  });

  it('rolls communes straight up to the province after 1 July 2025', async () => {
    const recorded = await t.api.execute(RECORD, {
      variables: { input: { unitCode: '29905', year: 2025, especiallyDifficult: false, figures: [literacy(950)] } },
      as: testPrincipals.admin,
    });
    expect(recorded.data?.recordEducationSurvey).toMatchObject({ unit: { code: '29905' }, year: 2025 });
    const province = await t.api.execute(STANDARDS, {
      variables: { code: '82', year: 2025 },
      as: testPrincipals.admin,
    });
    expect(pick(province.data?.educationStandards, 'LITERACY_1')).toMatchObject({
      met: true,
      ruleVersion: 'nd20-2014-from-2025-07-01',
      rollup: { from: 'COMMUNE', numerator: 1, denominator: 1 },
    });
  });

  it('refuses anonymous callers and officers of another province', async () => {
    expect(codeOf(await t.api.execute(STANDARDS, { variables: { code: '875', year: 2024 } }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await t.api.execute(STANDARDS, { variables: { code: '875', year: 2024 }, as: scopedAs(f.duyTien) })),
    ).toBe('FORBIDDEN');
  });
});
