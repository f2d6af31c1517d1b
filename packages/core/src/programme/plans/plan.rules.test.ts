import { describe, expect, it } from 'vitest';
import { checkWorkflow } from '../../workflows/workflow.rules.js';
import { checkPlan, checkTask, isOverdue, lastEndedPeriod, periodEnd, TASK_REPORT_WORKFLOW } from './plan.rules.js';

const plan = { periodFrom: '2021-01-01', periodTo: '2030-12-31' };

describe('periodEnd', () => {
  it.each([
    ['YEARLY', '2025', '2025-12-31'],
    ['YEARLY', '2025-Q1', null],
    ['HALF_YEARLY', '2025-H1', '2025-06-30'],
    ['HALF_YEARLY', '2025-H2', '2025-12-31'],
    ['HALF_YEARLY', '2025', null],
    ['QUARTERLY', '2025-Q3', '2025-09-30'],
    ['QUARTERLY', '2025-Q5', null],
    ['ONCE', 'ONCE', '9999-12-31'],
    ['ONCE', '2025', null],
  ] as const)('%s %s ends %s', (cycle, period, end) => {
    expect(periodEnd(cycle, period)).toBe(end);
  });
});

describe('lastEndedPeriod', () => {
  it.each([
    ['YEARLY', '2025-05-10', '2024'],
    ['YEARLY', '2025-12-31', '2025'],
    ['HALF_YEARLY', '2025-05-10', '2024-H2'],
    ['HALF_YEARLY', '2025-06-30', '2025-H1'],
    ['HALF_YEARLY', '2025-12-31', '2025-H2'],
    ['QUARTERLY', '2025-02-01', '2024-Q4'],
    ['QUARTERLY', '2025-03-31', '2025-Q1'],
    ['QUARTERLY', '2025-11-15', '2025-Q3'],
  ] as const)('%s on %s is %s', (cycle, asOf, period) => {
    expect(lastEndedPeriod(cycle, asOf)).toBe(period);
  });
});

describe('isOverdue', () => {
  it('a one-off task is overdue after its due date until a report is accepted', () => {
    const task = { reportingCycle: 'ONCE' as const, dueOn: '2025-03-31' };
    expect(isOverdue(task, plan, new Set(), '2025-03-31')).toBe(false);
    expect(isOverdue(task, plan, new Set(), '2025-04-01')).toBe(true);
    expect(isOverdue(task, plan, new Set(['ONCE']), '2025-04-01')).toBe(false);
  });

  it('a yearly task is overdue without an accepted report for last year, inside the plan only', () => {
    const task = { reportingCycle: 'YEARLY' as const };
    expect(isOverdue(task, plan, new Set(['2023']), '2025-02-01')).toBe(true);
    expect(isOverdue(task, plan, new Set(['2024']), '2025-02-01')).toBe(false);
    expect(isOverdue(task, plan, new Set(), '2021-06-01')).toBe(false); // 2020 ended before the plan began
  });
});

describe('checks', () => {
  it('a task needs a code, title and lead; a one-off task a due date inside the plan', () => {
    const ok = { code: 'I.1', title: 'Tuyên truyền', lead: 'Sở GD&ĐT', reportingCycle: 'YEARLY' as const };
    expect(checkTask(ok, plan)).toEqual([]);
    expect(checkTask({ ...ok, lead: ' ', reportingCycle: 'ONCE' }, plan).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'lead:REQUIRED',
      'dueOn:REQUIRED',
    ]);
    expect(checkTask({ ...ok, dueOn: '2031-01-01' }, plan).map((p) => p.rule)).toEqual(['IN_PLAN_PERIOD']);
  });

  it('a plan needs a title and number, an issue date not in the future and a period that runs forward', () => {
    const problems = checkPlan(
      {
        title: '',
        documentNumber: '278/KH-UBND',
        issuedOn: '2027-01-01',
        periodFrom: '2021-01-01',
        periodTo: '2020-12-31',
      },
      '2026-11-28',
    );
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual([
      'title:REQUIRED',
      'issuedOn:NOT_FUTURE',
      'periodTo:AFTER_PERIOD_FROM',
    ]);
  });

  it('the task-report workflow is well formed', () => {
    expect(checkWorkflow(TASK_REPORT_WORKFLOW)).toEqual([]);
  });
});
