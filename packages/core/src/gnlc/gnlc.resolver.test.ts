import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LoaderRegistry, type RequestContext } from '../common/context.js';
import { fromGlobalId } from '../common/node-id.js';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { SuccessionKind } from '../geography/geography.enums.js';
import { Succession } from '../geography/succession.entity.js';
import { GnlcMembership } from './gnlc.entity.js';
import { GNLC_MEMBERS_SOURCE } from './gnlc.reference.js';
import { applyTransition } from '../workflows/workflow-kernel.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

type Result = { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const problemsOf = (r: Result) =>
  (r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined)?.map(
    (p) => `${p.field}:${p.rule}`,
  );

const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
const FORM = {
  commitsToBeijingDeclaration: true,
  commitsToKeyFeatures: true,
  mayor: { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND thành phố Sa Đéc' },
  contact: { name: 'Trần Thị B', position: 'Chuyên viên Phòng GD&ĐT', email: 'contact@sadec.example.vn' },
  profile: {
    population: 213610,
    areaKm2: 59.81,
    gdpPerCapitaUsd: 3500,
    averageYearsOfSchoolingMale: 9.1,
    averageYearsOfSchoolingFemale: 8.9,
  },
  motivation: words(200),
  implementation: 'Xây dựng xã hội học tập, mô hình công dân học tập.',
  challenges: [
    { challenge: 'Kinh phí', rating: 4 },
    { challenge: 'Phối hợp liên ngành', rating: 2 },
  ],
};

const APPLICATION_FIELDS = `id state version callYear appliedOn submittedOn decidedOn
  applicant { code } formProblems { field rule }
  form { motivation challenges { challenge rating } profile { population } }
  availableActions { name } history { action fromState toState note }`;
const CREATE = `mutation ($input: CreateGnlcApplicationInput!) { createGnlcApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $form: GnlcApplicationFormInput!) {
  updateGnlcApplication(id: $id, expectedVersion: $v, form: $form) { ${APPLICATION_FIELDS} } }`;
const READ = `query ($id: ID!) { gnlcApplication(id: $id) { ${APPLICATION_FIELDS}
  membership { id joinedOn joinedYear unitCode unitAsOf source cityName
    e11: awardEligibility(on: "2026-08-01") { eligible reasons { rule } }
    e12: awardEligibility(on: "2026-09-01") { eligible reasons { rule } }
    e13: awardEligibility(on: "2026-10-01") { eligible countsFrom eligibleFrom } } } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $note: String, $v: Int) {
  transition(id: $id, action: $action, note: $note, expectedVersion: $v) {
    state version ... on GnlcApplication { availableActions { name } history { action toState } } } }`;
const LIST = `query ($filter: GnlcApplicationFilterInput) {
  gnlcApplications(filter: $filter) { totalCount nodes { id state applicant { code } } } }`;
const MEMBERS = `query ($asOf: Date) { gnlcMemberships(asOf: $asOf) {
  id cityName unitCode unitAsOf joinedYear joinedOn source
  unit { code name } currentUnits { code name }
  progressReportsDue(asOf: "2026-11-28") { period from to provenance { verified unknown } }
  progressReports { period submittedOn summary }
  nominations { awardYear outcome }
  awardEligibility(on: "2026-03-01") { eligible } } }`;

/** A service-level context on a chosen day: GraphQL requests always run on the real today. */
const ctxOn = (today: string, principal: Principal): RequestContext => ({
  principal,
  em: t.db.orm.em.fork(),
  loaders: new LoaderRegistry(),
  requestId: `test-${today}`,
  logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  today,
});

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  f = await addEvaluationFixture(em);
  // Sa Đéc's Phường 1 passed to the new Phường Sa Đéc on 1/7/2025 (the fixture has both wards).
  em.create(Succession, {
    from: f.ward,
    to: f.newWard,
    kind: SuccessionKind.FULL,
    effectiveDate: '2025-07-01',
    legalBasis: 'Nghị quyết 1663/NQ-UBTVQH15 (test fixture)',
  });
  await em.flush();
});

