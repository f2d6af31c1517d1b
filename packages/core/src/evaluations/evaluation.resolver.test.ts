import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { toGlobalId } from '../common/node-id.js';
import { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { Evaluation } from './evaluation.entity.js';
import { addEvaluationFixture, fullSheet, scopedAs } from './evaluation.test-helpers.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
let association: Principal; // Hội Khuyến học of Xã Tân Mỹ: self-assesses
let districtOfficer: Principal; // Lấp Vò: the level above, verifies and recognises
let otherProvince: Principal;

const FIELDS = `id state version year modelKind total rating recognised
  criteriaSet { code } result { missingIndicators details { rule indicator en vi } }
  availableActions { name noteRequired } history { action fromState toState actor note }`;
const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { ${FIELDS} } }`;
const SCORE = `mutation ($input: ScoreEvaluationInput!) { scoreEvaluation(input: $input) { ${FIELDS} } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $note: String, $v: Int) {
  transition(id: $id, action: $action, note: $note, expectedVersion: $v) { id state version ... on Evaluation { history { action } } } }`;
const GET = `query ($id: ID!) { evaluation(id: $id) { ${FIELDS} } }`;

type EvaluationData = {
  id: string;
  state: string;
  version: number;
  total: number | null;
  rating: string | null;
  recognised: boolean | null;
  criteriaSet: { code: string };
  result: { missingIndicators: string[]; details: { rule: string; indicator: string | null }[] };
  availableActions: { name: string }[];
  history: { action: string; fromState: string | null; toState: string; actor: string; note: string | null }[];
};

const fromId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const household = (i: number) => toGlobalId('Household', f.households[i]!.id);
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );

async function create(i: number, as: Principal = association, scores?: unknown[]) {
  const r = await t.api.execute<{ createEvaluation: EvaluationData }>(CREATE, {
    variables: { input: { subjectId: household(i), modelKind: 'LEARNING_FAMILY', year: 2024, scores } },
    as,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createEvaluation;
}

async function act(e: { id: string; version: number }, action: string, as: Principal, note?: string) {
  return t.api.execute<{ transition: { state: string; version: number } }>(TRANSITION, {
    variables: { id: e.id, action, note, v: e.version },
    as,
  });
}

/** Creates, fully scores and submits household i's evaluation; returns it as SUBMITTED. */
async function submitted(i: number, value?: Parameters<typeof fullSheet>[2]) {
  const e = await create(i, association, await fullSheet(t.db.orm.em.fork(), 'KHVN-448-FAMILY', value));
  const r = await act(e, 'SUBMIT', association);
  expect(r.errors).toBeUndefined();
  return { id: e.id, version: r.data!.transition.version };
}

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  association = scopedAs(f.commune, Role.ASSOCIATION);
  districtOfficer = scopedAs(f.lapVo);
  otherProvince = scopedAs(f.duyTien);
});

describe('createEvaluation', () => {
  it('opens a DRAFT against the set in force for the year, with its first history step, audited', async () => {
    const e = await create(0);
    expect(e).toMatchObject({ state: 'DRAFT', version: 1, criteriaSet: { code: 'KHVN-448-FAMILY' }, total: null });
    expect(e.result.missingIndicators.length).toBeGreaterThan(0);
    expect(e.history).toEqual([
      { action: 'CREATE', fromState: null, toState: 'DRAFT', actor: 'association-30175', note: null },
    ]);
    expect(e.availableActions.map((a) => a.name)).toEqual([]); // SUBMIT waits for a complete sheet
    const audits = await t.db.orm.em.fork().count(AuditEntry, { action: 'evaluations.create' });
    expect(audits).toBeGreaterThan(0);
  });

  it('allows one evaluation per subject, model and year', async () => {
    await create(1);
    const again = await t.api.execute(CREATE, {
      variables: { input: { subjectId: household(1), modelKind: 'LEARNING_FAMILY', year: 2024 } },
      as: association,
    });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it.each([
    ['a model that does not fit the subject', { modelKind: 'LEARNING_CITIZEN', year: 2024 }, 'subjectId:MODEL_SUBJECT'],
    ['a year in the future', { modelKind: 'LEARNING_FAMILY', year: 2999 }, 'year:RANGE'],
    [
      'a year before any set was in force',
      { modelKind: 'LEARNING_FAMILY', year: 2010 },
      'criteriaSetCode:SET_IN_FORCE',
    ],
    [
      'a set for another model',
      { modelKind: 'LEARNING_FAMILY', year: 2024, criteriaSetCode: 'KHVN-324-CITIZEN' },
      'criteriaSetCode:SET_IN_FORCE',
    ],
    [
      'an unknown indicator and a value above its maximum',
      { modelKind: 'LEARNING_FAMILY', year: 2024, scores: [{ indicatorCode: 'NOPE', value: 1 }] },
      'scores[0]:UNKNOWN_INDICATOR',
    ],
    [
      'a bad evidence link',
      { modelKind: 'LEARNING_FAMILY', year: 2024, evidence: [{ title: 'Biên bản', url: 'ftp://x' }] },
      'evidence[0].url:URL',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, input, rule) => {
    const before = await t.db.orm.em.fork().count(Evaluation, {});
    const r = await t.api.execute(CREATE, {
      variables: { input: { subjectId: household(5), ...input } },
      as: association,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toContain(rule);
    expect(await t.db.orm.em.fork().count(Evaluation, {})).toBe(before);
  });

  it.each([
    ['the level above, which verifies instead', () => districtOfficer],
    ['an officer of another province', () => otherProvince],
    ['an analyst', () => testPrincipals.analyst],
  ])('refuses %s with FORBIDDEN', async (_who, as) => {
    const r = await t.api.execute(CREATE, {
      variables: { input: { subjectId: household(5), modelKind: 'LEARNING_FAMILY', year: 2024 } },
      as: as(),
    });
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

describe('scoreEvaluation', () => {
  it('merges partial scores, rates once complete, and names each bad indicator', async () => {
    const e = await create(2);
    const sheet = await fullSheet(t.db.orm.em.fork(), 'KHVN-448-FAMILY');
    const first = await t.api.execute<{ scoreEvaluation: EvaluationData }>(SCORE, {
      variables: { input: { id: e.id, expectedVersion: e.version, scores: sheet.slice(0, 2) } },
      as: association,
    });
    expect(first.data?.scoreEvaluation).toMatchObject({ total: null, version: 2 });
    expect(first.data?.scoreEvaluation.result.missingIndicators).toHaveLength(sheet.length - 2);

    const bad = await t.api.execute(SCORE, {
      variables: {
        input: {
          id: e.id,
          expectedVersion: 2,
          scores: [
            { indicatorCode: sheet[2]!.indicatorCode, value: 999 },
            { indicatorCode: 'X.9', value: 1 },
          ],
        },
      },
      as: association,
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(rulesOf(bad)).toEqual([`scores.${sheet[2]!.indicatorCode}:ABOVE_MAX`, 'scores[1]:UNKNOWN_INDICATOR']);

    const done = await t.api.execute<{ scoreEvaluation: EvaluationData }>(SCORE, {
      variables: { input: { id: e.id, expectedVersion: 2, scores: sheet.slice(2) } },
      as: association,
    });
    expect(done.data?.scoreEvaluation).toMatchObject({
      total: 100,
      rating: 'RECOGNISED',
      recognised: true,
      version: 3,
    });
    expect(done.data?.scoreEvaluation.availableActions.map((a) => a.name)).toEqual(['SUBMIT']);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const e = await create(3);
    const r = await t.api.execute(SCORE, {
      variables: { input: { id: e.id, expectedVersion: e.version + 5, scores: [] } },
      as: association,
    });
    expect(codeOf(r)).toBe('CONFLICT');
  });
});

describe('the evaluation workflow', () => {
  it('runs from self-assessment to recognition and revocation, each step by the right level, and then is locked', async () => {
    const e = await submitted(4);
    expect(codeOf(await act(e, 'VERIFY', association))).toBe('FORBIDDEN');
    const returned = await act(e, 'RETURN', districtOfficer);
    expect(rulesOf(returned)).toEqual(['note:NOTE_REQUIRED']);

    const verified = await act(e, 'VERIFY', districtOfficer);
    expect(verified.data?.transition.state).toBe('VERIFIED');
    const v = verified.data!.transition.version;

    const decision = await t.api.execute<{ recogniseEvaluations: { number: string; authorityUnit: { code: string } } }>(
      `mutation ($input: RecogniseEvaluationsInput!) { recogniseEvaluations(input: $input) { number authorityUnit { code } } }`,
      {
        variables: {
          input: {
            authorityUnitCode: '875',
            authority: 'Chủ tịch UBND huyện',
            number: '12/QĐ-UBND',
            decidedOn: '2025-03-31',
            evaluations: [{ id: e.id, expectedVersion: v }],
          },
        },
        as: districtOfficer,
      },
    );
    expect(decision.errors).toBeUndefined();
    expect(decision.data?.recogniseEvaluations).toEqual({ number: '12/QĐ-UBND', authorityUnit: { code: '875' } });

    const recognised = await t.api.execute<{ evaluation: EvaluationData & { version: number } }>(GET, {
      variables: { id: e.id },
      as: districtOfficer,
    });
    const r = recognised.data!.evaluation;
    expect(r.state).toBe('RECOGNISED');
    expect(r.availableActions.map((a) => a.name)).toEqual(['REVOKE']);
    const locked = await t.api.execute(SCORE, {
      variables: { input: { id: e.id, expectedVersion: r.version, scores: [] } },
      as: association,
    });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(locked.errors?.[0]?.extensions?.rule).toBe('LOCKED');

    const revoked = await act(r, 'REVOKE', districtOfficer, 'Hồ sơ không trung thực');
    expect(revoked.data?.transition.state).toBe('REVOKED');
    const after = await t.api.execute<{ evaluation: EvaluationData }>(GET, {
      variables: { id: e.id },
      as: districtOfficer,
    });
    expect(after.data?.evaluation.history.map((h) => `${h.action}:${h.toState}`)).toEqual([
      'CREATE:DRAFT',
      'SUBMIT:SUBMITTED',
      'VERIFY:VERIFIED',
      'RECOGNISE:RECOGNISED',
      'REVOKE:REVOKED',
    ]);
    expect(after.data?.evaluation.history.at(-1)).toMatchObject({
      actor: 'officer-875',
      note: 'Hồ sơ không trung thực',
    });
    expect(after.data?.evaluation.availableActions).toEqual([]);
  });

  it('refuses a submission of an incomplete sheet, naming the missing indicators', async () => {
    const e = await create(5);
    const r = await act(e, 'SUBMIT', association);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['action:SCORES_INCOMPLETE']);
  });
});

describe('two people acting on one evaluation at once', () => {
  it('lets exactly one transition win; the other gets CONFLICT and writes nothing', async () => {
    const e = await submitted(6);
    const results = await Promise.all([
      act(e, 'VERIFY', districtOfficer),
      act(e, 'RETURN', scopedAs(f.province), 'Thiếu minh chứng'),
    ]);
    const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const steps = await t.db.orm.em.fork().find(WorkflowTransition, { targetId: fromId(e.id) });
    expect(steps.map((s) => s.action)).toEqual(['CREATE', 'SUBMIT', results[0]!.errors ? 'RETURN' : 'VERIFY']);
  });
});

describe('reading evaluations', () => {
  it('keeps rows inside the caller’s subtree on every path', async () => {
    const e = await create(7);
    expect(codeOf(await t.api.execute(GET, { variables: { id: e.id }, as: otherProvince }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(GET, { variables: { id: e.id }, as: testPrincipals.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await act(e, 'SUBMIT', otherProvince))).toBe('FORBIDDEN');
    const listed = await t.api.execute<{ evaluations: { totalCount: number } }>(
      `{ evaluations(filter: { unitCode: "30175", year: 2024 }) { totalCount } }`,
      { as: otherProvince },
    );
    expect(codeOf(listed)).toBe('FORBIDDEN');
    const own = await t.api.execute<{ evaluations: { totalCount: number } }>(`{ evaluations { totalCount } }`, {
      as: otherProvince,
    });
    expect(own.data?.evaluations.totalCount).toBe(0);
  });

  it('filters, sorts and pages, and loads subjects, units and sets in a constant number of statements', async () => {
    const em = t.db.orm.em.fork();
    for (const i of [8, 9, 10, 11]) {
      await create(i, association, await fullSheet(em, 'KHVN-448-FAMILY', (ind) => (ind.maxScore ?? 1) * (i / 12)));
    }
    const LIST = `query ($first: Int, $after: String) {
      evaluations(filter: { unitCode: "875", year: 2024, modelKind: LEARNING_FAMILY }, orderBy: { field: TOTAL, direction: DESC }, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { total subject { code name ... on Household { unit { code } } } unit { code } criteriaSet { code } }
      } }`;
    const page = await t.api.execute<{
      evaluations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: {
          total: number | null;
          subject: { code: string };
          unit: { code: string };
          criteriaSet: { code: string };
        }[];
      };
    }>(LIST, { variables: { first: 3 }, as: districtOfficer });
    expect(page.errors).toBeUndefined();
    const all = await em.count(Evaluation, { year: 2024, modelKind: 'LEARNING_FAMILY' });
    expect(page.data?.evaluations.totalCount).toBe(all);
    expect(page.data?.evaluations.pageInfo.hasNextPage).toBe(true);
    const totals = page.data!.evaluations.nodes.map((n) => n.total);
    expect(totals).toEqual([...totals].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(page.data?.evaluations.nodes[0]).toMatchObject({
      unit: { code: '30175.001' },
      criteriaSet: { code: 'KHVN-448-FAMILY' },
    });

    t.db.statements.length = 0;
    await t.api.execute(LIST, { variables: { first: 2 }, as: testPrincipals.admin });
    const few = t.db.statements.length;
    t.db.statements.length = 0;
    await t.api.execute(LIST, { variables: { first: 100 }, as: testPrincipals.admin });
    expect(t.db.statements.length).toBe(few);

    // The unit by code, the page, the count, then one batch each of units, subjects and criteria sets.
    expect(few).toBe(6);
  });
});
