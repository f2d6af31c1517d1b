import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal.js';
import { scopedAs } from '../../evaluations/evaluation.test-helpers.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { addGnlcFixture, codeOf, problemsOf } from '../gnlc.test-helpers.js';
import { GnlcMembership } from './membership.entity.js';
import { GNLC_MEMBERS_SOURCE } from './membership.reference.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addGnlcFixture>>;

const MEMBERS = `query ($asOf: Date) { gnlcMemberships(asOf: $asOf) {
  id cityName unitCode unitAsOf joinedYear joinedOn source
  unit { code name } currentUnits { code name }
  progressReportsDue(asOf: "2026-11-28") { period from to provenance { verified unknown } }
  progressReports { period submittedOn summary }
  nominations { awardYear outcome }
  awardEligibility(on: "2026-03-01") { eligible } } }`;

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  f = await addGnlcFixture(em);
  // The membership ADMIT creates for Sa Đéc's 2025 application, decided on 2025-09-01 (the ADMIT
  // itself is tested in application.resolver.test.ts): a member of under 12 months in August 2026.
  em.create(GnlcMembership, {
    cityName: 'Thành phố Sa Đéc',
    unitCode: '867',
    unitAsOf: '2025-04-15',
    unit: f.saDec,
    joinedYear: 2025,
    joinedOn: '2025-09-01',
    source: 'application',
  });
  await em.flush();
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
