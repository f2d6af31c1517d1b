import { accessibleUnit, assertAccess, assertMayWrite, missingRecord } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import { isScoped } from '../../auth/principal.js';
import { Role } from '../../auth/roles.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode, fullPredecessorAmong, geographyLoaders, lineages } from '../../geography/geography.service.js';
import { registerWorkflowNode, workflowActions, type WorkflowNode } from '../../workflows/workflow-kernel.js';
import { registerCoreWorkflow } from '../../workflows/workflow.registry.js';
import type { ActionDefinition, Standing } from '../../workflows/workflow.rules.js';
import { agencyNames, agencyOfUnitProblem } from '../agencies/agency.service.js';
import { matchAgency } from '../agencies/agency.rules.js';
import { Plan, PlanTask, TaskReport } from './plan.entity.js';
import { checkPlan, checkTask, isOverdue, periodEnd, TASK_REPORT_WORKFLOW } from './plan.rules.js';
import type { AddPlanTaskInput, CreatePlanInput, CreateTaskReportInput } from './plan.types.js';

export async function createPlan(ctx: RequestContext, input: CreatePlanInput): Promise<Plan> {
  assertMayWrite(ctx);
  const issuer = await findUnitByCode(ctx.em, input.issuerUnitCode, input.issuedOn);
  if (issuer) await assertAccess(ctx, 'WRITE', issuer.id, input.issuedOn);
  const problems = checkPlan(input, ctx.today);
  if (!issuer)
    problems.push({ field: 'issuerUnitCode', rule: 'EXISTS', message: `names no unit on ${input.issuedOn}` });
  else if (input.issuerAgencyCode) {
    const problem = await agencyOfUnitProblem(ctx.em, 'issuerAgencyCode', input.issuerAgencyCode, { id: issuer.id });
    if (problem) problems.push(problem);
  }
  if (problems.length > 0 || !issuer) throw badInput(problems);
  return mutate(
    ctx,
    'plan',
    async (tx, log) => {
      const plan = tx.create(Plan, {
        issuer: tx.getReference(AdminUnit, issuer.id),
        issuerAgencyCode: input.issuerAgencyCode ?? null,
        title: input.title.trim(),
        documentNumber: input.documentNumber.trim(),
        issuedOn: input.issuedOn,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        legalBasis: input.legalBasis.trim(),
      });
      log.audit({
        action: 'programme.createPlan',
        entityType: 'Plan',
        entityId: plan.id,
        changes: { issuer: issuer.code, documentNumber: plan.documentNumber },
      });
      return plan;
    },
    {
      onUnique: () =>
        conflict(`${issuer.name} already has a plan numbered ${input.documentNumber.trim()}.`, {
          rule: 'UNIQUE',
          field: 'documentNumber',
        }),
    },
  );
}

