import { useTestPlatform, type GraphQLResult } from '@hoctap/plugin-sdk/testing';
import type { Principal } from '@hoctap/plugin-sdk';
import { describe, expect, it } from 'vitest';
import dongThap from './index.js';

/**
 * Hồng Ngự applies to the GNLC through Đồng Tháp's extended workflow (the province endorses
 * before the National Commission), inside the 2025 call window; Sa Đéc's membership follows the
 * city to its successor ward after 1/7/2025.
 */
const platform = useTestPlatform({ plugins: [dongThap], map: 'national' });

const FORM = {
  commitsToBeijingDeclaration: true,
  commitsToKeyFeatures: true,
  mayor: { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND thành phố Hồng Ngự' },
  contact: { name: 'Trần Thị B', position: 'Chuyên viên', email: 'lienhe@hongngu.example.vn' },
  profile: {
    population: 100000,
    areaKm2: 121.8,
    gdpPerCapitaUsd: 3000,
    averageYearsOfSchoolingMale: 9,
    averageYearsOfSchoolingFemale: 9,
  },
  motivation: 'Thành phố học tập suốt đời cho mọi người dân.',
  implementation: 'Mô hình công dân học tập, gia đình học tập, trung tâm học tập cộng đồng.',
  challenges: [{ challenge: 'Kinh phí', rating: 3 }],
};

const CREATE = `mutation ($input: CreateGnlcApplicationInput!) { createGnlcApplication(input: $input) { id version state availableActions { name } } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $v: Int) {
  transition(id: $id, action: $action, expectedVersion: $v) { state version availableActions { name } } }`;
const CITIES = `query ($asOf: Date) { dongThapGnlcCities(asOf: $asOf) {
  unitCode name intent status membership { cityName joinedYear joinedOn currentUnits { code name }
    e11: awardEligibility(on: "2026-08-01") { eligible reasons { rule } }
    e13: awardEligibility(on: "2026-10-02") { eligible } } } }`;

type Transitioned = { transition: { state: string; version: number; availableActions: { name: string }[] } };
const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: GraphQLResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.problems as { rule: string }[] | undefined) ?? []).map((p) => p.rule);

describe("Đồng Tháp's cities in the GNLC", () => {
  // Issue 16: the plan (sources/002, II.2.b) asks Cao Lãnh and Hồng Ngự to consider registering;
  // Cao Lãnh became a member in 2022 (DOMAIN.md). Each fact with its own source.
  it('keeps what the plan asked apart from each city’s status, each with its source', async () => {
    const r = await platform.execute<{
      dongThapGnlcCities: {
        unitCode: string;
        intent: string;
        intentSource: string;
        status: string;
        statusSource: string | null;
      }[];
    }>(`query { dongThapGnlcCities(asOf: "2024-06-01") { unitCode intent intentSource status statusSource } }`);
    expect(r.errors).toBeUndefined();
    const caoLanh = r.data!.dongThapGnlcCities.find((c) => c.unitCode === '866');
    expect(caoLanh).toMatchObject({
      intent: 'CONSIDER_APPLYING',
      status: 'MEMBER',
      statusSource: expect.stringContaining('UIL'),
    });
    expect(caoLanh!.intentSource).toContain('II.2.b');
    const before = await platform.execute<{ dongThapGnlcCities: { unitCode: string; status: string }[] }>(
      `query { dongThapGnlcCities(asOf: "2021-06-01") { unitCode status } }`,
    );
    expect(before.data!.dongThapGnlcCities.find((c) => c.unitCode === '866')?.status).toBe('NOT_A_MEMBER');
  });

  it('lists Sa Đéc and Cao Lãnh as members and Hồng Ngự as considering, on a day before the reform', async () => {
    const r = await platform.execute<{
      dongThapGnlcCities: {
        unitCode: string;
        intent: string;
        status: string;
        membership: { joinedYear: number } | null;
      }[];
    }>(CITIES, { variables: { asOf: '2024-06-01' } });
    expect(r.errors).toBeUndefined();
    expect(
      r.data?.dongThapGnlcCities.map((c) => [c.unitCode, c.intent, c.status, c.membership?.joinedYear ?? null]),
    ).toEqual([
      ['867', 'KEEP_MEMBERSHIP', 'MEMBER', 2020],
      ['866', 'CONSIDER_APPLYING', 'MEMBER', 2022],
      ['868', 'CONSIDER_APPLYING', 'NOT_A_MEMBER', null],
    ]);
  });

  // On the shipped map eight of Sa Đéc's nine communes became Phường Sa Đéc; Xã Tân Phú Đông
  // went into Xã Tân Dương (the Standing Committee's 2025 resolution on Đồng Tháp's communes).
  it("follows Sa Đéc's membership to the units that cover the city after 1/7/2025", async () => {
    const r = await platform.execute<{
      dongThapGnlcCities: { unitCode: string; membership: { currentUnits: { code: string; name: string }[] } | null }[];
    }>(CITIES, { variables: { asOf: '2026-01-01' } });
    const saDec = r.data?.dongThapGnlcCities.find((c) => c.unitCode === '867');
    expect(saDec?.membership?.currentUnits).toEqual([
      { code: '29905', name: 'Phường Sa Đéc' },
      { code: '30214', name: 'Xã Tân Dương' },
    ]);
  });
});

