import { useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { DONG_THAP_AGENCIES } from './agencies.data.js';
import dongThap from './index.js';
import { PLAN_DOCUMENT_NUMBER } from './plan.data.js';

const platform = useTestPlatform({ plugins: [dongThap] });

type Task = {
  code: string;
  lead: string;
  leadAgency: { code: string } | null;
  coordinatorAgencies: { code: string }[];
  unmatchedAgencyNames: string[];
};

describe("Đồng Tháp's agencies, as reference data", () => {
  it('lists them by province, with the national ones apart', async () => {
    const r = await platform.execute<{
      agencies: { totalCount: number; nodes: { code: string; unit: { code: string } }[] };
    }>(
      `{ agencies(filter: { unitCode: "87", asOf: "2024-01-01" }, first: 50) { totalCount nodes { code kind unit { code } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.agencies.nodes.map((a) => a.code)).toEqual(DONG_THAP_AGENCIES.map((a) => a.code).sort());
    expect(r.data!.agencies.totalCount).toBe(DONG_THAP_AGENCIES.length);
    const national = await platform.execute<{ agencies: { nodes: { code: string }[] } }>(
      `{ agencies(filter: { unitCode: "VN", kind: MINISTRY }) { nodes { code } } }`,
    );
    expect(national.data!.agencies.nodes).toEqual([{ code: 'BGDDT' }]);
    const one = await platform.execute(`{ agency(code: "87.SGDDT") { name kind aliases source } }`);
    expect(one.data).toEqual({
      agency: {
        name: 'Sở Giáo dục và Đào tạo tỉnh Đồng Tháp',
        kind: 'DEPARTMENT',
        aliases: ['Sở Giáo dục và Đào tạo'],
        source: 'dong-thap',
      },
    });
  });

  it("maps the plan's lead and coordinators to agencies and reports the names that match none", async () => {
    const r = await platform.execute<{
      plans: { documentNumber: string; issuerAgency: { code: string } | null; tasks: Task[] }[];
    }>(
      `{ plans(unitCode: "87", asOf: "2024-06-01") { documentNumber issuerAgency { code }
          tasks { code lead leadAgency { code } coordinatorAgencies { code } unmatchedAgencyNames } } }`,
      { as: platform.admin },
    );
    expect(r.errors).toBeUndefined();
    const plan = r.data!.plans.find((p) => p.documentNumber === PLAN_DOCUMENT_NUMBER)!;
    expect(plan.issuerAgency).toEqual({ code: '87.UBND' });
    const task = (code: string) => plan.tasks.find((t) => t.code === code)!;
    expect(task('II.1.1')).toMatchObject({
      leadAgency: { code: '87.SGDDT' },
      coordinatorAgencies: [{ code: '87.SNV' }],
      unmatchedAgencyNames: ['Các sở, ban, ngành Tỉnh có liên quan'],
    });
    expect(task('II.1.2')).toMatchObject({ leadAgency: null, unmatchedAgencyNames: ['UBND cấp huyện'] });
    // Every unmatched name is a collective one or a unit's committee the plugin does not ship.
    const unmatched = new Set(plan.tasks.flatMap((t) => t.unmatchedAgencyNames));
    expect([...unmatched].sort()).toMatchSnapshot();
    expect(plan.tasks.filter((t) => t.leadAgency).length).toBeGreaterThan(15);
  });

  it('lets a grant name an agency of its unit (or of the unit it succeeded) and refuses any other', async () => {
    const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id grants { agency } } }`;
    const create = (login: string, agency: string) =>
      platform.execute<{ createUser: { grants: { agency: string }[] } }>(CREATE, {
        variables: {
          input: { name: `Cán bộ ${login}`, email: login, grant: { role: 'OFFICER', unitCode: '82', agency } },
        },
        as: platform.admin,
      });
    // Today province 82 is the Đồng Tháp that wholly succeeded 87 on 1/7/2025.
    const ok = await create('sgddt@dongthap.example', '87.SGDDT');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createUser.grants).toEqual([{ agency: '87.SGDDT' }]);
    const national = await create('bo@dongthap.example', 'BGDDT');
    expect(national.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'grant.agency', rule: 'AGENCY_OF_UNIT' }),
    ]);
    const unknown = await create('nope@dongthap.example', '87.NOPE');
    expect(unknown.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'grant.agency', rule: 'AGENCY_EXISTS' }),
    ]);
  });
});
