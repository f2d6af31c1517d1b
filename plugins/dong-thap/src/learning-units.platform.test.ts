import { useTestPlatform, type GraphQLResult } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import dongThap from './index.js';

/**
 * Issue 16, following sources/002 (Đồng Tháp's 2021–2030 plan, II.2.a) and DOMAIN.md ("Learning
 * models"): Kế hoạch 278/KH-UBND implements the regulation on rating learning units and issues no
 * criteria, so Đồng Tháp's learning units are rated against the national set in force — Thông tư
 * 24/2023/TT-BGDĐT for district and province units since 26/1/2024 — and 278 is a plan.
 */
const platform = useTestPlatform({ plugins: [dongThap], map: 'national' });

const SETS = `query { criteriaSets(plugin: "dong-thap") { code } }`;
const CREATE_SUBJECT = `mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }`;
const CREATE_EVALUATION = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { criteriaSet { code sample } } }`;
const PLANS = `query { plans(unitCode: "87", asOf: "2024-06-01") { documentNumber issuedOn title tasks { code }
  issueProvenance { verified source unknown } contentProvenance { verified unknown } } }`;

const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;

/** An organisation (rated as a learning unit) managed by the unit with this code on the day. */
async function organisation(unitCode: string, code: string, asOf = '2024-06-01'): Promise<string> {
  const r = await platform.execute<{ createSubject: { id: string } }>(CREATE_SUBJECT, {
    variables: { input: { kind: 'ORGANISATION', unitCode, asOf, code, name: `Cơ quan ${code}` } },
    as: platform.admin,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createSubject.id;
}

async function evaluate(subjectId: string, year: number) {
  return platform.execute<{ createEvaluation: { criteriaSet: { code: string; sample: boolean } } }>(CREATE_EVALUATION, {
    variables: { input: { subjectId, modelKind: 'LEARNING_UNIT', year } },
    as: platform.admin,
  });
}

describe('Kế hoạch 278/KH-UBND issues no criteria: the national set rates Đồng Tháp’s learning units', () => {
  it('registers no criteria set of its own', async () => {
    const r = await platform.execute<{ criteriaSets: unknown[] }>(SETS);
    expect(r.errors).toBeUndefined();
    expect(r.data!.criteriaSets).toEqual([]);
  });

  it.each([
    ['a province agency of 87 in 2024', '87', 2024, 'TT24-2023-UNIT-PROVINCE'],
    ['a district agency of 87 (Lấp Vò) in 2024', '875', 2024, 'TT24-2023-UNIT-DISTRICT'],
    ['a province agency of 87 in 2025', '87', 2025, 'TT24-2023-UNIT-PROVINCE'],
    ['a province agency of Hà Nam (35) in 2024', '35', 2024, 'TT24-2023-UNIT-PROVINCE'],
  ])('%s is rated against Thông tư 24/2023', async (_who, unitCode, year, expected) => {
    const r = await evaluate(await organisation(unitCode, `DV-${unitCode}-${year}`), year);
    expect(r.errors).toBeUndefined();
    expect(r.data?.createEvaluation.criteriaSet.code).toBe(expected);
  });

  it('finds no set for a district unit of 2023: Thông tư 24/2023 was not yet in force, and its predecessor is not recorded', async () => {
    const r = await evaluate(await organisation('875', 'DV-875-2023'), 2023);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

describe('Kế hoạch 278/KH-UBND as a plan of province 87', () => {
  it('is listed with its number and date from the source, and says its content is unknown', async () => {
    const r = await platform.execute<{
      plans: {
        documentNumber: string;
        issuedOn: string;
        tasks: unknown[];
        issueProvenance: { verified: boolean; source: string };
        contentProvenance: { verified: boolean; unknown: string };
      }[];
    }>(PLANS, { as: platform.admin });
    expect(r.errors).toBeUndefined();
    const plan = r.data!.plans.find((p) => p.documentNumber === '278/KH-UBND');
    expect(plan).toMatchObject({ issuedOn: '2020-11-23', tasks: [] });
    expect(plan!.issueProvenance).toMatchObject({ verified: true, source: expect.stringContaining('II.2.a') });
    expect(plan!.contentProvenance).toMatchObject({ verified: false, unknown: expect.stringContaining('schedule') });
  });
});
