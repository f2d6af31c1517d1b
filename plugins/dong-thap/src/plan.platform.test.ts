import { useTestPlatform, type GraphQLResult } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import dongThap from './index.js';
import { PLAN_278 } from './learning-units.data.js';
import { PLAN_2021_2030, PLAN_DOCUMENT_NUMBER, SECTIONS } from './plan.data.js';

const platform = useTestPlatform({ plugins: [dongThap] });

type Task = { id: string; code: string; section: string; lead: string; coordinators: string[]; reportingCycle: string };
type PlanData = { id: string; documentNumber: string; issuedOn: string; tasks: Task[] };

const PLANS = `query ($unit: String!, $asOf: Date) { plans(unitCode: $unit, asOf: $asOf) {
  id documentNumber issuedOn tasks { id code section lead coordinators reportingCycle } } }`;
const OVERDUE = `query ($unit: String!, $asOf: Date) { overdueTasks(unitCode: $unit, asOf: $asOf) { code } }`;
const CREATE_REPORT = `mutation ($input: CreateTaskReportInput!) { createTaskReport(input: $input) { id state version } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $v: Int) {
  transition(id: $id, action: $action, expectedVersion: $v) { id state version } }`;

const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
let tasks: Task[];
const taskId = (code: string) => tasks.find((t) => t.code === code)!.id;

async function reportCount(): Promise<number> {
  const rows = await platform.em().execute<{ n: string }[]>('select count(*) as n from task_report');
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  const r = await platform.execute<{ plans: PlanData[] }>(PLANS, {
    variables: { unit: '87', asOf: '2024-06-01' },
    as: platform.admin,
  });
  expect(r.errors).toBeUndefined();
  tasks = r.data!.plans.find((p) => p.documentNumber === PLAN_DOCUMENT_NUMBER)!.tasks;
});

describe("Đồng Tháp's 2021–2030 plan, loaded at start-up", () => {
  it('is a plan of province 87 with the nine task groups of part II and part III as sections', () => {
    expect(tasks).toHaveLength(PLAN_2021_2030.tasks.length);
    expect(new Set(tasks.map((t) => t.section))).toEqual(new Set(Object.values(SECTIONS)));
    expect(tasks.every((t) => t.reportingCycle === 'YEARLY')).toBe(true);
  });

  it.each([
    [1, ['Bộ phận chỉ đạo xây dựng XHHT các cấp', 'Sở Giáo dục và Đào tạo', 'UBND cấp huyện']],
    [
      3,
      [
        'Hội Khuyến học Tỉnh',
        'Sở Giáo dục và Đào tạo',
        'Sở Nội vụ',
        'Sở Văn hóa, Thể thao và Du lịch',
        'UBND cấp huyện',
      ],
    ],
    [
      4,
      [
        'Các sở, ban, ngành Tỉnh và UBND cấp huyện',
        'Sở Giáo dục và Đào tạo',
        'Sở Nội vụ',
        'Sở Tài chính',
        'UBND cấp huyện',
      ],
    ],
    [5, ['Sở Lao động - Thương binh và Xã hội']],
    [6, ['Sở Tài chính']],
    [9, ['Ban Chỉ đạo Hội nhập quốc tế', 'Sở Giáo dục và Đào tạo', 'UBND cấp huyện']],
  ] as const)('section II.%i has the lead agencies the plan assigns', (section, leads) => {
    const inSection = tasks.filter((t) => t.section === SECTIONS[section]);
    expect([...new Set(inSection.map((t) => t.lead))].sort()).toEqual([...leads].sort());
  });

  it('keeps the coordinators the plan names for international cooperation', () => {
    const cooperation = tasks.filter((t) => t.code.startsWith('II.9.a.'));
    expect(cooperation).toHaveLength(4);
    for (const t of cooperation)
      expect(t).toMatchObject({
        lead: 'Sở Giáo dục và Đào tạo',
        coordinators: ['Sở Ngoại vụ', 'Các sở, ban, ngành Tỉnh có liên quan'],
      });
  });

  it('is listed, with Kế hoạch 278/KH-UBND and no criteria sets, among what the plugin contributes', async () => {
    const r = await platform.execute<{ plugins: { contributes: Record<string, string[]> }[] }>(
      '{ plugins { contributes { plans criteriaSets types rootFields migrations } } }',
    );
    expect(r.data?.plugins).toEqual([
      {
        contributes: {
          plans: [PLAN_DOCUMENT_NUMBER, PLAN_278.documentNumber],
          criteriaSets: [],
          types: ['DongThapGnlcCity', 'DongThapGnlcIntent', 'DongThapGnlcStatus'],
          rootFields: ['Query.dongThapGnlcCities'],
          migrations: [],
        },
      },
    ]);
  });

  it('is loaded once: one plan row, one row per task, one recorded load', async () => {
    // A restart finds the load recorded with the same content and writes nothing; the harness
    // cannot restart a platform over the same database, so the rows after one start are checked.
    const em = platform.em();
    const plans = await em.execute<{ n: string }[]>('select count(*) as n from plan where document_number = ?', [
      PLAN_DOCUMENT_NUMBER,
    ]);
    expect(Number(plans[0]!.n)).toBe(1);
    const taskRows = await em.execute<{ n: string }[]>(
      'select count(*) as n from plan_task t join plan p on p.id = t.plan_id where p.document_number = ?',
      [PLAN_DOCUMENT_NUMBER],
    );
    expect(Number(taskRows[0]!.n)).toBe(PLAN_2021_2030.tasks.length);
    const loads = await em.execute<{ rows: number }[]>('select rows from reference_data_load where name = ?', [
      'dong-thap.plans',
    ]);
    // Both plans: 278 has no tasks (its content is not in the sources).
    expect(loads).toEqual([{ rows: 2 + PLAN_2021_2030.tasks.length }]);
  });
});

