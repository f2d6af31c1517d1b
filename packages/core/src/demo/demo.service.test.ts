import { createTestApi, nationalTestDatabase, type TestApi, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { recordEducationSurvey } from '../education-standards/education-standards.service.js';
import { DemoActors, demoContext, demoUnits } from './demo-actors.js';
import { writeDemoVillages } from './demo-evaluations.service.js';
import { DEMO_QUERIES, type DemoTokenHolder } from './demo-queries.data.js';
import { DEMO_LABEL, DEMO_SURVEYS, DEMO_UNITS } from './demo.data.js';
import { demoTokenHolders, loadDemo, removeDemo, type DemoLoadResult } from './demo.service.js';

// The dataset needs a day after its last recognition decision (26/3/2026).
const today = '2026-12-07';
let db: TestDatabase;
let api: TestApi;
let first: DemoLoadResult;
let unitsBefore = 0;
const progress: string[] = [];

const sql = async <T>(query: string) => db.orm.em.fork().execute<T[]>(query);
const count = async (query: string) => Number((await sql<{ n: string }>(`select count(*) as n from ${query}`))[0]?.n);
const demoEvaluations = () => count(`evaluation where source = 'demo'`);

beforeAll(async () => {
  db = await nationalTestDatabase();
  api = await createTestApi(db.orm);
  unitsBefore = await count('admin_unit');
  first = await loadDemo(db.orm.em, { today, onProgress: (line) => progress.push(line) });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function runQuery(holder: DemoTokenHolder) {
  const holders = await demoTokenHolders(db.orm.em);
  const q = DEMO_QUERIES.find((d) => d.as === holder)!;
  const response = await api.execute(q.query, { as: holders[holder] as Principal });
  expect(response.errors).toBeUndefined();
  return response.data as Record<string, unknown>;
}

describe('hoctap demo: the dataset', () => {
  it('is written through the services, with progress, into old Đồng Tháp 87 and new Đồng Tháp 82', async () => {
    expect(first.status).toBe('loaded');
    expect(first.counts).toMatchObject({ villages: 3, subjects: 44, evaluations: 64, decisions: 4, surveys: 4 });
    expect(progress[0]).toBe('Loading the demo dataset into Tỉnh Đồng Tháp (87) → Tỉnh Đồng Tháp (82) …');
    expect(progress.some((l) => l.includes('households, citizens, evaluations'))).toBe(true);
    const provinces = await sql<{ code: string; years: number[] }>(
      `select p.code, array_agg(distinct e.year order by e.year) as years from evaluation e
       join admin_unit p on p.id = e.lineage[array_length(e.lineage, 1)] where e.source = 'demo' group by p.code order by p.code`,
    );
    expect(provinces).toEqual([
      { code: '82', years: [2025] },
      { code: '87', years: [2023, 2024] },
    ]);
  });

  it('has evaluations in every state of the workflow, each reached through its history', async () => {
    const states = await sql<{ state: string }>(
      `select distinct state from evaluation where source = 'demo' order by state`,
    );
    expect(states.map((s) => s.state)).toEqual(['DRAFT', 'RECOGNISED', 'RETURNED', 'REVOKED', 'SUBMITTED', 'VERIFIED']);
    const actions = await sql<{ action: string; actor: string }>(
      `select distinct t.action, t.actor from workflow_transition t join evaluation e on e.id = t.target_id
       where e.source = 'demo' and t.action in ('SUBMIT', 'VERIFY', 'RECOGNISE', 'WITHDRAW') order by 1, 2`,
    );
    expect(actions).toEqual([
      { action: 'RECOGNISE', actor: 'demo:officer-82' },
      { action: 'RECOGNISE', actor: 'demo:officer-875' },
      { action: 'SUBMIT', actor: 'demo:association-30175' },
      { action: 'SUBMIT', actor: 'demo:association-30178' },
      { action: 'VERIFY', actor: 'demo:officer-82' },
      { action: 'VERIFY', actor: 'demo:officer-875' },
      { action: 'WITHDRAW', actor: 'demo:association-30175' },
    ]);
    // Every change is audited, as any user's.
    expect(await count(`audit_entry where actor like 'demo:%' and entity_type = 'Evaluation'`)).toBeGreaterThanOrEqual(
      64 + 109,
    );
  });

  it('labels what users see as demo and marks its rows with source demo', async () => {
    const unlabelled = await count(
      `(select name from subject where source = 'demo' union all select name from admin_unit where source = 'demo'
        union all select name from learning_centre union all select name from study_promotion_association
        union all select title from plan union all select decision_number from steering_committee
        union all select number from recognition_decision) n where name not like '${DEMO_LABEL} %'`,
    );
    expect(unlabelled).toBe(0);
    expect(await count(`subject where source = 'demo'`)).toBe(44);
    expect(await count(`admin_unit where source = 'demo' and level = 'VILLAGE'`)).toBe(3);
  });

  it('answers the commune officer’s printed query: old Tân Mỹ’s households under today’s Mỹ An Hưng', async () => {
    const data = (await runQuery('communeOfficer')) as {
      evaluations: {
        totalCount: number;
        nodes: { state: string; subject: { name: string }; unit: { name: string } }[];
      };
    };
    expect(data.evaluations.totalCount).toBe(20);
    expect(data.evaluations.nodes).toHaveLength(5);
    for (const node of data.evaluations.nodes) {
      expect(node.subject.name).toMatch(/^\[Demo\] Hộ /);
      expect(node.unit.name).toMatch(/^\[Demo\] Ấp Tân (Hòa|Phú)$/);
    }
  });

  it('answers the province officer’s printed query: standards met and missed, a fund, a GNLC application', async () => {
    const data = (await runQuery('provinceOfficer')) as {
      educationStandards: { standard: string; met: boolean }[];
      studyPromotionAssociations: { name: string; funds: { balanceVnd: number; entries: { kind: string }[] }[] }[];
      gnlcApplications: { nodes: { state: string; applicant: { name: string } }[] };
    };
    expect(data.educationStandards.filter((s) => !s.met).map((s) => s.standard)).toEqual(['PRESCHOOL_5', 'LITERACY_2']);
    expect(data.studyPromotionAssociations).toMatchObject([
      { name: '[Demo] Hội Khuyến học xã Mỹ An Hưng', funds: [{ balanceVnd: 22_000_000 }] },
    ]);
    expect(data.studyPromotionAssociations[0]?.funds[0]?.entries.map((e) => e.kind).sort()).toEqual([
      'DONATION',
      'DONATION',
      'SCHOLARSHIP',
    ]);
    // Without Đồng Tháp's plugin the application stays signed; with it the province endorses it (e2e).
    expect(data.gnlcApplications.nodes).toEqual([
      { state: 'SIGNED', callYear: 2025, applicant: { name: 'Thành phố Hồng Ngự' } },
    ]);
  });

  it('has surveys that meet every standard and surveys that miss some, as the standards’ rules assess them', async () => {
    const holders = await demoTokenHolders(db.orm.em);
    for (const survey of DEMO_SURVEYS) {
      const code = DEMO_UNITS[survey.commune].code;
      const response = await api.execute<{ educationStandards: { standard: string; met: boolean }[] }>(
        `{ educationStandards(unitCode: "${code}", year: ${survey.year}) { standard met } }`,
        { as: holders.provinceOfficer as Principal },
      );
      const missed = response.data?.educationStandards.filter((s) => !s.met).map((s) => s.standard);
      expect(missed, `${code} ${survey.year}`).toEqual(survey.misses);
    }
  });

  it('has a plan with task reports submitted by the commune and accepted by the province', async () => {
    const holders = await demoTokenHolders(db.orm.em);
    const response = await api.execute<{
      plans: { documentNumber: string; tasks: { code: string; reports: { period: string; state: string }[] }[] }[];
    }>('{ plans(unitCode: "82") { documentNumber tasks { code reports { period state } } } }', {
      as: holders.provinceOfficer as Principal,
    });
    expect(response.errors).toBeUndefined();
    const plan = response.data?.plans.find((p) => p.documentNumber === '[Demo] 250/KH-UBND');
    expect(plan?.tasks.map((t) => t.reports.map((r) => `${t.code} ${r.period} ${r.state}`))).toEqual([
      ['D1 2025 ACCEPTED'],
      ['D2 2025-Q3 ACCEPTED', 'D2 2025-Q4 SUBMITTED'],
    ]);
  });

  it('answers the analyst’s printed query: learning-family shares by year, rounded for an analyst', async () => {
    const data = (await runQuery('analyst')) as { analytics: { rows: unknown[][]; roundedTo: number } };
    expect(data.analytics.roundedTo).toBe(5);
    expect(data.analytics.rows).toEqual([
      [2023, 0.5, 15, 30],
      [2024, 10 / 30, 10, 30],
      [2025, 5 / 30, 5, 30],
    ]);
  });
});

describe('hoctap demo: twice, removed, interrupted', () => {
  it('refuses a day before its last decision, writing nothing', async () => {
    const audit = await count('audit_entry');
    await expect(loadDemo(db.orm.em, { today: '2026-03-25' })).rejects.toThrow(
      'The demo dataset records decisions up to 2026-03-26; today (2026-03-25) is earlier',
    );
    expect(await count('audit_entry')).toBe(audit);
  });

  it('changes nothing when run again', async () => {
    const audit = await count('audit_entry');
    const again = await loadDemo(db.orm.em, { today });
    expect(again).toMatchObject({ status: 'unchanged', counts: first.counts });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('removes every demo row in one command, leaves the map and the commune’s own survey, and audits it', async () => {
    // A commune's own survey, recorded by a real officer, is neither overwritten nor removed.
    const units = await demoUnits(db.orm.em);
    const own = demoContext(db.orm.em, { kind: 'user', subject: 'officer-87', role: Role.ADMIN }, { today });
    await recordEducationSurvey(own, { unitCode: '30175', year: 2022, especiallyDifficult: false, figures: [] });
    const removed = await removeDemo(db.orm.em, { today });
    expect(removed).toMatchObject({ Evaluation: 64, Subject: 44, AdminUnit: 3, EducationSurvey: 4, TaskReport: 3 });
    expect(await demoEvaluations()).toBe(0);
    for (const table of [
      'subject',
      'evaluation',
      'recognition_decision',
      'steering_committee',
      'learning_centre',
      'study_promotion_association',
      'fund_entry',
      'plan',
      'gnlc_application',
    ])
      expect(await count(table), table).toBe(0);
    expect(await count(`education_survey where unit_id = '${units.oldCommune.id}'`)).toBe(1);
    expect(await count('admin_unit')).toBe(unitsBefore);
    expect(await count(`analytics_evaluation_stats where n <> 0`)).toBe(0);
    expect(await count(`audit_entry where actor like 'demo:%'`)).toBe(0);
    expect(await count(`audit_entry where action = 'demo.remove'`)).toBe(1);
  });

  it('after an interrupted load, removes what it left and loads the same rows again', async () => {
    await writeDemoVillages(new DemoActors(db.orm.em, await demoUnits(db.orm.em), { today }));
    const lines: string[] = [];
    const result = await loadDemo(db.orm.em, { today, onProgress: (line) => lines.push(line) });
    expect(lines[0]).toBe('Removing an unfinished demo load first …');
    expect(result.removedFirst).toEqual({ AdminUnit: 3 });
    expect(result.counts).toEqual(first.counts);
    expect(await demoEvaluations()).toBe(64);
  });
});