describe("Hồng Ngự's application, with the province's endorsement as a local step", () => {
  let id: string;
  let version: number;
  const act = async (action: string, as: Principal) => {
    const r = await platform.execute<Transitioned>(TRANSITION, { variables: { id, action, v: version }, as });
    if (r.data) version = r.data.transition.version;
    return r;
  };

  it('is drafted and signed by the city', async () => {
    platform.setToday('2025-05-20');
    const city = await platform.officer('868', { asOf: '2025-05-20' });
    const created = await platform.execute<{ createGnlcApplication: { id: string; version: number; state: string } }>(
      CREATE,
      {
        variables: { input: { unitCode: '868', callYear: 2025, appliedOn: '2025-05-20', form: FORM } },
        as: city,
      },
    );
    expect(created.errors).toBeUndefined();
    ({ id, version } = created.data!.createGnlcApplication);
    const signed = await act('SIGN', city);
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.transition.state).toBe('SIGNED');
  });

  it('cannot go to the National Commission before the province endorses it', async () => {
    const r = await act('ENDORSE_NATIONAL', platform.admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(['WRONG_STATE']);
  });

  it("is endorsed by the province's officer, not by another province's", async () => {
    const haNam = await platform.officer('35', { asOf: '2025-05-20' });
    expect(codeOf(await act('ENDORSE_PROVINCE', haNam))).toBe('FORBIDDEN');
    const city = await platform.officer('868', { asOf: '2025-05-20' });
    expect(codeOf(await act('ENDORSE_PROVINCE', city))).toBe('FORBIDDEN');
    const province = await platform.officer('87', { asOf: '2025-05-20' });
    // Issue 16 (sources/002, II.2.b names no such step): the step is offered as an assumption.
    const offered = await platform.execute<{
      node: { availableActions: { name: string; provenance: { verified: boolean; unknown: string } | null }[] };
    }>(
      `query ($id: ID!) { node: gnlcApplication(id: $id) { availableActions { name provenance { verified unknown } } } }`,
      {
        variables: { id },
        as: province,
      },
    );
    expect(offered.errors).toBeUndefined();
    expect(offered.data?.node.availableActions.find((a) => a.name === 'ENDORSE_PROVINCE')?.provenance).toEqual({
      verified: false,
      unknown: expect.stringContaining('II.2.b'),
    });
    const r = await act('ENDORSE_PROVINCE', province);
    expect(r.errors).toBeUndefined();
    expect(r.data?.transition.state).toBe('PROVINCE_ENDORSED');
  });

  it('is endorsed nationally, refused outside the call window, and forwarded inside it', async () => {
    expect((await act('ENDORSE_NATIONAL', platform.admin)).data?.transition.state).toBe('NATIONALLY_ENDORSED');
    platform.setToday('2025-06-16');
    const late = await act('SUBMIT_TO_UIL', platform.admin);
    expect(rulesOf(late)).toEqual(['OUTSIDE_CALL_WINDOW']);
    platform.setToday('2025-06-15');
    expect((await act('SUBMIT_TO_UIL', platform.admin)).data?.transition.state).toBe('SUBMITTED');
  });

  it('becomes a member when UIL admits it, eligible for the award after more than 12 months', async () => {
    platform.setToday('2025-09-01');
    expect((await act('ADMIT', platform.admin)).data?.transition.state).toBe('MEMBER');
    platform.setToday(null);
    const r = await platform.execute<{
      dongThapGnlcCities: {
        unitCode: string;
        status: string;
        membership: {
          joinedOn: string;
          e11: { eligible: boolean; reasons: { rule: string }[] };
          e13: { eligible: boolean };
        } | null;
      }[];
    }>(CITIES, { variables: { asOf: '2025-10-01' } });
    const hongNgu = r.data?.dongThapGnlcCities.find((c) => c.unitCode === '868');
    expect(hongNgu?.status).toBe('MEMBER');
    expect(hongNgu?.membership?.joinedOn).toBe('2025-09-01');
    expect(hongNgu?.membership?.e11).toEqual({ eligible: false, reasons: [{ rule: 'MEMBERSHIP_UNDER_12_MONTHS' }] });
    expect(hongNgu?.membership?.e13.eligible).toBe(true);
  });
});

describe('the extension is Đồng Tháp’s alone', () => {
  it('leaves the national workflow to other provinces: Hà Nam’s city goes straight to the National Commission', async () => {
    platform.setToday('2025-05-20');
    const city = await platform.officer('349', { asOf: '2025-05-20' });
    const created = await platform.execute<{ createGnlcApplication: { id: string; version: number } }>(CREATE, {
      variables: { input: { unitCode: '349', callYear: 2025, appliedOn: '2025-05-20', form: FORM } },
      as: city,
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createGnlcApplication;
    const signed = await platform.execute<Transitioned>(TRANSITION, {
      variables: { id, action: 'SIGN', v: version },
      as: city,
    });
    const endorsed = await platform.execute<Transitioned>(TRANSITION, {
      variables: { id, action: 'ENDORSE_NATIONAL', v: signed.data!.transition.version },
      as: platform.admin,
    });
    platform.setToday(null);
    expect(endorsed.data?.transition.state).toBe('NATIONALLY_ENDORSED');
  });
});
