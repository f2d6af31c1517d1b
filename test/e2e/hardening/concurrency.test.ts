/**
 * No burst of requests can hang the server. Each kind of mutation is fired fifty times at once,
 * by anonymous callers, officers and administrators, against a real server with its real pool
 * (10 connections): every request answers, none with a server error, and `/readyz` stays 200
 * throughout. Before the fix, ten concurrent anonymous `updateVillage` calls (or officers'
 * `updateSubject`) held every pooled connection in a transaction while each waited for a second
 * one, and the whole API froze.
 */
import { AdminLevel, AdminUnit, Role, type Principal } from '@hoctap/core';
import dongThap from '@hoctap/plugin-dong-thap';
import haNam from '@hoctap/plugin-ha-nam';
import thaiBinh from '@hoctap/plugin-thai-binh';
import { cloneDatabase, dropDatabase } from '@hoctap/db';
import { loadConfig, startPlatform, type Platform } from '@hoctap/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scopedAs } from '../../../packages/core/src/evaluations/evaluation.test-helpers.js';

const BURST = 50;
const serverUrl = inject('testServerUrl');
const dbName = `hoctap_test_burst_${process.pid}`;
let platform: Platform;
const tokens = new Map<string, string>();
const ids: Record<string, string> = {};

type Request = { query: string; variables?: Record<string, unknown> };
type Answer = { status: number; codes: string[] };

async function send(request: Request, as: 'admin' | 'officer' | 'anonymous' | 'association'): Promise<Answer> {
  const token = tokens.get(as);
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE') };
}

async function admin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get('admin')}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

const sign = async (p: Principal) => (await platform.tokens.signPrincipal(p)) ?? '';

beforeAll(async () => {
  // The whole country, as a fresh start has it: old Đồng Tháp (87) with Xã Tân Mỹ (30175).
  await cloneDatabase(serverUrl, inject('testNationalTemplate'), dbName);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  platform = await startPlatform(
    loadConfig({
      PORT: '0',
      DATABASE_URL: url.toString(),
      HOCTAP_JWT_SECRET: 'a-burst-secret-that-is-long-enough-for-hs256',
      LOG_LEVEL: 'silent',
      // 1,400 requests from one address in seconds: the rate limits (tested on their own) would answer most.
      HOCTAP_RATE_LIMIT_PER_MINUTE: '0',
      HOCTAP_RATE_LIMIT_IP_PER_MINUTE: '0',
    }),
    () => undefined,
    // With the first-party plugins, so their mutations (and Đồng Tháp's GNLC steps) are in the burst too.
    [dongThap, haNam, thaiBinh],
  );
  const em = platform.orm.em.fork();
  const old = { validTo: '2025-06-30' };
  const province = await em.findOneOrFail(AdminUnit, { code: '87', level: AdminLevel.PROVINCE, ...old });
  const commune = await em.findOneOrFail(AdminUnit, { code: '30175', level: AdminLevel.COMMUNE, ...old });
  tokens.set('admin', await sign({ kind: 'user', subject: 'burst-admin', role: Role.ADMIN }));
  tokens.set('officer', await sign(scopedAs(province)));
  tokens.set('association', await sign(scopedAs(commune, Role.ASSOCIATION)));
  const village = await admin<{ createVillage: { id: string; code: string } }>(
    'mutation ($i: CreateVillageInput!) { createVillage(input: $i) { id code } }',
    { i: { communeCode: '30175', name: 'Ấp Tân Hòa', code: '30175.001', validFrom: '2020-01-01' } },
  );
  ids.village = village.createVillage.id;
  const household = await admin<{ createSubject: { id: string } }>(
    'mutation ($i: CreateSubjectInput!) { createSubject(input: $i) { id } }',
    { i: { kind: 'HOUSEHOLD', unitCode: '30175.001', code: 'H1', name: 'Hộ số H1', asOf: '2024-01-01' } },
  );
  ids.household = household.createSubject.id;
  const made = await admin<Record<string, { id: string }>>(
    `mutation ($c: CreateLearningCentreInput!, $a: CreateAssociationInput!, $s: CreateSteeringCommitteeInput!, $p: CreatePlanInput!) {
       centre: createLearningCentre(input: $c) { id } association: createStudyPromotionAssociation(input: $a) { id }
       committee: createSteeringCommittee(input: $s) { id } plan: createPlan(input: $p) { id } }`,
    {
      c: {
        communeCode: '30175',
        name: 'TTHTCĐ Tân Mỹ',
        establishedOn: '2015-01-01',
        facilities: { rooms: 2, computers: 4, library: true, sharedWithCulturalHouse: true },
      },
      a: { unitCode: '30175', name: 'Chi hội Khuyến học Tân Mỹ', foundedOn: '2010-01-01' },
      s: {
        unitCode: '30175',
        decisionNumber: '12/QĐ-UBND',
        decidedOn: '2022-01-10',
        members: [{ name: 'Nguyễn Văn A', position: 'Chủ tịch UBND xã', role: 'HEAD' }],
      },
      p: {
        issuerUnitCode: '87',
        title: 'Kế hoạch thử',
        documentNumber: '99/KH-UBND',
        issuedOn: '2022-01-10',
        periodFrom: '2022-01-01',
        periodTo: '2025-12-31',
        legalBasis: 'Chỉ thị 14/CT-TTg',
      },
    },
  );
  for (const [key, value] of Object.entries(made)) ids[key] = value.id;
  const more = await admin<Record<string, { id: string }>>(
    `mutation ($f: CreateFundInput!, $t: AddPlanTaskInput!) {
       fund: createStudyPromotionFund(input: $f) { id } task: addPlanTask(input: $t) { id } }`,
    {
      f: { associationId: ids.association, name: 'Quỹ khuyến học' },
      t: {
        planId: ids.plan,
        section: 'I',
        code: '1',
        title: 'Tuyên truyền',
        lead: 'Sở GD&ĐT',
        reportingCycle: 'YEARLY',
      },
    },
  );
  for (const [key, value] of Object.entries(more)) ids[key] = value.id;
  const evaluation = await admin<{ createEvaluation: { id: string } }>(
    `mutation ($i: CreateEvaluationInput!) { createEvaluation(input: $i) { id } }`,
    { i: { subjectId: ids.household, modelKind: 'LEARNING_FAMILY', year: 2024 } },
  );
  ids.evaluation = evaluation.createEvaluation.id;
  const gnlc = await admin<{ createGnlcApplication: { id: string } }>(
    `mutation ($a: CreateGnlcApplicationInput!) { createGnlcApplication(input: $a) { id } }`,
    { a: { unitCode: '866', callYear: 2025, appliedOn: '2025-04-15', form: { motivation: 'Học tập suốt đời' } } },
  );
  ids.application = gnlc.createGnlcApplication.id;
  const members = await admin<{ gnlcMemberships: { id: string }[] }>('{ gnlcMemberships { id } }', {});
  ids.membership = members.gnlcMemberships[0]!.id;
  const nomination = await admin<{ nominateGnlcCity: { id: string } }>(
    'mutation ($m: ID!) { nominateGnlcCity(membershipId: $m, awardYear: 2027, nominatedOn: "2026-01-15") { id } }',
    { m: ids.membership },
  ).catch(() => null);
  if (nomination) ids.nomination = nomination.nominateGnlcCity.id;
});

