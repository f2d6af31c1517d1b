import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal.js';
import { Role } from '../../auth/roles.js';
import { AuditEntry } from '../../audit/audit-entry.entity.js';
import { LoaderRegistry, type RequestContext } from '../../common/context.js';
import { fromGlobalId } from '../../common/node-id.js';
import { scopedAs } from '../../evaluations/evaluation.test-helpers.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { applyTransition } from '../../workflows/workflow-kernel.js';
import { addGnlcFixture, codeOf, problemsOf } from '../gnlc.test-helpers.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addGnlcFixture>>;

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
  f = await addGnlcFixture(t.db.orm.em.fork());
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