describe("reports on the plan's tasks", () => {
  it("lets the province's officer report on a task and take it to ACCEPTED", async () => {
    const officer = await platform.officer('87', { asOf: '2024-06-01' });
    const created = await platform.execute<{ createTaskReport: { id: string; version: number } }>(CREATE_REPORT, {
      variables: { input: { taskId: taskId('II.4.a'), period: '2024', content: 'Đã cập nhật số liệu PCGD-XMC' } },
      as: officer,
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createTaskReport;
    const submitted = await platform.execute<{ transition: { version: number } }>(TRANSITION, {
      variables: { id, action: 'SUBMIT', v: version },
      as: officer,
    });
    expect(submitted.data?.transition).toMatchObject({ state: 'SUBMITTED' });
    const accepted = await platform.execute(TRANSITION, {
      variables: { id, action: 'ACCEPT', v: submitted.data!.transition.version },
      as: officer,
    });
    expect(accepted.data?.transition).toMatchObject({ state: 'ACCEPTED' });
    const overdue = await platform.execute<{ overdueTasks: { code: string }[] }>(OVERDUE, {
      variables: { unit: '87', asOf: '2025-02-01' },
      as: officer,
    });
    const codes = overdue.data!.overdueTasks.map((t) => t.code);
    expect(codes).not.toContain('II.4.a');
    expect(codes).toContain('II.4.b');
  });

  // Issue 16 (sources/002, III.1–III.2): the plan states no reporting frequency but III.1's yearly
  // review, so every other overdue warning rests on an assumed cycle and says so.
  it('marks overdue warnings on an assumed cycle as such, and III.1’s stated yearly review as a real deadline', async () => {
    const r = await platform.execute<{
      overdueTasks: {
        code: string;
        deadlineAssumed: boolean;
        cycleProvenance: { verified: boolean; unknown: string | null };
      }[];
    }>(
      `query { overdueTasks(unitCode: "87", asOf: "2025-02-01") { code deadlineAssumed cycleProvenance { verified unknown } } }`,
      { as: platform.admin },
    );
    expect(r.errors).toBeUndefined();
    const byCode = new Map(r.data!.overdueTasks.map((t) => [t.code, t]));
    expect(byCode.get('III.1')).toMatchObject({ deadlineAssumed: false, cycleProvenance: { verified: true } });
    expect(byCode.get('III.2')).toMatchObject({
      deadlineAssumed: true,
      cycleProvenance: { verified: false, unknown: expect.stringContaining('định kỳ') },
    });
  });

  describe('an officer of Hà Nam (35)', () => {
    it('may not read the plan or its overdue tasks', async () => {
      const haNam = await platform.officer('35', { asOf: '2024-06-01' });
      for (const query of [PLANS, OVERDUE])
        expect(
          codeOf(await platform.execute(query, { variables: { unit: '87', asOf: '2024-06-01' }, as: haNam })),
        ).toBe('FORBIDDEN');
    });

    it('may not open a report or act on one, and nothing is written', async () => {
      const officer = await platform.officer('87', { asOf: '2024-06-01' });
      const draft = await platform.execute<{ createTaskReport: { id: string; version: number } }>(CREATE_REPORT, {
        variables: { input: { taskId: taskId('II.5'), period: '2024', content: 'Mở lớp dạy nghề nông thôn' } },
        as: officer,
      });
      expect(draft.errors).toBeUndefined();
      const haNam = await platform.officer('35', { asOf: '2024-06-01' });
      const before = await reportCount();
      const create = await platform.execute(CREATE_REPORT, {
        variables: { input: { taskId: taskId('II.6'), period: '2024', content: 'x' } },
        as: haNam,
      });
      expect(codeOf(create)).toBe('FORBIDDEN');
      const { id, version } = draft.data!.createTaskReport;
      expect(
        codeOf(await platform.execute(TRANSITION, { variables: { id, action: 'SUBMIT', v: version }, as: haNam })),
      ).toBe('FORBIDDEN');
      expect(await reportCount()).toBe(before);
    });
  });

  it('lets an officer of the merged Đồng Tháp (82) report on the plan of 87, its full predecessor', async () => {
    // Needs successor-aware access (an officer of a FULL successor acts on its predecessor's
    // data): until the core has it, the core refuses this with FORBIDDEN.
    const merged = await platform.officer('82', { asOf: '2025-07-01' });
    const r = await platform.execute<{ createTaskReport: { state: string } }>(CREATE_REPORT, {
      variables: { input: { taskId: taskId('II.7.a'), period: '2025', content: 'Tuyên truyền trên báo, đài tỉnh' } },
      as: merged,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.createTaskReport).toMatchObject({ state: 'DRAFT' });
  });

  // Issue 16 (DOMAIN.md: code 82 was Tiền Giang until 30/6/2025; new Đồng Tháp took it): a listing
  // for today's 82 includes the plans of the units it succeeded.
  it('lists 87’s plans, and their overdue tasks, for today’s Đồng Tháp (82)', async () => {
    const merged = await platform.officer('82', { asOf: '2026-01-01' });
    const plans = await platform.execute<{ plans: { documentNumber: string }[] }>(PLANS, {
      variables: { unit: '82', asOf: '2026-01-01' },
      as: merged,
    });
    expect(plans.errors).toBeUndefined();
    expect(plans.data!.plans.map((p) => p.documentNumber)).toEqual(
      expect.arrayContaining([PLAN_DOCUMENT_NUMBER, '278/KH-UBND']),
    );
    const overdue = await platform.execute<{ overdueTasks: { code: string }[] }>(OVERDUE, {
      variables: { unit: '82', asOf: '2026-01-01' },
      as: merged,
    });
    expect(overdue.data!.overdueTasks.map((t) => t.code)).toContain('III.2');
  });
});