describe('GNLC applications', () => {
  let id = '';
  let version = 0;
  const city = () => scopedAs(f.saDec);
  const admin = testPrincipals.admin;

  it('refuses a form with wrong values, naming each field, and writes nothing', async () => {
    const bad = await t.api.execute(CREATE, {
      variables: {
        input: {
          unitCode: '867',
          callYear: 2025,
          appliedOn: '2025-04-15',
          form: { ...FORM, motivation: words(201), challenges: [{ challenge: 'Kinh phí', rating: 6 }] },
        },
      },
      as: city(),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemsOf(bad)).toEqual(['form.motivation:MAX_WORDS', 'form.challenges[0].rating:RANGE']);
    expect(bad.errors?.[0]?.message).toContain('it has 201');
    const list = await t.api.execute<{ gnlcApplications: { totalCount: number } }>(LIST, { as: admin });
    expect(list.data?.gnlcApplications.totalCount).toBe(0);
  });

  it('lets only officers and admins open an application, on a unit they may write', async () => {
    const input = { unitCode: '867', callYear: 2025, appliedOn: '2025-04-15', form: FORM };
    for (const as of [testPrincipals.analyst, scopedAs(f.duyTien), scopedAs(f.saDec, Role.ASSOCIATION)])
      expect(codeOf(await t.api.execute(CREATE, { variables: { input }, as }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(CREATE, { variables: { input } }))).toBe('UNAUTHENTICATED');
    const unknown = await t.api.execute(CREATE, {
      variables: { input: { ...input, unitCode: '867', appliedOn: '2025-08-01' } },
      as: admin,
    });
    expect(problemsOf(unknown)).toEqual(['unitCode:EXISTS']);
  });

  it('opens a draft for Sa Đéc; SIGN waits for a complete form', async () => {
    const created = await t.api.execute<{ createGnlcApplication: { id: string; version: number } }>(CREATE, {
      variables: {
        input: {
          unitCode: '867',
          callYear: 2025,
          appliedOn: '2025-04-15',
          form: { ...FORM, commitsToKeyFeatures: null },
        },
      },
      as: city(),
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createGnlcApplication).toMatchObject({
      state: 'DRAFT',
      callYear: 2025,
      appliedOn: '2025-04-15',
      applicant: { code: '867' },
      formProblems: [{ field: 'commitsToKeyFeatures', rule: 'MUST_COMMIT' }],
      form: {
        challenges: [
          { challenge: 'Kinh phí', rating: 4 },
          { challenge: 'Phối hợp liên ngành', rating: 2 },
        ],
      },
      availableActions: [{ name: 'WITHDRAW' }],
      history: [{ action: 'CREATE', fromState: null, toState: 'DRAFT', note: null }],
    });
    ({ id, version } = created.data!.createGnlcApplication);
    const refused = await t.api.execute(TRANSITION, { variables: { id, action: 'SIGN', v: version }, as: city() });
    expect(problemsOf(refused)).toEqual(['action:FORM_INCOMPLETE']);
    expect(refused.errors?.[0]?.message).toContain('commitsToKeyFeatures (MUST_COMMIT)');
  });

  it('updates the draft form, refusing a stale version with CONFLICT', async () => {
    const stale = await t.api.execute(UPDATE, { variables: { id, v: version - 1, form: FORM }, as: city() });
    expect(codeOf(stale)).toBe('CONFLICT');
    const bad = await t.api.execute(UPDATE, {
      variables: { id, v: version, form: { ...FORM, challenges: [{ challenge: 'x', rating: 0 }] } },
      as: city(),
    });
    expect(problemsOf(bad)).toEqual(['form.challenges[0].rating:RANGE']);
    const updated = await t.api.execute<{ updateGnlcApplication: { version: number } }>(UPDATE, {
      variables: { id, v: version, form: FORM },
      as: city(),
    });
    expect(updated.data?.updateGnlcApplication).toMatchObject({
      formProblems: [],
      availableActions: [{ name: 'SIGN' }, { name: 'WITHDRAW' }],
    });
    version = updated.data!.updateGnlcApplication.version;
    expect(version).toBeGreaterThan(1);
  });

  it('is signed by the city, endorsed by the National Commission (ADMIN) only', async () => {
    const signed = await t.api.execute<{ transition: { version: number } }>(TRANSITION, {
      variables: { id, action: 'SIGN', v: version },
      as: city(),
    });
    expect(signed.data?.transition).toMatchObject({ state: 'SIGNED', availableActions: [{ name: 'WITHDRAW' }] });
    version = signed.data!.transition.version;
    const locked = await t.api.execute(UPDATE, { variables: { id, v: version, form: FORM }, as: city() });
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'LOCKED', state: 'SIGNED' });
    for (const as of [city(), scopedAs(f.province)])
      expect(
        codeOf(await t.api.execute(TRANSITION, { variables: { id, action: 'ENDORSE_NATIONAL', v: version }, as })),
      ).toBe('FORBIDDEN');
    const endorsed = await t.api.execute<{ transition: { version: number } }>(TRANSITION, {
      variables: { id, action: 'ENDORSE_NATIONAL', v: version },
      as: admin,
    });
    expect(endorsed.data?.transition).toMatchObject({ state: 'NATIONALLY_ENDORSED' });
    version = endorsed.data!.transition.version;
  });

  it('is hidden from another province, analysts and anonymous callers', async () => {
    const haNam = scopedAs(f.duyTien);
    expect(codeOf(await t.api.execute(READ, { variables: { id }, as: haNam }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(READ, { variables: { id }, as: testPrincipals.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(READ, { variables: { id } }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await t.api.execute(TRANSITION, { variables: { id, action: 'RETURN', note: 'x', v: version }, as: haNam }),
      ),
    ).toBe('FORBIDDEN');
    const own = await t.api.execute<{ gnlcApplications: { totalCount: number } }>(LIST, { as: haNam });
    expect(own.data?.gnlcApplications.totalCount).toBe(0);
    expect(
      codeOf(await t.api.execute(LIST, { variables: { filter: { unitCode: '867', asOf: '2025-04-15' } }, as: haNam })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(LIST, { as: testPrincipals.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it("is listed for the city's and the province's officers and for ADMIN", async () => {
    for (const as of [city(), scopedAs(f.province), admin]) {
      const list = await t.api.execute(LIST, {
        variables: { filter: { callYear: 2025, states: ['NATIONALLY_ENDORSED'] } },
        as,
      });
      expect(list.data?.gnlcApplications).toEqual({
        totalCount: 1,
        nodes: [{ id, state: 'NATIONALLY_ENDORSED', applicant: { code: '867' } }],
      });
    }
    const other = await t.api.execute(LIST, { variables: { filter: { callYear: 2023 } }, as: admin });
    expect(other.data?.gnlcApplications).toMatchObject({ totalCount: 0 });
  });

  it('is listed for the officers of the province that succeeded its own (new 82 lists old 87’s cities)', async () => {
    const newProvince = await t.db.orm.em.fork().findOneOrFail(AdminUnit, { code: '82', validFrom: '2025-07-01' });
    for (const filter of [{ callYear: 2025 }, { callYear: 2025, unitCode: '87', asOf: '2025-06-30' }]) {
      const list = await t.api.execute(LIST, { variables: { filter }, as: scopedAs(newProvince) });
      expect(list.data?.gnlcApplications).toMatchObject({ totalCount: 1, nodes: [{ id, applicant: { code: '867' } }] });
    }
  });

  it('is forwarded to UIL only within the call window', async () => {
    // GraphQL runs on the real today, after the last known window (2025-06-15).
    const outside = await t.api.execute(TRANSITION, {
      variables: { id, action: 'SUBMIT_TO_UIL', v: version },
      as: admin,
    });
    expect(problemsOf(outside)).toEqual(['action:OUTSIDE_CALL_WINDOW']);
    expect(outside.errors?.[0]?.message).toContain('2023: 2023-04-01 to 2023-05-31; 2025: 2025-05-15 to 2025-06-15');
    await expect(
      applyTransition(ctxOn('2025-06-16', admin), { id, action: 'SUBMIT_TO_UIL', expectedVersion: version }),
    ).rejects.toMatchObject({ extensions: { problems: [expect.objectContaining({ rule: 'OUTSIDE_CALL_WINDOW' })] } });
    const submitted = await applyTransition(ctxOn('2025-06-15', admin), {
      id,
      action: 'SUBMIT_TO_UIL',
      expectedVersion: version,
    });
    expect(submitted).toMatchObject({ state: 'SUBMITTED', submittedOn: '2025-06-15' });
    version = submitted.version;
  });

  it("records UIL's decision: ADMIT creates the membership, counting from the decision day", async () => {
    const stale = applyTransition(ctxOn('2025-09-01', admin), { id, action: 'ADMIT', expectedVersion: 1 });
    await expect(stale).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(
      applyTransition(ctxOn('2025-09-01', city()), { id, action: 'ADMIT', expectedVersion: version }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await applyTransition(ctxOn('2025-09-01', admin), { id, action: 'ADMIT', expectedVersion: version });
    const read = await t.api.execute<{ gnlcApplication: Record<string, unknown> }>(READ, {
      variables: { id },
      as: city(),
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.gnlcApplication).toMatchObject({
      state: 'MEMBER',
      submittedOn: '2025-06-15',
      decidedOn: '2025-09-01',
      availableActions: [],
      history: [
        { action: 'CREATE', toState: 'DRAFT' },
        { action: 'SIGN', fromState: 'DRAFT', toState: 'SIGNED' },
        { action: 'ENDORSE_NATIONAL', toState: 'NATIONALLY_ENDORSED' },
        { action: 'SUBMIT_TO_UIL', toState: 'SUBMITTED' },
        { action: 'ADMIT', toState: 'MEMBER' },
      ],
      membership: {
        joinedOn: '2025-09-01',
        joinedYear: 2025,
        unitCode: '867',
        unitAsOf: '2025-04-15',
        source: 'application',
        cityName: 'Thành phố Sa Đéc',
        // 11 months, 12 months exactly, 13 months after joining.
        e11: { eligible: false, reasons: [{ rule: 'MEMBERSHIP_UNDER_12_MONTHS' }] },
        e12: { eligible: false, reasons: [{ rule: 'MEMBERSHIP_UNDER_12_MONTHS' }] },
        e13: { eligible: true, countsFrom: '2025-09-01', eligibleFrom: '2026-09-02' },
      },
    });
    const final = await t.api.execute(TRANSITION, { variables: { id, action: 'DECLINE', note: 'x' }, as: admin });
    expect(problemsOf(final)).toEqual(['action:WRONG_STATE']);
    const audited = await t.db.orm.em
      .fork()
      .count(AuditEntry, { entityId: fromGlobalId(id).id, action: { $like: 'gnlc.%' } });
    expect(audited).toBe(6); // create, update, then SIGN, ENDORSE_NATIONAL, SUBMIT_TO_UIL, ADMIT
  });
});

describe('GNLC memberships', () => {
  const membershipId = async (cityName: string, source = GNLC_MEMBERS_SOURCE) =>
    (await t.db.orm.em.fork().findOneOrFail(GnlcMembership, { cityName, source })).id;
  const globalId = (rowId: string) => Buffer.from(`GnlcMembership:${rowId}`).toString('base64url');

  it("are public, seeded from DOMAIN.md, and follow Sa Đéc to today's ward", async () => {
    const result = await t.api.execute<{ gnlcMemberships: Record<string, unknown>[] }>(MEMBERS, {
      variables: { asOf: '2026-11-28' },
    });
    expect(result.errors).toBeUndefined();
    const seeded = result.data!.gnlcMemberships.filter((m) => m.source === GNLC_MEMBERS_SOURCE);
    expect(seeded.map((m) => [m.cityName, m.unitCode, m.unitAsOf, m.joinedYear, m.joinedOn])).toEqual([
      ['Sa Đéc', '867', '2020-12-31', 2020, null],
      ['Vinh', '412', '2020-12-31', 2020, null],
      ['Cao Lãnh', '866', '2022-12-31', 2022, null],
      ['Hồ Chí Minh City', '79', '2024-12-31', 2024, null],
      ['Sơn La', '116', '2024-12-31', 2024, null],
      ['Hà Nội', '01', '2025-12-31', 2025, null],
    ]);
    const byCity = new Map(seeded.map((m) => [m.cityName, m]));
    expect(byCity.get('Sa Đéc')).toMatchObject({
      // The fixture's map came after the reference data: the unit is found by code on read.
      unit: { code: '867', name: 'Thành phố Sa Đéc' },
      currentUnits: [{ code: '29905', name: 'Phường Sa Đéc' }],
      progressReportsDue: [
        { period: '2021-2022', from: '2021-01-01', to: '2022-12-31' },
        { period: '2023-2024', from: '2023-01-01', to: '2024-12-31' },
      ],
      awardEligibility: { eligible: true },
    });
    // Issue 16 (DOMAIN.md says only "biennial"): the periods are the platform's convention, and say so.
    for (const p of (byCity.get('Sa Đéc') as { progressReportsDue: { provenance: unknown }[] }).progressReportsDue)
      expect(p.provenance).toEqual({ verified: false, unknown: expect.stringContaining('two calendar years') });
    expect(byCity.get('Hồ Chí Minh City')).toMatchObject({
      unit: { code: '79' },
      currentUnits: [{ code: '79', name: 'Thành phố Hồ Chí Minh' }],
    });
    expect(byCity.get('Hà Nội')).toMatchObject({ unit: { code: '01' }, currentUnits: [{ code: '01' }] });
    // Vinh's district-level map is not in this database.
    expect(byCity.get('Vinh')).toMatchObject({ unit: null, currentUnits: [] });
    const in2024 = await t.api.execute<{ gnlcMemberships: { cityName: string; source: string }[] }>(MEMBERS, {
      variables: { asOf: '2024-06-01' },
    });
    expect(in2024.data!.gnlcMemberships.filter((m) => m.source === GNLC_MEMBERS_SOURCE).map((m) => m.cityName)).toEqual(
      ['Sa Đéc', 'Vinh', 'Cao Lãnh', 'Hồ Chí Minh City', 'Sơn La'],
    );
  });

  it('load nested fields in a constant number of statements, however many members there are', async () => {
    const count = async () => {
      const before = t.db.statements.length;
      const result = await t.api.execute(MEMBERS, { variables: { asOf: '2026-11-28' } });
      expect(result.errors).toBeUndefined();
      return t.db.statements.length - before;
    };
    // Members linked to their unit and members found by code on read take different paths: have both.
    const em = t.db.orm.em.fork();
    const member = (cityName: string, unitCode: string, unit: AdminUnit | null) =>
      em.create(GnlcMembership, { cityName, unitCode, unitAsOf: '2024-12-31', unit, joinedYear: 2024, source: 'test' });
    member('Test A', '875', f.lapVo);
    await em.flush();
    const statements = await count();
    member('Test B', '30175', null);
    member('Test C', '349', f.duyTien);
    await em.flush();
    expect(await count()).toBe(statements);
    // Memberships, their units, today's covering units (3) and their rows, reports, nominations.
    expect(statements).toBeLessThanOrEqual(9);
  });

  it('take progress reports from the city (or the units that cover it today) and ADMIN', async () => {
    const RECORD = `mutation ($input: RecordGnlcProgressReportInput!) {
      recordGnlcProgressReport(input: $input) { id period submittedOn summary } }`;
    const membership = globalId(await membershipId('Sa Đéc'));
    const input = { membershipId: membership, period: '2021-2022', submittedOn: '2023-03-01', summary: 'Báo cáo' };
    expect(codeOf(await t.api.execute(RECORD, { variables: { input }, as: scopedAs(f.duyTien) }))).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(RECORD, { variables: { input } }))).toBe('UNAUTHENTICATED');
    const wrong = await t.api.execute(RECORD, {
      variables: { input: { ...input, period: '2022-2023' } },
      as: scopedAs(f.saDec),
    });
    expect(problemsOf(wrong)).toEqual(['period:PERIOD']);
    const recorded = await t.api.execute(RECORD, { variables: { input }, as: scopedAs(f.saDec) });
    expect(recorded.data?.recordGnlcProgressReport).toMatchObject({ period: '2021-2022', summary: 'Báo cáo' });
    // The new province 82 covers Sa Đéc today through Phường Sa Đéc.
    const newProvince = await t.db.orm.em.fork().findOneOrFail(AdminUnit, { code: '82', validFrom: '2025-07-01' });
    const fromToday = await t.api.execute(RECORD, {
      variables: { input: { ...input, period: '2023-2024', submittedOn: '2025-02-01' } },
      as: scopedAs(newProvince),
    });
    expect(fromToday.errors).toBeUndefined();
    const again = await t.api.execute(RECORD, { variables: { input }, as: testPrincipals.admin });
    expect(codeOf(again)).toBe('CONFLICT');
    const members = await t.api.execute<{ gnlcMemberships: Record<string, unknown>[] }>(MEMBERS, {});
    expect(members.data!.gnlcMemberships.find((m) => m.id === membership)).toMatchObject({
      progressReportsDue: [],
      progressReports: [{ period: '2021-2022' }, { period: '2023-2024' }],
    });
  });

  it('are nominated for the award by ADMIN: eligible cities only, at most 2 per award', async () => {
    const NOMINATE = `mutation ($m: ID!, $year: Int!, $on: Date!) {
      nominateGnlcCity(membershipId: $m, awardYear: $year, nominatedOn: $on) { id awardYear nominatedOn outcome version } }`;
    const [saDec, vinh, caoLanh] = await Promise.all(['Sa Đéc', 'Vinh', 'Cao Lãnh'].map((c) => membershipId(c)));
    const admitted = (await t.db.orm.em.fork().findOneOrFail(GnlcMembership, { source: 'application' })).id;
    const nominate = (m: string, as: Principal = testPrincipals.admin, on = '2026-03-01', year = 2026) =>
      t.api.execute<{ nominateGnlcCity: { id: string; version: number } }>(NOMINATE, {
        variables: { m: globalId(m), year, on },
        as,
      });
    expect(codeOf(await nominate(saDec!, scopedAs(f.saDec)))).toBe('FORBIDDEN');
    const early = await nominate(admitted, testPrincipals.admin, '2026-08-01', 2027);
    expect(problemsOf(early)).toEqual(['membershipId:MEMBERSHIP_UNDER_12_MONTHS']);
    const first = await nominate(saDec!);
    expect(first.data?.nominateGnlcCity).toMatchObject({
      awardYear: 2026,
      nominatedOn: '2026-03-01',
      outcome: 'NOMINATED',
    });
    expect(codeOf(await nominate(saDec!))).toBe('CONFLICT');
    expect((await nominate(vinh!)).errors).toBeUndefined();
    const third = await nominate(caoLanh!);
    expect(problemsOf(third)).toEqual(['awardYear:NOMINATIONS_PER_COUNTRY']);
    expect((await nominate(caoLanh!, testPrincipals.admin, '2026-03-01', 2029)).errors).toBeUndefined();

    // A win makes the city wait 6 years.
    const OUTCOME = `mutation ($id: ID!, $v: Int!) {
      recordGnlcAwardOutcome(nominationId: $id, outcome: WON, outcomeOn: "2026-10-01", expectedVersion: $v) { outcome outcomeOn version } }`;
    const nomination = first.data!.nominateGnlcCity;
    expect(
      codeOf(
        await t.api.execute(OUTCOME, {
          variables: { id: nomination.id, v: nomination.version + 1 },
          as: testPrincipals.admin,
        }),
      ),
    ).toBe('CONFLICT');
    const won = await t.api.execute(OUTCOME, {
      variables: { id: nomination.id, v: nomination.version },
      as: testPrincipals.admin,
    });
    expect(won.data?.recordGnlcAwardOutcome).toMatchObject({ outcome: 'WON', outcomeOn: '2026-10-01' });
    const wait = await t.api.execute<{ gnlcMemberships: Record<string, unknown>[] }>(
      `{ gnlcMemberships { id nominations { awardYear outcome }
         in5: awardEligibility(on: "2031-10-01") { eligible reasons { rule } eligibleFrom }
         in6: awardEligibility(on: "2032-10-01") { eligible } } }`,
    );
    expect(wait.data!.gnlcMemberships.find((m) => m.id === globalId(saDec!))).toMatchObject({
      nominations: [{ awardYear: 2026, outcome: 'WON' }],
      in5: { eligible: false, reasons: [{ rule: 'WINNER_WAITS_6_YEARS' }], eligibleFrom: '2032-10-01' },
      in6: { eligible: true },
    });
  });

  it('lists the call windows', async () => {
    const windows = await t.api.execute(`{ gnlcCallWindows { year opensOn closesOn maxCitiesPerCountry note } }`);
    expect(windows.data?.gnlcCallWindows).toEqual([
      expect.objectContaining({ year: 2023, opensOn: '2023-04-01', closesOn: '2023-05-31', maxCitiesPerCountry: 3 }),
      expect.objectContaining({ year: 2025, opensOn: '2025-05-15', closesOn: '2025-06-15', maxCitiesPerCountry: null }),
    ]);
  });
});
