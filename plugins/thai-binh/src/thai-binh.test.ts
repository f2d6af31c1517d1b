import { Role, useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import thaiBinh from './index.js';
import { THAI_BINH_PLAN } from './plan.data.js';

const platform = useTestPlatform({ plugins: [thaiBinh] });

interface Target {
  id: string;
  year: number;
  indicator: string;
  percent: number;
  resolution: string;
  adoptedOn: string;
  recordedBy: string;
  version: number;
}
type Problem = { field: string; rule: string; message: string };

const SET = `mutation ($input: ThaiBinhAnnualTargetInput!, $expectedVersion: Int) {
  thaiBinhSetAnnualTarget(input: $input, expectedVersion: $expectedVersion) {
    id year indicator percent resolution adoptedOn recordedBy version } }`;
const LIST = `query ($year: Int!) { thaiBinhAnnualTargets(year: $year) { year indicator percent resolution adoptedOn version } }`;
const input = (change: Record<string, unknown> = {}) => ({
  year: 2024,
  indicator: '387-2025-FAMILIES',
  percent: 70,
  resolution: 'Nghị quyết (mẫu kiểm thử)/NQ-HĐND',
  adoptedOn: '2023-12-10',
  ...change,
});
const problemsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors?.[0]?.extensions?.problems ?? []) as Problem[];

