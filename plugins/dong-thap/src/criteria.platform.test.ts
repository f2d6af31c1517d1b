import { useTestPlatform, type GraphQLResult } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_UNIT_SETS } from './criteria.data.js';
import { LAP_VO } from './dong-thap.test-helpers.js';
import dongThap from './index.js';

const platform = useTestPlatform({ plugins: [dongThap] });

const SETS = `query { criteriaSets(plugin: "dong-thap") { code modelKind unitTier issuer provinceCodes sample validFrom validTo } }`;
const PREVIEW = `query ($code: String!, $year: Int, $scores: [ScoreInput!]!) {
  previewRating(criteriaSetCode: $code, year: $year, scores: $scores) { total rating recognised reasons } }`;
const CREATE_SUBJECT = `mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }`;
const CREATE_EVALUATION = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { criteriaSet { code } } }`;

const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
const fullSheet = (code: string) =>
  LEARNING_UNIT_SETS.find((s) => s.code === code)!
    .criteria.flatMap((c) => c.indicators)
    .map((i) => ({ indicatorCode: i.code, value: 1 }));

/** An organisation (rated as a learning unit) managed by the unit with this code on the day. */
async function organisation(unitCode: string, code: string, asOf = '2024-06-01'): Promise<string> {
  const r = await platform.execute<{ createSubject: { id: string } }>(CREATE_SUBJECT, {
    variables: { input: { kind: 'ORGANISATION', unitCode, asOf, code, name: `Cơ quan ${code}` } },
    as: platform.admin,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createSubject.id;
}

async function setChosen(subjectId: string, year: number): Promise<string | undefined> {
  const r = await platform.execute<{ createEvaluation: { criteriaSet: { code: string } } }>(CREATE_EVALUATION, {
    variables: { input: { subjectId, modelKind: 'LEARNING_UNIT', year } },
    as: platform.admin,
  });
  expect(r.errors).toBeUndefined();
  return r.data?.createEvaluation.criteriaSet.code;
}

beforeAll(async () => {
  await platform.addUnits([LAP_VO]);
});

describe('the learning-unit rating of Kế hoạch 278/KH-UBND', () => {
  it('is listed as the plugin’s sample sets for district and province units of 87', async () => {
    const r = await platform.execute<{ criteriaSets: unknown[] }>(SETS);
    expect(r.errors).toBeUndefined();
    expect(r.data!.criteriaSets).toEqual(
      expect.arrayContaining(
        ['DISTRICT', 'PROVINCE'].map((tier) => ({
          code: `DT-278-2020-UNIT-${tier}`,
          modelKind: 'LEARNING_UNIT',
          unitTier: tier,
          issuer: 'plugin:dong-thap',
          provinceCodes: ['87'],
          sample: true,
          validFrom: '2020-11-23',
          validTo: '2025-06-30',
        })),
      ),
    );
    expect(r.data!.criteriaSets).toHaveLength(2);
  });

  it('rates a full sheet for 2024 without saving anything', async () => {
    const code = 'DT-278-2020-UNIT-PROVINCE';
    const r = await platform.execute(PREVIEW, { variables: { code, year: 2024, scores: fullSheet(code) } });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ previewRating: { total: 0, rating: 'RECOGNISED', recognised: true, reasons: [] } });
  });

  it('names the indicator a sheet leaves unmet', async () => {
    const code = 'DT-278-2020-UNIT-DISTRICT';
    const scores = fullSheet(code).map((s) => (s.indicatorCode === '3.1' ? { ...s, value: 0 } : s));
    const r = await platform.execute<{ previewRating: { recognised: boolean; reasons: string[] } }>(PREVIEW, {
      variables: { code, year: 2024, scores },
    });
    expect(r.data?.previewRating.recognised).toBe(false);
    expect(r.data?.previewRating.reasons).toEqual([expect.stringContaining('3.1')]);
  });

  it('is refused for a year after 87 ended', async () => {
    const code = 'DT-278-2020-UNIT-PROVINCE';
    const r = await platform.execute(PREVIEW, { variables: { code, year: 2025, scores: fullSheet(code) } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

describe('which set an evaluation of a learning unit is rated against', () => {
  it.each([
    ['a province agency of 87 in 2024', '87', 2024, 'DT-278-2020-UNIT-PROVINCE'],
    ['a province agency of 87 in 2025 (the set ended on 30/6/2025)', '87', 2025, 'TT24-2023-UNIT-PROVINCE'],
    ['a district agency of 87 in 2023', '875', 2023, 'DT-278-2020-UNIT-DISTRICT'],
    ['a province agency of Hà Nam (35) in 2024', '35', 2024, 'TT24-2023-UNIT-PROVINCE'],
  ])('%s', async (_who, unitCode, year, expected) => {
    const subjectId = await organisation(unitCode, `DV-${unitCode}-${year}`);
    expect(await setChosen(subjectId, year)).toBe(expected);
  });
});