export async function addPlanTask(ctx: RequestContext, input: AddPlanTaskInput): Promise<PlanTask> {
  assertMayWrite(ctx);
  const plan = await ctx.em.findOne(Plan, idOfType(input.planId, 'Plan', 'planId'));
  if (!plan) throw missingRecord(ctx, `No plan has id ${input.planId}.`);
  await assertAccess(ctx, 'WRITE', plan.issuer.id, plan.issuedOn);
  const problems = checkTask(input, plan);
  let leadUnitId = plan.issuer.id;
  if (input.leadUnitCode) {
    const leadUnit = await findUnitByCode(ctx.em, input.leadUnitCode, plan.issuedOn);
    const lineage = leadUnit ? await geographyLoaders(ctx).lineage(plan.issuedOn).load(leadUnit.id) : [];
    if (!leadUnit || !lineage.includes(plan.issuer.id))
      problems.push({
        field: 'leadUnitCode',
        rule: 'IN_ISSUER_SUBTREE',
        message: "must name a unit within the issuer's subtree",
      });
    else leadUnitId = leadUnit.id;
  }
  if (input.leadAgencyCode) {
    const problem = await agencyOfUnitProblem(ctx.em, 'leadAgencyCode', input.leadAgencyCode, {
      id: leadUnitId,
      orNational: true,
    });
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw badInput(problems);
  const agencies = await agencyNames(ctx.em);
  const match = (text: string) => matchAgency(text, [plan.issuer.id, leadUnitId], agencies);
  const coordinators = (input.coordinators ?? []).map((c) => c.trim()).filter((c) => c);
  return mutate(
    ctx,
    'task',
    async (tx, log) => {
      const task = tx.create(PlanTask, {
        plan: tx.getReference(Plan, plan.id),
        section: input.section.trim(),
        code: input.code.trim(),
        title: input.title.trim(),
        lead: input.lead.trim(),
        leadAgencyCode: input.leadAgencyCode ?? match(input.lead),
        leadUnit: tx.getReference(AdminUnit, leadUnitId),
        coordinators,
        coordinatorAgencyCodes: coordinators.map(match),
        dueOn: input.dueOn ?? null,
        reportingCycle: input.reportingCycle,
      });
      log.audit({
        action: 'programme.addPlanTask',
        entityType: 'PlanTask',
        entityId: task.id,
        changes: { plan: plan.id, code: task.code, lead: task.lead },
      });
      return task;
    },
    {
      onUnique: () =>
        badInput([{ field: 'code', rule: 'UNIQUE', message: `the plan already has a task ${input.code}` }]),
    },
  );
}

/**
 * The caller's standing towards a task's reports: the plan's issuer (or above) stands ABOVE and
 * accepts; units on the lead's side below the issuer stand OWN and only submit. Reads through
 * `em` when given (inside a transaction), else through the request's loaders.
 */
async function standingFor(ctx: RequestContext, task: PlanTask, plan: Plan, em?: EntityManager): Promise<Standing> {
  const p = ctx.principal;
  if (p.kind === 'user' && p.role === Role.ADMIN) return 'ADMIN';
  if (!isScoped(p)) return 'OUTSIDE';
  const lineage = em
    ? ((await lineages(em, [task.leadUnit.id], plan.issuedOn)).get(task.leadUnit.id) ?? [])
    : await geographyLoaders(ctx).lineage(plan.issuedOn).load(task.leadUnit.id);
  // After a merger the successor carries on its predecessor's plan (82 reports on 87's tasks).
  const scope = lineage.includes(p.unitId) ? p.unitId : await fullPredecessorAmong(em ?? ctx.em, p.unitId, lineage);
  const index = scope === null ? -1 : lineage.indexOf(scope);
  if (index < 0) return 'OUTSIDE';
  return index >= lineage.indexOf(plan.issuer.id) ? 'ABOVE' : 'OWN';
}

/** Task reports in the workflow kernel: who may act follows from the task's lead and the plan's issuer. */
export const TASK_REPORT_NODE: WorkflowNode<TaskReport> = {
  typeName: 'TaskReport',
  what: 'task report',
  workflowId: TASK_REPORT_WORKFLOW.id,
  auditAction: 'programme.transitionTaskReport',
  load: (em, id) => em.findOne(TaskReport, id),
  // Task reports follow the national workflow everywhere (no plugin extends it yet).
  provinceOf: () => null,
  async access(ctx, report) {
    const task = await ctx.em.findOneOrFail(PlanTask, report.task.id);
    const plan = await ctx.em.findOneOrFail(Plan, task.plan.id);
    if ((await standingFor(ctx, task, plan)) === 'OUTSIDE')
      throw forbidden('Only the lead or the plan’s issuer may act on this report.');
  },
  async caller(ctx, report, em) {
    const reader = em ?? ctx.em;
    const task = await reader.findOneOrFail(PlanTask, report.task.id);
    const plan = await reader.findOneOrFail(Plan, task.plan.id);
    return { standing: await standingFor(ctx, task, plan, em) };
  },
};
registerCoreWorkflow({ definition: TASK_REPORT_WORKFLOW, guards: {} });
registerWorkflowNode(TASK_REPORT_NODE);

export async function createTaskReport(ctx: RequestContext, input: CreateTaskReportInput): Promise<TaskReport> {
  assertMayWrite(ctx);
  const task = await ctx.em.findOne(PlanTask, idOfType(input.taskId, 'PlanTask', 'taskId'));
  if (!task) throw missingRecord(ctx, `No task has id ${input.taskId}.`);
  const plan = await ctx.em.findOneOrFail(Plan, task.plan.id);
  if ((await standingFor(ctx, task, plan)) === 'OUTSIDE')
    throw forbidden('Only the lead or the plan’s issuer may report on this task.');
  const problems = [];
  if (!periodEnd(task.reportingCycle, input.period))
    problems.push({ field: 'period', rule: 'CYCLE', message: `does not fit the ${task.reportingCycle} cycle` });
  if (!input.content.trim()) problems.push({ field: 'content', rule: 'REQUIRED', message: 'must not be empty' });
  if (problems.length > 0) throw badInput(problems);
  return mutate(
    ctx,
    'task report',
    async (tx, log) => {
      const report = tx.create(TaskReport, {
        task: tx.getReference(PlanTask, task.id),
        period: input.period,
        content: input.content.trim(),
        state: TASK_REPORT_WORKFLOW.initial,
      });
      log.step({
        workflow: TASK_REPORT_WORKFLOW.id,
        targetId: report.id,
        action: 'CREATE',
        fromState: null,
        toState: report.state,
      });
      log.audit({
        action: 'programme.createTaskReport',
        entityType: 'TaskReport',
        entityId: report.id,
        changes: { task: task.code, period: input.period },
      });
      return report;
    },
    { onUnique: () => conflict(`Task ${task.code} already has a report for ${input.period}.`) },
  );
}

/** The actions the caller may take on the report now (none outside the lead's and the issuer's units). */
export async function taskReportActions(ctx: RequestContext, report: TaskReport): Promise<ActionDefinition[]> {
  return workflowActions(ctx, TASK_REPORT_NODE, report);
}

/**
 * Plans issued by a unit or by a unit it succeeded (READ_AGGREGATE: plans are public documents):
 * new Đồng Tháp (82) carries on old 87's plans, and codes were reused after 1/7/2025.
 */
export async function listPlans(ctx: RequestContext, unitCode: string, asOf: string): Promise<Plan[]> {
  const unit = await accessibleUnit(ctx, 'READ_AGGREGATE', unitCode, asOf);
  const cover = await coveredUnits(ctx, { access: 'READ_AGGREGATE', unitId: unit.id, asOf, subtree: false });
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${cover.sql} select p.id from plan p join sub on sub.id = p.issuer_id`,
    [...cover.params],
  );
  return ctx.em.find(Plan, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { issuedOn: 'desc', id: 'asc' } });
}

/** Tasks of a unit's plans that are overdue on a day (see isOverdue), in one pass over their accepted reports. */
export async function overdueTasks(ctx: RequestContext, unitCode: string, asOf: string): Promise<PlanTask[]> {
  const plans = await listPlans(ctx, unitCode, asOf);
  const tasks = await ctx.em.find(PlanTask, { plan: { $in: plans.map((p) => p.id) } }, { orderBy: { code: 'asc' } });
  const accepted = await ctx.em.find(TaskReport, { task: { $in: tasks.map((t) => t.id) }, state: 'ACCEPTED' });
  const periodsOf = Map.groupBy(accepted, (r) => r.task.id);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  return tasks.filter((t) =>
    isOverdue(t, planOf.get(t.plan.id)!, new Set((periodsOf.get(t.id) ?? []).map((r) => r.period)), asOf),
  );
}
