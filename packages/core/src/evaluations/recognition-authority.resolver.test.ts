import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { toGlobalId } from '../common/node-id.js';
import { Subject } from '../subjects/subject.entity.js';
import { OrganisationKind, SubjectKind } from '../subjects/subject.enums.js';
import { addEvaluationFixture, fullSheet, scopedAs } from './evaluation.test-helpers.js';

/**
 * Issue 16, following DOMAIN.md ("Learning models"): a district learning unit of Thông tư
 * 24/2023/TT-BGDĐT is recognised by the chair of the district People's Committee (its own
 * district, not the province), a province learning unit by the chair of the province's; the
 * decision names the authority and its source; after 1/7/2025 the rule is marked unverified.
 */
const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
let district: Principal;
let province: Principal;
const admin = testPrincipals.admin;

const AUTHORITY = `recognisingAuthority { code level authority authorityEn unit { code } provenance { verified source unknown } }`;
const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id version } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $v: Int) {
  transition(id: $id, action: $action, expectedVersion: $v) { id state version } }`;
const GET = `query ($id: ID!) { evaluation(id: $id) { state availableActions { name } ${AUTHORITY} } }`;
const RECOGNISE = `mutation ($input: RecogniseEvaluationsInput!) {
  recogniseEvaluations(input: $input) { number authorityUnit { code } ${AUTHORITY} } }`;

type Result = { errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Result) =>
  ((r.errors?.[0]?.extensions?.problems as { rule: string }[] | undefined) ?? []).map((p) => p.rule);

async function organisation(unitId: string, code: string): Promise<string> {
  const em = t.db.orm.em.fork();
  const org = em.create(Subject, {
    kind: SubjectKind.ORGANISATION,
    organisationKind: OrganisationKind.AGENCY,
    unit: unitId,
    code,
    name: `Cơ quan ${code}`,
    source: 'test',
  });
  await em.flush();
  return toGlobalId('Organisation', org.id);
}

async function act(e: { id: string; version: number }, action: string, as: Principal) {
  const r = await t.api.execute<{ transition: { id: string; version: number } }>(TRANSITION, {
    variables: { id: e.id, action, v: e.version },
    as,
  });
  if (r.data) e.version = r.data.transition.version;
  return r;
}

/** An evaluation taken to VERIFIED: entered and submitted by `own`, verified by `above`. */
async function verified(subjectId: string, set: string, own: Principal, above: Principal, year = 2024) {
  const scores = await fullSheet(t.db.orm.em.fork(), set);
  const r = await t.api.execute<{ createEvaluation: { id: string; version: number } }>(CREATE, {
    variables: {
      input: {
        subjectId,
        modelKind: set.startsWith('TT25') ? 'LEARNING_COMMUNITY_COMMUNE' : 'LEARNING_UNIT',
        year,
        scores,
      },
    },
    as: own,
  });
  expect(r.errors).toBeUndefined();
  const e = { ...r.data!.createEvaluation };
  expect((await act(e, 'SUBMIT', own)).errors).toBeUndefined();
  expect((await act(e, 'VERIFY', above)).errors).toBeUndefined();
  return e;
}

const get = (id: string, as: Principal) =>
  t.api.execute<{
    evaluation: { state: string; availableActions: { name: string }[]; recognisingAuthority: Record<string, unknown> };
  }>(GET, { variables: { id }, as });

const decide = (unitCode: string, evaluations: { id: string; version: number }[], as: Principal, number = '1/QĐ') =>
  t.api.execute<{ recogniseEvaluations: Record<string, unknown> }>(RECOGNISE, {
    variables: {
      input: {
        authorityUnitCode: unitCode,
        authority: 'Chủ tịch UBND',
        number,
        decidedOn: '2025-02-01',
        evaluations: evaluations.map((e) => ({ id: e.id, expectedVersion: e.version })),
      },
    },
    as,
  });

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  district = scopedAs(f.lapVo);
  province = scopedAs(f.province);
});

describe('a district learning unit (Thông tư 24/2023): recognised by its own district', () => {
  let e: { id: string; version: number };

  beforeAll(async () => {
    e = await verified(await organisation(f.lapVo.id, 'DV-875'), 'TT24-2023-UNIT-DISTRICT', district, province);
  });

  it('names the chair of the district People’s Committee, its unit and its source', async () => {
    const r = await get(e.id, district);
    expect(r.errors).toBeUndefined();
    expect(r.data?.evaluation.recognisingAuthority).toEqual({
      code: 'TT24-2023-UNIT-DISTRICT',
      level: 'DISTRICT',
      authority: 'Chủ tịch Ủy ban nhân dân cấp huyện',
      authorityEn: "Chair of the district People's Committee",
      unit: { code: '875' },
      provenance: { verified: true, source: expect.stringContaining('Thông tư 24/2023/TT-BGDĐT'), unknown: null },
    });
  });

  it('offers RECOGNISE to the district, not to the province that verified it', async () => {
    expect((await get(e.id, district)).data?.evaluation.availableActions.map((a) => a.name)).toEqual(['RECOGNISE']);
    expect((await get(e.id, province)).data?.evaluation.availableActions.map((a) => a.name)).toEqual(['RETURN']);
    expect(codeOf(await act({ ...e }, 'RECOGNISE', province))).toBe('FORBIDDEN');
  });

  it('refuses a decision of the province, naming the rule, and writes nothing', async () => {
    const r = await decide('87', [e], province);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['RECOGNISING_AUTHORITY']);
    expect((await get(e.id, district)).data?.evaluation.state).toBe('VERIFIED');
  });

  it('is recognised by the district’s decision, which names the authority it was made as', async () => {
    const r = await decide('875', [e], district, '5/QĐ-UBND');
    expect(r.errors).toBeUndefined();
    expect(r.data?.recogniseEvaluations).toMatchObject({
      number: '5/QĐ-UBND',
      authorityUnit: { code: '875' },
      recognisingAuthority: { code: 'TT24-2023-UNIT-DISTRICT', unit: { code: '875' }, provenance: { verified: true } },
    });
  });
});

describe('a province learning unit (Thông tư 24/2023): recognised by the province, not only by a national ADMIN', () => {
  it('lets the province’s officer recognise what the ADMIN verified', async () => {
    const e = await verified(await organisation(f.province.id, 'DV-87'), 'TT24-2023-UNIT-PROVINCE', province, admin);
    expect((await get(e.id, province)).data?.evaluation.recognisingAuthority).toMatchObject({
      code: 'TT24-2023-UNIT-PROVINCE',
      unit: { code: '87' },
    });
    const r = await decide('87', [e], province, '9/QĐ-UBND');
    expect(r.errors).toBeUndefined();
  });
});

describe('one decision, one authority', () => {
  it('refuses to recognise a commune community (Thông tư 25/2023) and a district unit in one decision', async () => {
    const unit = await verified(
      await organisation(f.lapVo.id, 'DV-875-B'),
      'TT24-2023-UNIT-DISTRICT',
      district,
      province,
    );
    const commune = await verified(
      toGlobalId('AdminUnit', f.commune.id),
      'TT25-2023-COMMUNE',
      scopedAs(f.commune),
      district,
    );
    expect((await get(commune.id, district)).data?.evaluation.recognisingAuthority).toMatchObject({
      code: 'TT25-2023-COMMUNE',
      authority: 'Trưởng phòng Giáo dục và Đào tạo cấp huyện',
      unit: { code: '875' },
    });
    const r = await decide('875', [unit, commune], district, '7/QĐ');
    expect(rulesOf(r)).toEqual(['SAME_AUTHORITY']);
  });
});

describe('after 1/7/2025, with no districts', () => {
  it('marks who recognises a commune community of 2025 as unverified and says why', async () => {
    const ward = toGlobalId('AdminUnit', f.newWard.id);
    const r = await t.api.execute<{ createEvaluation: { id: string } }>(CREATE, {
      variables: { input: { subjectId: ward, modelKind: 'LEARNING_COMMUNITY_COMMUNE', year: 2025 } },
      as: admin,
    });
    expect(r.errors).toBeUndefined();
    const got = await get(r.data!.createEvaluation.id, admin);
    expect(got.data?.evaluation.recognisingAuthority).toMatchObject({
      code: 'TT25-2023-COMMUNE-AFTER-REFORM',
      level: 'ABOVE_SELF_ASSESSING',
      unit: null,
      provenance: { verified: false, unknown: expect.stringContaining('1/7/2025') },
    });
  });
});
