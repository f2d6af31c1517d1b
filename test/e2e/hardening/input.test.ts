/**
 * Bad input never reaches PostgreSQL: every string, list, date and year is bounded at the edge and
 * refused with BAD_USER_INPUT naming the field and the rule, and nothing is written. Each case here
 * answered INTERNAL_SERVER_ERROR (or was stored) before the bounds existed.
 */
import { AdminLevel, AdminUnit, toGlobalId } from '@hoctap/core';
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture } from '../../../packages/core/src/evaluations/evaluation.test-helpers.js';

const t = useTestApi();
beforeAll(async () => {
  await addEvaluationFixture(t.db.orm.em.fork());
});

type Answer = Awaited<ReturnType<typeof t.api.execute>>;
const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Answer) =>
  ((r.errors?.[0]?.extensions?.problems ?? []) as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`);

const CREATE_VILLAGE = `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { id } }`;
const CREATE_PLAN = `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }`;
const villages = () => t.db.orm.em.fork().count(AdminUnit, { level: AdminLevel.VILLAGE });
const plan = (documentNumber: string) => ({
  issuerUnitCode: '87',
  title: 'Kế hoạch thử',
  documentNumber,
  issuedOn: '2022-01-10',
  periodFrom: '2022-01-01',
  periodTo: '2025-12-31',
  legalBasis: 'Chỉ thị 14/CT-TTg',
});

describe('strings', () => {
  it.each([
    ['a NUL byte', 'Ấp\u0000Mới', 'name:TEXT'],
    ['a lone surrogate', 'Ấp \uD800', 'name:TEXT'],
    ['another control character', 'Ấp\u0007', 'name:TEXT'],
    ['900 KB', 'x'.repeat(900_000), 'name:MAX_LENGTH'],
  ])('refuses %s in a name, writing nothing', async (_case, name, rule) => {
    const before = await villages();
    const r = await t.api.execute(CREATE_VILLAGE, {
      variables: { input: { communeCode: '30175', name, validFrom: '2024-01-01' } },
      as: testPrincipals.admin,
    });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual([rule]);
    expect(await villages()).toBe(before);
  });

  it('refuses a document number too long for its index, instead of a database error', async () => {
    const r = await t.api.execute(CREATE_PLAN, {
      variables: { input: plan('KH-'.padEnd(10_000, '9')) },
      as: testPrincipals.admin,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['documentNumber:MAX_LENGTH']);
  });

  it('bounds strings given inline in the query as well as in variables', async () => {
    const r = await t.api.execute(`{ adminUnits(filter: { search: "${'đ'.repeat(301)}" }) { totalCount } }`, {
      as: testPrincipals.admin,
    });
    expect(rulesOf(r)).toEqual(['filter.search:MAX_LENGTH']);
  });

  it('keeps tabs, line breaks and Vietnamese text', async () => {
    const r = await t.api.execute(CREATE_VILLAGE, {
      variables: { input: { communeCode: '30175', name: 'Ấp Đông\tHòa', validFrom: '2024-01-01' } },
      as: testPrincipals.admin,
    });
    expect(r.errors).toBeUndefined();
  });
});

describe('lists', () => {
  it('refuses a list longer than its bound', async () => {
    const r = await t.api.execute(`mutation ($input: AddPlanTaskInput!) { addPlanTask(input: $input) { id } }`, {
      variables: {
        input: {
          planId: toGlobalId('Plan', '0190a2c4-0000-7000-8000-000000000000'),
          section: 'I',
          code: '1',
          title: 'x',
          lead: 'Sở GD&ĐT',
          coordinators: Array.from({ length: 101 }, (_, i) => `Sở ${i}`),
          reportingCycle: 'YEARLY',
        },
      },
      as: testPrincipals.admin,
    });
    expect(rulesOf(r)).toEqual(['coordinators:MAX_ITEMS']);
  });
});

describe('dates and years', () => {
  it.each(['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31'])(
    'refuses the date %s, which the programme cannot mean',
    async (validFrom) => {
      const r = await t.api.execute(CREATE_VILLAGE, {
        variables: { input: { communeCode: '30175', name: 'Ấp', validFrom } },
        as: testPrincipals.admin,
      });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/1900-01-01 to 2199-12-31/);
    },
  );

  it.each([0, -1, 2147483647])('refuses year %s with RANGE before any lookup', async (year) => {
    const r = await t.api.execute(`query ($y: Int!) { educationStandards(unitCode: "30175", year: $y) { met } }`, {
      variables: { y: year },
      as: testPrincipals.admin,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['year:RANGE']);
  });
});

describe('ids', () => {
  it.each([
    ['a payload that is not a UUID', toGlobalId('Household', "1' or '1'='1")],
    ['base64 of nothing in particular', 'bm9wZQ'],
  ])('refuses %s as BAD_USER_INPUT, never a database error', async (_case, id) => {
    const r = await t.api.execute(`query ($id: ID!) { subject(id: $id) { id } }`, {
      variables: { id },
      as: testPrincipals.admin,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['id:GLOBAL_ID']);
  });
});

describe('unique records', () => {
  it('answers a repeated plan with CONFLICT naming the document, and keeps one', async () => {
    const first = await t.api.execute(CREATE_PLAN, {
      variables: { input: plan('01/KH-UBND') },
      as: testPrincipals.admin,
    });
    expect(first.errors).toBeUndefined();
    const again = await t.api.execute(CREATE_PLAN, {
      variables: { input: plan('01/KH-UBND') },
      as: testPrincipals.admin,
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already has a plan numbered 01\/KH-UBND/);
    const [row] = await t.db.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*) as n from plan where document_number = '01/KH-UBND'`);
    expect(Number(row?.n)).toBe(1);
  });

  it('lets one of ten concurrent villages with the same code in, and tells the others', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.api.execute(CREATE_VILLAGE, {
          variables: { input: { communeCode: '30175', name: 'Ấp Trùng', code: '30175.777', validFrom: '2024-03-01' } },
          as: testPrincipals.admin,
        }),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codeOf(a));
    expect(await t.db.orm.em.fork().count(AdminUnit, { code: '30175.777' })).toBe(1);
  });
});

describe('the schema states every bound', () => {
  it('in the description of each bounded input', async () => {
    const r = await t.api.execute<{ __type: { inputFields: { name: string; description: string }[] } }>(
      `{ __type(name: "CreateVillageInput") { inputFields { name description } } }`,
    );
    const name = r.data?.__type.inputFields.find((f) => f.name === 'name');
    expect(name?.description).toMatch(/Limit: at most 200 characters\./);
  });
});
