import { HA_NAM_AGENCIES } from './agencies.data.js';
import type { ReferenceDataSet } from '@hoctap/plugin-sdk';
import { AdminLevel, AdminUnitKindEnum, useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import haNam from './index.js';
import { HA_NAM_PLAN } from './plan.data.js';
import { HA_NAM_REPORTED_RESULTS } from './reported-results.data.js';

const platform = useTestPlatform({ plugins: [haNam] });

interface Task {
  code: string;
  section: string;
  title: string;
  lead: string;
  coordinators: string[];
  reportingCycle: string;
}
interface Plan {
  documentNumber: string;
  issuedOn: string;
  periodFrom: string;
  periodTo: string;
  legalBasis: string;
  tasks: Task[];
}
interface Result {
  indicator: string;
  unitCode: string;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  met: boolean | null;
  standardCode: string | null;
  coverageLevel: string | null;
  reportedOn: string;
  source: string;
}

const PLANS = `query { plans(unitCode: "35", asOf: "2024-06-01") {
  documentNumber issuedOn periodFrom periodTo legalBasis
  tasks { code section title lead leadAgency { code } coordinators reportingCycle } } }`;
const RESULTS = `query ($before: Date) { haNamReportedResults(reportedBefore: $before) {
  indicator unitCode description numerator denominator rate met standardCode coverageLevel reportedOn source } }`;

/** The plugin's reference data sets, as its register() declares them. */
function declaredReferenceData(): ReferenceDataSet[] {
  const sets: ReferenceDataSet[] = [];
  const ignore = () => undefined;
  haNam.register({
    criteriaSets: ignore,
    extendWorkflow: ignore,
    workflowNode: ignore,
    agencies: ignore,
    plans: ignore,
    targets: ignore,
    analyticsDimension: ignore,
    dataSets: ignore,
    referenceData: (set) => void sets.push(set),
  });
  return sets;
}

describe('Hà Nam plugin', () => {
  it('declares what it contributes', async () => {
    const r = await platform.execute<{
      plugins: { id: string; databaseSchema: string; contributes: Record<string, string[]> }[];
    }>(
      `{ plugins { id databaseSchema contributes { agencies plans targets referenceData types rootFields migrations } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.plugins).toEqual([
      {
        id: 'ha-nam',
        databaseSchema: 'plugin_ha_nam',
        contributes: {
          agencies: ['35.UBND', '35.SGDDT'],
          plans: ['481/KH-UBND'],
          targets: ['HA_NAM-2025-TECHNICAL_TRAINING', 'HA_NAM-2025-UNIVERSITY'],
          referenceData: ['ha-nam.reported-results'],
          types: ['HaNamReportedResult'],
          rootFields: ['Query.haNamReportedResults'],
          migrations: ['Migration20261128090000_reported_results'],
        },
      },
    ]);
  });

  it('loads Kế hoạch 481/KH-UBND with its tasks, reporting yearly because the source states no frequency', async () => {
    const r = await platform.execute<{ plans: Plan[] }>(PLANS, { as: platform.admin });
    expect(r.errors).toBeUndefined();
    const [plan, ...others] = r.data!.plans;
    expect(others).toEqual([]);
    expect(plan).toMatchObject({
      documentNumber: '481/KH-UBND',
      issuedOn: '2022-02-25',
      periodFrom: '2021-01-01',
      periodTo: '2030-12-31',
    });
    expect(plan!.legalBasis).toContain('Quyết định 1373/QĐ-TTg');
    expect(plan!.legalBasis).toContain('tần suất báo cáo không nêu trong nguồn');
    expect(plan!.tasks.map((t) => t.code)).toEqual(['A.1', 'A.2', 'B.1', 'C.1', 'C.2', 'C.3', 'C.4']);
    expect(plan!.tasks.every((t) => t.reportingCycle === 'YEARLY' && t.lead.length > 0)).toBe(true);
    expect(plan!.tasks[0]).toMatchObject({ lead: 'Sở Giáo dục và Đào tạo', coordinators: [] });
    // The plan's "Sở Giáo dục và Đào tạo" is Hà Nam's department, matched from the plugin's agencies.
    expect(plan!.tasks[0]).toMatchObject({ leadAgency: { code: '35.SGDDT' } });
    expect(plan!.tasks.find((t) => t.code === 'A.2')).toMatchObject({ leadAgency: null });
    expect(plan!.tasks.find((t) => t.code === 'B.1')!.coordinators).toContain('UBND các huyện, thị xã, thành phố');
  });

  it('an officer of another province may not read the plan', async () => {
    const r = await platform.execute(PLANS, { as: await platform.officer('34') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is loaded once: a second load changes nothing', async () => {
    const em = platform.em();
    const loads = await em.execute<{ name: string; rows: number }[]>(
      `select name, rows from reference_data_load where name like 'ha-nam.%' order by name`,
    );
    expect(loads).toEqual([
      { name: 'ha-nam.agencies', rows: HA_NAM_AGENCIES.length },
      { name: 'ha-nam.plans', rows: 1 + HA_NAM_PLAN.tasks.length },
      { name: 'ha-nam.reported-results', rows: HA_NAM_REPORTED_RESULTS.length },
    ]);
    const [set] = declaredReferenceData();
    expect(await em.fork().transactional((tx) => set!.load(tx))).toBe(0);
    const [counts] = await em.execute<{ plans: string; tasks: string; results: string }[]>(
      `select (select count(*) from plan p join admin_unit u on u.id = p.issuer_id where u.code = '35') as plans,
              (select count(*) from plan_task t join plan p on p.id = t.plan_id where p.document_number = '481/KH-UBND') as tasks,
              (select count(*) from plugin_ha_nam.reported_result) as results`,
    );
    expect(counts).toEqual({
      plans: '1',
      tasks: String(HA_NAM_PLAN.tasks.length),
      results: String(HA_NAM_REPORTED_RESULTS.length),
    });
  });

  it('shows its 2025 targets beside the national ones, set by the plugin and not computed yet', async () => {
    const r = await platform.execute<{
      targets: {
        code: string;
        description: string;
        target: number;
        setBy: string;
        note: string | null;
        met: boolean;
      }[];
    }>(`{ targets(unitCode: "35", year: 2024) { code description target setBy note met } }`, { as: platform.analyst });
    expect(r.errors).toBeUndefined();
    const own = r.data!.targets.filter((t) => t.code.startsWith('HA_NAM-'));
    expect(own.map((t) => [t.code, t.target])).toEqual([
      ['HA_NAM-2025-TECHNICAL_TRAINING', 0.5],
      ['HA_NAM-2025-UNIVERSITY', 0.12],
    ]);
    for (const t of own) {
      expect(t.setBy).toMatch(/ha-nam/);
      expect(t.description).toMatch(/more than \d+% \(strictly above\)/);
      expect(t.note).toMatch(/^Not computed yet: needs labour-force figures by training level/);
      expect(t.met).toBe(false);
    }
  });

  describe('reported results', () => {
    beforeAll(async () => {
      // Two of Hà Nam's six district-level units, to compare the published count with the core's.
      await platform.addUnits(
        ['347', '349'].map((code) => ({
          code,
          name: `District ${code}`,
          level: AdminLevel.DISTRICT,
          kind: AdminUnitKindEnum.RURAL_DISTRICT,
          parentCode: '35',
          validTo: '2025-02-28',
        })),
      );
    });

    it('lists the published results to anyone, with what a client needs to compare them', async () => {
      const r = await platform.execute<{ haNamReportedResults: Result[] }>(RESULTS);
      expect(r.errors).toBeUndefined();
      const rows = r.data!.haNamReportedResults;
      expect(rows).toHaveLength(8);
      const byIndicator = new Map(rows.map((row) => [row.indicator, row]));
      expect(byIndicator.get('STEERING_COMMITTEES_DISTRICT')).toMatchObject({
        unitCode: '35',
        numerator: 6,
        denominator: 6,
        rate: 1,
        met: null,
        coverageLevel: 'DISTRICT',
        reportedOn: '2024-11-30',
      });
      expect(byIndicator.get('STEERING_COMMITTEES_COMMUNE')).toMatchObject({
        numerator: 109,
        denominator: 109,
        coverageLevel: 'COMMUNE',
      });
      expect(rows.filter((row) => row.met).map((row) => [row.indicator, row.standardCode])).toEqual([
        ['LEARNING_CENTRES_WITH_CULTURAL_HOUSE', null],
        ['LITERACY_2_ALL_DISTRICTS', 'LITERACY_2'],
        ['LOWER_SECONDARY_3_ALL_DISTRICTS', 'LOWER_SECONDARY_3'],
        ['PRESCHOOL_4_ALL_DISTRICTS', null],
        ['PRESCHOOL_5_ALL_DISTRICTS', 'PRESCHOOL_5'],
        ['PRIMARY_3_ALL_DISTRICTS', 'PRIMARY_3'],
      ]);
      expect(rows.every((row) => row.source.includes('Xây dựng xã hội học tập giai đoạn 2021-2030'))).toBe(true);
    });

    it('filters by reporting day, strictly before', async () => {
      const on = await platform.execute<{ haNamReportedResults: Result[] }>(RESULTS, {
        variables: { before: '2024-11-30' },
      });
      expect(on.data?.haNamReportedResults).toEqual([]);
      const after = await platform.execute<{ haNamReportedResults: Result[] }>(RESULTS, {
        variables: { before: '2024-12-01' },
      });
      expect(after.data?.haNamReportedResults).toHaveLength(8);
      const bad = await platform.execute(RESULTS, { variables: { before: '30/11/2024' } });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it("feeds the core's steeringCommitteeCoverage with its own unitCode, coverageLevel and reportedOn", async () => {
      const r = await platform.execute<{ haNamReportedResults: Result[] }>(RESULTS);
      const row = r.data!.haNamReportedResults.find((x) => x.indicator === 'STEERING_COMMITTEES_DISTRICT')!;
      const core = await platform.execute<{
        steeringCommitteeCoverage: { level: string; asOf: string; total: number; covered: number };
      }>(
        `query ($unit: String!, $level: AdminLevel!, $asOf: Date) {
           steeringCommitteeCoverage(unitCode: $unit, level: $level, asOf: $asOf) { level asOf total covered } }`,
        { variables: { unit: row.unitCode, level: row.coverageLevel, asOf: row.reportedOn }, as: platform.analyst },
      );
      expect(core.errors).toBeUndefined();
      // The platform knows the two districts added here and no committee: the published 6/6 is the province's word.
      expect(core.data?.steeringCommitteeCoverage).toEqual({
        level: 'DISTRICT',
        asOf: '2024-11-30',
        total: 2,
        covered: 0,
      });
    });
  });

  it('its migrations create exactly what its entities declare', async () => {
    const sql = await platform.orm.schema.getUpdateSchemaSQL({ wrap: false, schema: 'plugin_ha_nam' });
    // The platform's history table for the plugin's migrations lives in the same schema but is no entity.
    const diff = sql
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^drop table if exists "plugin_ha_nam"\."migrations"/.test(line));
    expect(diff).toEqual([]);
  });
});
