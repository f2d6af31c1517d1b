import { Role } from '../../auth/roles.js';
import type { FieldProblem } from '../../common/errors.js';
import type { WorkflowDefinition } from '../../workflows/workflow.rules.js';
import type { ReportingCycle } from './plan.entity.js';

export const REPORTING_CYCLES: readonly ReportingCycle[] = ['ONCE', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'];

/**
 * Task reports: the lead submits (officers of the issuer may enter one on its behalf), the plan's
 * issuer accepts or returns it with a reason. Accepted reports are locked.
 */
export const TASK_REPORT_WORKFLOW: WorkflowDefinition = {
  id: 'taskReport',
  initial: 'DRAFT',
  states: [
    { code: 'DRAFT', label: 'Nháp', labelEn: 'Draft', editable: true },
    { code: 'SUBMITTED', label: 'Đã gửi', labelEn: 'Submitted' },
    { code: 'ACCEPTED', label: 'Đã tiếp nhận', labelEn: 'Accepted', locked: true, final: true },
    { code: 'RETURNED', label: 'Trả lại', labelEn: 'Returned', editable: true },
  ],
  actions: [
    {
      name: 'SUBMIT',
      label: 'Gửi báo cáo',
      labelEn: 'Submit report',
      from: ['DRAFT', 'RETURNED'],
      to: 'SUBMITTED',
      actors: [{ roles: [Role.OFFICER, Role.ASSOCIATION], standing: ['OWN', 'ABOVE'] }],
    },
    {
      name: 'ACCEPT',
      label: 'Tiếp nhận',
      labelEn: 'Accept',
      from: ['SUBMITTED'],
      to: 'ACCEPTED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
    },
    {
      name: 'RETURN',
      label: 'Trả lại',
      labelEn: 'Return',
      from: ['SUBMITTED'],
      to: 'RETURNED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
      noteRequired: true,
    },
  ],
};

/**
 * The period labels a task reports on: "ONCE" for a one-off task; otherwise by the cycle, e.g.
 * "2025", "2025-H1", "2025-Q3". Returns null when the label does not fit the cycle.
 */
export function periodEnd(cycle: ReportingCycle, period: string): string | null {
  if (cycle === 'ONCE') return period === 'ONCE' ? '9999-12-31' : null;
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(period);
  if (!match) return null;
  const [, year, part] = match;
  if (cycle === 'YEARLY') return part ? null : `${year}-12-31`;
  if (cycle === 'HALF_YEARLY') return part === 'H1' ? `${year}-06-30` : part === 'H2' ? `${year}-12-31` : null;
  const quarterEnds: Record<string, string> = { Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' };
  return part && quarterEnds[part] ? `${year}-${quarterEnds[part]}` : null;
}

/** The last period of a cycle that has ended on `asOf`, e.g. QUARTERLY on 2025-05-10 → "2025-Q1". */
export function lastEndedPeriod(cycle: Exclude<ReportingCycle, 'ONCE'>, asOf: string): string {
  const year = Number(asOf.slice(0, 4));
  const md = asOf.slice(5);
  if (cycle === 'YEARLY') return md === '12-31' ? `${year}` : `${year - 1}`;
  if (cycle === 'HALF_YEARLY')
    return md >= '06-30' && md < '12-31' ? `${year}-H1` : md === '12-31' ? `${year}-H2` : `${year - 1}-H2`;
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const done = ends.filter((e) => md >= e).length;
  return done === 0 ? `${year - 1}-Q4` : `${year}-Q${done}`;
}

/**
 * Whether a task is overdue on a day: a one-off task past its due date without an accepted report;
 * a periodic task without an accepted report for the last ended period inside the plan's period.
 */
export function isOverdue(
  task: { reportingCycle: ReportingCycle; dueOn?: string | null },
  plan: { periodFrom: string; periodTo: string },
  acceptedPeriods: ReadonlySet<string>,
  asOf: string,
): boolean {
  if (task.reportingCycle === 'ONCE') return !!task.dueOn && task.dueOn < asOf && !acceptedPeriods.has('ONCE');
  const period = lastEndedPeriod(task.reportingCycle, asOf);
  const end = periodEnd(task.reportingCycle, period);
  if (!end || end < plan.periodFrom || end > plan.periodTo) return false;
  return !acceptedPeriods.has(period);
}

export function checkTask(
  draft: { code: string; title: string; lead: string; reportingCycle: ReportingCycle; dueOn?: string | null },
  plan: { periodFrom: string; periodTo: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['code', 'title', 'lead'] as const)
    if (!draft[field].trim()) problems.push({ field, rule: 'REQUIRED', message: 'must not be empty' });
  if (draft.reportingCycle === 'ONCE' && !draft.dueOn)
    problems.push({ field: 'dueOn', rule: 'REQUIRED', message: 'a one-off task needs a due date' });
  if (draft.dueOn && (draft.dueOn < plan.periodFrom || draft.dueOn > plan.periodTo))
    problems.push({
      field: 'dueOn',
      rule: 'IN_PLAN_PERIOD',
      message: `must fall within the plan (${plan.periodFrom}–${plan.periodTo})`,
    });
  return problems;
}

export function checkPlan(
  draft: { title: string; documentNumber: string; issuedOn: string; periodFrom: string; periodTo: string },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['title', 'documentNumber'] as const)
    if (!draft[field].trim()) problems.push({ field, rule: 'REQUIRED', message: 'must not be empty' });
  if (draft.issuedOn > today)
    problems.push({ field: 'issuedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (draft.periodTo < draft.periodFrom)
    problems.push({ field: 'periodTo', rule: 'AFTER_PERIOD_FROM', message: 'must not be before periodFrom' });
  return problems;
}
