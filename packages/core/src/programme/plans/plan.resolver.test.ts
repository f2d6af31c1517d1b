import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

type Result = { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const TRANSITION = `mutation ($id: ID!, $action: String!, $note: String, $v: Int) {
  transition(id: $id, action: $action, note: $note, expectedVersion: $v) { state version ... on TaskReport { history { action toState } } } }`;
const OVERDUE = `query ($asOf: Date) { overdueTasks(unitCode: "87", asOf: $asOf) { code } }`;

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
});

describe('plans, tasks and task reports', () => {
  it('assign a task to a lead, take its report through the workflow, and track what is overdue', async () => {
    const province = scopedAs(f.province);
    const district = scopedAs(f.lapVo);
    const plan = await t.api.execute<{ createPlan: { id: string } }>(
      `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
      {
        variables: {
          input: {
            issuerUnitCode: '87',
            title: 'Kế hoạch xây dựng xã hội học tập giai đoạn 2021–2030',
            documentNumber: '278/KH-UBND',
            issuedOn: '2020-11-23',
            periodFrom: '2021-01-01',
            periodTo: '2030-12-31',
            legalBasis: 'Quyết định 1373/QĐ-TTg',
          },
        },
        as: province,
      },
    );
    const task = await t.api.execute<{ addPlanTask: { id: string } }>(
      `mutation ($input: AddPlanTaskInput!) { addPlanTask(input: $input) { id lead coordinators reportingCycle } }`,
      {
        variables: {
          input: {
            planId: plan.data!.createPlan.id,
            section: 'II. Nhiệm vụ',
            code: 'II.1',
            title: 'Xây dựng mô hình học tập',
            lead: 'UBND huyện Lấp Vò',
            leadUnitCode: '875',
            coordinators: ['Hội Khuyến học huyện'],
            reportingCycle: 'YEARLY',
          },
        },
        as: province,
      },
    );
    expect(task.errors).toBeUndefined();
    expect(
      (await t.api.execute(OVERDUE, { variables: { asOf: '2025-02-01' }, as: province })).data?.overdueTasks,
    ).toEqual([{ code: 'II.1' }]);

    const report = await t.api.execute<{ createTaskReport: { id: string; version: number } }>(
      `mutation ($input: CreateTaskReportInput!) { createTaskReport(input: $input) { id version state } }`,
      {
        variables: {
          input: { taskId: task.data!.addPlanTask.id, period: '2024', content: 'Đã công nhận 120 gia đình học tập' },
        },
        as: district,
      },
    );
    const r = report.data!.createTaskReport;
    const submitted = await t.api.execute<{ transition: { version: number } }>(TRANSITION, {
      variables: { id: r.id, action: 'SUBMIT', v: r.version },
      as: district,
    });
    expect(submitted.data?.transition).toMatchObject({ state: 'SUBMITTED' });
    const v = submitted.data!.transition.version;
    expect(
      codeOf(await t.api.execute(TRANSITION, { variables: { id: r.id, action: 'ACCEPT', v }, as: district })),
    ).toBe('FORBIDDEN');
    const noNote = await t.api.execute(TRANSITION, { variables: { id: r.id, action: 'RETURN', v }, as: province });
    expect(noNote.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'note', rule: 'NOTE_REQUIRED' }),
    ]);
    const accepted = await t.api.execute(TRANSITION, { variables: { id: r.id, action: 'ACCEPT', v }, as: province });
    expect(accepted.data?.transition).toMatchObject({
      state: 'ACCEPTED',
      history: [
        { action: 'CREATE', toState: 'DRAFT' },
        { action: 'SUBMIT', toState: 'SUBMITTED' },
        { action: 'ACCEPT', toState: 'ACCEPTED' },
      ],
    });
    expect(
      (await t.api.execute(OVERDUE, { variables: { asOf: '2025-02-01' }, as: province })).data?.overdueTasks,
    ).toEqual([]);
  });

  it('refuses a report from another province and a period that does not fit the cycle', async () => {
    const tasks = await t.api.execute<{ plans: { tasks: { id: string }[] }[] }>(
      `{ plans(unitCode: "87", asOf: "2024-01-01") { tasks { id } } }`,
      { as: testPrincipals.admin },
    );
    const taskId = tasks.data!.plans[0]!.tasks[0]!.id;
    const CREATE = `mutation ($input: CreateTaskReportInput!) { createTaskReport(input: $input) { id } }`;
    const other = await t.api.execute(CREATE, {
      variables: { input: { taskId, period: '2023', content: 'x' } },
      as: scopedAs(f.duyTien),
    });
    expect(codeOf(other)).toBe('FORBIDDEN');
    const quarter = await t.api.execute(CREATE, {
      variables: { input: { taskId, period: '2023-Q1', content: 'x' } },
      as: testPrincipals.admin,
    });
    expect(quarter.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'period', rule: 'CYCLE' }),
    ]);
  });
});