describe('Thái Bình plugin', () => {
  it('loads the Standing Committee’s Công văn with its tasks, marking what the source leaves out', async () => {
    const r = await platform.execute<{
      plans: {
        documentNumber: string;
        title: string;
        issuedOn: string;
        periodTo: string;
        legalBasis: string;
        tasks: { code: string; lead: string; coordinators: string[]; title: string; reportingCycle: string }[];
      }[];
    }>(
      `{ plans(unitCode: "34", asOf: "2024-06-01") { documentNumber title issuedOn periodTo legalBasis
         issuerAgency { code kind } tasks { code title lead coordinators reportingCycle } } }`,
      { as: platform.admin },
    );
    expect(r.errors).toBeUndefined();
    const [plan, ...others] = r.data!.plans;
    expect(others).toEqual([]);
    expect(plan).toMatchObject({
      documentNumber: THAI_BINH_PLAN.documentNumber,
      // Issued by the provincial Party Standing Committee, matched to the plugin's agencies.
      issuerAgency: { code: '34.BTVTU', kind: 'PARTY_COMMITTEE' },
      issuedOn: '2019-05-10',
      periodTo: '2025-06-30',
    });
    expect(plan!.documentNumber).toContain('chưa xác minh');
    expect(plan!.title).toContain('chưa xác minh');
    expect(plan!.legalBasis).toContain('Kết luận 49-KL/TW (10/5/2019)');
    expect(plan!.legalBasis).toContain('không nêu tần suất');
    expect(plan!.tasks.map((t) => t.code)).toEqual(['1', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5.1', '5.2']);
    expect(plan!.tasks.every((t) => t.reportingCycle === 'YEARLY')).toBe(true);
    const reporting = plan!.tasks.filter((t) => t.code.startsWith('5.'));
    expect(reporting.map((t) => t.lead)).toEqual(['Văn phòng Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy']);
    for (const t of reporting) {
      expect(t.title).toMatch(/Ban Thường vụ Tỉnh ủy \(tần suất báo cáo không nêu trong văn bản\)$/);
      expect(t.coordinators).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo', 'Hội Khuyến học tỉnh']));
    }
  });

  it('ships no numeric targets of its own: the sources give none', async () => {
    const r = await platform.execute<{ targets: { setBy: string }[] }>(
      `{ targets(unitCode: "34", year: 2024) { setBy } }`,
      {
        as: platform.analyst,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.targets.filter((t) => t.setBy !== 'NATIONAL')).toEqual([]);
  });

  describe('annual socio-economic plan targets', () => {
    it('an officer of 34 sets a target; changing it needs the version read', async () => {
      const officer = await platform.officer('34');
      const created = await platform.execute<{ thaiBinhSetAnnualTarget: Target }>(SET, {
        variables: { input: input() },
        as: officer,
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.thaiBinhSetAnnualTarget).toMatchObject({
        year: 2024,
        indicator: '387-2025-FAMILIES',
        percent: 70,
        adoptedOn: '2023-12-10',
        recordedBy: officer.kind === 'user' ? officer.subject : '',
        version: 1,
      });

      const missing = await platform.execute(SET, { variables: { input: input({ percent: 72 }) }, as: officer });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });

      const changed = await platform.execute<{ thaiBinhSetAnnualTarget: Target }>(SET, {
        variables: { input: input({ percent: 72.5 }), expectedVersion: 1 },
        as: officer,
      });
      expect(changed.errors).toBeUndefined();
      expect(changed.data!.thaiBinhSetAnnualTarget).toMatchObject({ percent: 72.5, version: 2 });

      const stale = await platform.execute(SET, {
        variables: { input: input({ percent: 75 }), expectedVersion: 1 },
        as: officer,
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const listed = await platform.execute<{ thaiBinhAnnualTargets: Target[] }>(LIST, {
        variables: { year: 2024 },
        as: platform.analyst,
      });
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.thaiBinhAnnualTargets).toEqual([
        {
          year: 2024,
          indicator: '387-2025-FAMILIES',
          percent: 72.5,
          resolution: 'Nghị quyết (mẫu kiểm thử)/NQ-HĐND',
          adoptedOn: '2023-12-10',
          version: 2,
        },
      ]);

      const [audited] = await platform
        .em()
        .execute<{ n: string }[]>(`select count(*) as n from audit_entry where action = 'thaiBinh.setAnnualTarget'`);
      expect(audited).toEqual({ n: '2' });
    });

    it('an officer of Hà Nam (35) may not write Thái Bình’s targets', async () => {
      const r = await platform.execute(SET, {
        variables: { input: input({ indicator: 'TB_OFFICIALS_TRAINED' }) },
        as: await platform.officer('35'),
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const read = await platform.execute(LIST, { variables: { year: 2024 }, as: await platform.officer('35') });
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('nor may the study-promotion association, an analyst or an anonymous caller', async () => {
      for (const as of [await platform.officer('34', { role: Role.ASSOCIATION }), platform.analyst, undefined]) {
        const r = await platform.execute(SET, {
          variables: { input: input({ indicator: 'TB_OFFICIALS_TRAINED' }) },
          as,
        });
        expect(r.errors?.[0]?.extensions?.code).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      }
    });

    it('refuses 2026 and an adoption after 30/6/2025 as outside the plugin’s provinces', async () => {
      const officer = await platform.officer('34');
      const later = await platform.execute(SET, {
        variables: { input: input({ year: 2026, adoptedOn: '2025-06-01' }) },
        as: officer,
      });
      expect(later.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemsOf(later)).toEqual([
        expect.objectContaining({
          field: 'year',
          rule: 'OUTSIDE_PLUGIN_PROVINCES',
          message: expect.stringContaining('34 Thái Bình (… – 2025-06-30)'),
        }),
      ]);
      const adopted = await platform.execute(SET, {
        variables: { input: input({ year: 2025, adoptedOn: '2025-07-01' }) },
        as: platform.admin,
      });
      expect(problemsOf(adopted).map((p) => `${p.field}:${p.rule}`)).toEqual(['adoptedOn:OUTSIDE_PLUGIN_PROVINCES']);
      const read = await platform.execute(LIST, { variables: { year: 2026 }, as: platform.admin });
      expect(problemsOf(read).map((p) => `${p.field}:${p.rule}`)).toEqual(['year:OUTSIDE_PLUGIN_PROVINCES']);
    });

    it('reads 2025, the last year, on the province’s last day', async () => {
      const r = await platform.execute(SET, {
        variables: { input: input({ year: 2025, indicator: 'TB_2025', percent: 50, adoptedOn: '2024-12-15' }) },
        as: platform.admin,
      });
      expect(r.errors).toBeUndefined();
      const listed = await platform.execute<{ thaiBinhAnnualTargets: Target[] }>(LIST, {
        variables: { year: 2025 },
        as: await platform.officer('34'),
      });
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.thaiBinhAnnualTargets.map((t) => t.indicator)).toEqual(['TB_2025']);
    });

    it('names the field and the rule for a bad percent, and writes nothing', async () => {
      const r = await platform.execute(SET, {
        variables: { input: input({ indicator: 'TB_BAD', percent: 120, resolution: ' ' }) },
        as: await platform.officer('34'),
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemsOf(r)).toEqual([
        { field: 'percent', rule: 'RANGE', message: 'must be from 0 to 100' },
        expect.objectContaining({ field: 'resolution', rule: 'REQUIRED' }),
      ]);
      const [rows] = await platform
        .em()
        .execute<{ n: string }[]>(
          `select count(*) as n from plugin_thai_binh.annual_target where indicator = 'TB_BAD'`,
        );
      expect(rows).toEqual({ n: '0' });
    });
  });

  it('its migrations create exactly what its entities declare', async () => {
    const sql = await platform.orm.schema.getUpdateSchemaSQL({ wrap: false, schema: 'plugin_thai_binh' });
    // The platform's history table for the plugin's migrations lives in the same schema but is no entity.
    const diff = sql
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^drop table if exists "plugin_thai_binh"\."migrations"/.test(line));
    expect(diff).toEqual([]);
  });
});