afterAll(async () => {
  await platform?.close();
  await dropDatabase(serverUrl, dbName);
});

/** One request of each kind, the i-th of its burst (codes and years vary so some succeed). */
const KINDS: Record<string, (i: number) => Request> = {
  updateVillage: () => ({
    query: 'mutation ($i: UpdateVillageInput!) { updateVillage(input: $i) { id } }',
    variables: { i: { id: ids.village, name: 'Ấp Tân Hòa', expectedVersion: 1 } },
  }),
  createVillage: (i) => ({
    query: 'mutation ($i: CreateVillageInput!) { createVillage(input: $i) { id } }',
    variables: { i: { communeCode: '30175', name: `Ấp ${i}`, validFrom: '2024-01-01' } },
  }),
  createSubject: (i) => ({
    query: 'mutation ($i: CreateSubjectInput!) { createSubject(input: $i) { id } }',
    variables: { i: { kind: 'HOUSEHOLD', unitCode: '30175.001', code: `B${i}`, name: `Hộ ${i}` } },
  }),
  updateSubject: (i) => ({
    query: 'mutation ($i: UpdateSubjectInput!) { updateSubject(input: $i) { id } }',
    variables: { i: { id: ids.household, name: `Hộ ${i}`, expectedVersion: 1 } },
  }),
  createEvaluation: (i) => ({
    query: 'mutation ($i: CreateEvaluationInput!) { createEvaluation(input: $i) { id } }',
    variables: { i: { subjectId: ids.household, modelKind: 'LEARNING_FAMILY', year: 2020 + (i % 5) } },
  }),
  scoreEvaluation: () => ({
    query: 'mutation ($i: ScoreEvaluationInput!) { scoreEvaluation(input: $i) { id } }',
    variables: { i: { id: ids.evaluation, expectedVersion: 1, scores: [] } },
  }),
  transition: () => ({
    query: 'mutation ($id: ID!) { transition(id: $id, action: "SUBMIT") { id } }',
    variables: { id: ids.evaluation },
  }),
  recogniseEvaluations: () => ({
    query: 'mutation ($i: RecogniseEvaluationsInput!) { recogniseEvaluations(input: $i) { id } }',
    variables: {
      i: {
        authorityUnitCode: '875',
        authority: 'UBND huyện Lấp Vò',
        number: '1/QĐ',
        decidedOn: '2024-12-01',
        evaluations: [{ id: ids.evaluation, expectedVersion: 1 }],
      },
    },
  }),
  recordEducationSurvey: (i) => ({
    query: 'mutation ($i: EducationSurveyInput!) { recordEducationSurvey(input: $i) { id } }',
    variables: {
      i: {
        unitCode: '30175',
        year: 2020 + (i % 5),
        especiallyDifficult: false,
        figures: [{ code: 'LITERACY1_15_35', numerator: 900 + i, denominator: 1000 }],
      },
    },
  }),
  createSteeringCommittee: (i) => ({
    query: 'mutation ($i: CreateSteeringCommitteeInput!) { createSteeringCommittee(input: $i) { id } }',
    variables: {
      i: {
        unitCode: '30175',
        decisionNumber: `${i}/QĐ`,
        decidedOn: '2023-01-10',
        members: [{ name: 'A', position: 'B', role: 'HEAD' }],
      },
    },
  }),
  updateSteeringCommittee: () => ({
    query: 'mutation ($i: UpdateSteeringCommitteeInput!) { updateSteeringCommittee(input: $i) { id } }',
    variables: { i: { id: ids.committee, expectedVersion: 1, activeTo: '2025-06-30' } },
  }),
  createLearningCentre: (i) => ({
    query: 'mutation ($i: CreateLearningCentreInput!) { createLearningCentre(input: $i) { id } }',
    variables: {
      i: {
        communeCode: '30175',
        name: `TT ${i}`,
        establishedOn: '2020-01-01',
        facilities: { rooms: 1, computers: 0, library: false, sharedWithCulturalHouse: false },
      },
    },
  }),
  reportLearningCentreYear: (i) => ({
    query: 'mutation ($i: ReportLearningCentreYearInput!) { reportLearningCentreYear(input: $i) { id } }',
    variables: { i: { id: ids.centre, expectedVersion: 1, year: 2023, activities: ['Lớp tin học'], participants: i } },
  }),
  createStudyPromotionAssociation: (i) => ({
    query: 'mutation ($i: CreateAssociationInput!) { createStudyPromotionAssociation(input: $i) { id } }',
    variables: { i: { unitCode: '30175', name: `Chi hội ${i}`, foundedOn: '2012-01-01' } },
  }),
  reportAssociationMembers: (i) => ({
    query: 'mutation ($i: ReportMembersInput!) { reportAssociationMembers(input: $i) { id } }',
    variables: { i: { id: ids.association, expectedVersion: 1, year: 2023, members: 100 + i } },
  }),
  createStudyPromotionFund: (i) => ({
    query: 'mutation ($i: CreateFundInput!) { createStudyPromotionFund(input: $i) { id } }',
    variables: { i: { associationId: ids.association, name: `Quỹ ${i}` } },
  }),
  recordFundEntry: (i) => ({
    query: 'mutation ($i: FundEntryInput!) { recordFundEntry(input: $i) { id } }',
    variables: {
      i: {
        fundId: ids.fund,
        expectedVersion: 1,
        kind: 'DONATION',
        date: '2024-03-01',
        amountVnd: 1000 + i,
        counterpart: 'Ông B',
        donorType: 'INDIVIDUAL',
      },
    },
  }),
  createPlan: (i) => ({
    query: 'mutation ($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
    variables: {
      i: {
        issuerUnitCode: '87',
        title: 'KH',
        documentNumber: `${i % 5}/KH`,
        issuedOn: '2022-01-10',
        periodFrom: '2022-01-01',
        periodTo: '2025-12-31',
        legalBasis: 'x',
      },
    },
  }),
  addPlanTask: (i) => ({
    query: 'mutation ($i: AddPlanTaskInput!) { addPlanTask(input: $i) { id } }',
    variables: {
      i: { planId: ids.plan, section: 'I', code: `${i % 5}.1`, title: 'x', lead: 'Sở', reportingCycle: 'YEARLY' },
    },
  }),
  createTaskReport: (i) => ({
    query: 'mutation ($i: CreateTaskReportInput!) { createTaskReport(input: $i) { id } }',
    variables: { i: { taskId: ids.task, period: String(2022 + (i % 4)), content: 'Đã làm' } },
  }),
  recordCommendation: (i) => ({
    query: 'mutation ($i: RecordCommendationInput!) { recordCommendation(input: $i) { id } }',
    variables: {
      i: {
        unitCode: '30175',
        subjectId: ids.household,
        recipient: 'Hộ H1',
        title: 'Gia đình học tập tiêu biểu',
        authority: 'UBND xã',
        decisionNumber: `${i}/QĐ`,
        decidedOn: '2024-05-01',
      },
    },
  }),
  setUnitTarget: (i) => ({
    query: 'mutation ($i: SetUnitTargetInput!) { setUnitTarget(input: $i) { code } }',
    variables: {
      i: { unitCode: '82', indicator: '387-2025-FAMILIES', year: 2026, percent: 70 + (i % 10), source: 'KH' },
    },
  }),
  updateGnlcApplication: (i) => ({
    query:
      'mutation ($id: ID!, $f: GnlcApplicationFormInput!) { updateGnlcApplication(id: $id, expectedVersion: 1, form: $f) { id } }',
    variables: { id: ids.application, f: { motivation: `Lý do ${i}` } },
  }),
  recordGnlcProgressReport: (i) => ({
    query: 'mutation ($i: RecordGnlcProgressReportInput!) { recordGnlcProgressReport(input: $i) { id } }',
    variables: {
      i: { membershipId: ids.membership, period: '2023-2024', submittedOn: '2025-01-10', summary: `Báo cáo ${i}` },
    },
  }),
  nominateGnlcCity: (i) => ({
    query:
      'mutation ($m: ID!, $y: Int!) { nominateGnlcCity(membershipId: $m, awardYear: $y, nominatedOn: "2026-01-15") { id } }',
    variables: { m: ids.membership, y: 2028 + (i % 3) },
  }),
  recordGnlcAwardOutcome: () => ({
    query:
      'mutation ($n: ID!) { recordGnlcAwardOutcome(nominationId: $n, outcome: NOT_WON, outcomeOn: "2026-06-01", expectedVersion: 1) { id } }',
    variables: { n: ids.nomination ?? ids.membership },
  }),
  thaiBinhSetAnnualTarget: (i) => ({
    query: 'mutation ($i: ThaiBinhAnnualTargetInput!) { thaiBinhSetAnnualTarget(input: $i) { id } }',
    variables: {
      i: { year: 2024, indicator: `TB_${i % 5}`, percent: 60, resolution: 'NQ 01/NQ-HĐND', adoptedOn: '2024-01-05' },
    },
  }),
  createGnlcApplication: (i) => ({
    query: 'mutation ($i: CreateGnlcApplicationInput!) { createGnlcApplication(input: $i) { id } }',
    variables: { i: { unitCode: '866', callYear: 2025, appliedOn: '2025-04-15', form: { motivation: `Lý do ${i}` } } },
  }),
};

const CALLERS = ['anonymous', 'officer', 'admin', 'association'] as const;

describe(`a burst of ${BURST} concurrent mutations of every kind`, () => {
  it('is answered in full, without a server error, while /readyz stays 200', async () => {
    const ready: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const r = await fetch(`${platform.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
        ready.push(r.status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const seen = new Map<string, Set<string>>();
    try {
      for (const [kind, build] of Object.entries(KINDS)) {
        const answers = await Promise.all(
          Array.from({ length: BURST }, (_, i) => send(build(i), CALLERS[i % CALLERS.length]!)),
        );
        seen.set(kind, new Set(answers.flatMap((a) => (a.codes.length ? a.codes : ['OK']))));
        for (const a of answers) {
          expect(a.status, kind).toBeLessThan(500);
          expect(a.codes, kind).not.toContain('INTERNAL_SERVER_ERROR');
        }
      }
    } finally {
      polling = false;
      await poll;
    }
    expect(ready.length).toBeGreaterThan(5);
    expect(new Set(ready)).toEqual(new Set([200]));
    // Anonymous callers are asked to sign in before anything is looked up.
    expect(seen.get('updateVillage')).toContain('UNAUTHENTICATED');
    // And the bursts did real work: most kinds let at least one request through.
    const blocked = [...seen].filter(([, codes]) => !codes.has('OK')).map(([kind, codes]) => `${kind}: ${[...codes]}`);
    expect(blocked.length, blocked.join('; ')).toBeLessThanOrEqual(4);
  });
});
