import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import { DateScalar } from '../../common/scalars.js';
import { ENTERED, type Provenance } from '../../common/provenance.js';
import { ProvenanceType } from '../../common/provenance.types.js';
import { WorkflowTransition } from '../../workflows/workflow-transition.entity.js';
import { WorkflowActionType, WorkflowStepType } from '../../workflows/workflow.types.js';
import { Agency } from '../agencies/agency.entity.js';
import { AgencyType } from '../agencies/agency.types.js';
import { PlanTask, TaskReport, type Plan } from './plan.entity.js';
import {
  addPlanTask,
  createPlan,
  createTaskReport,
  listPlans,
  overdueTasks,
  taskReportActions,
} from './plan.service.js';
import {
  AddPlanTaskInput,
  CreatePlanInput,
  CreateTaskReportInput,
  PlanTaskType,
  PlanType,
  TaskReportType,
} from './plan.types.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], {
    description:
      "Plans issued by a unit or by a unit it succeeded (new Đồng Tháp 82 carries on old 87's plans), newest first. Codes were reused after 1/7/2025; a predecessor shared with other successors only for callers who may read it.",
  })
  plans(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Plan[]> {
    return listPlans(ctx, unitCode, asOf ?? ctx.today);
  }

  @Query(() => [PlanTaskType], {
    description:
      "Tasks of a unit's plans (and its predecessors' plans) that are overdue on a day: one-off tasks past due without an accepted report, periodic tasks without an accepted report for the last ended period. A task with `deadlineAssumed` is overdue only on a cycle the plan does not state (see `cycleProvenance`): show it as a reminder, not a missed deadline.",
  })
  overdueTasks(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanTask[]> {
    return overdueTasks(ctx, unitCode, asOf ?? ctx.today);
  }

  @Mutation(() => PlanType, { description: "Records a plan issued by a unit's authority." })
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() ctx: RequestContext): Promise<Plan> {
    return createPlan(ctx, input);
  }

  @Mutation(() => PlanTaskType, { description: 'Adds a task with its lead and coordinating agencies to a plan.' })
  addPlanTask(
    @Arg('input', () => AddPlanTaskInput) input: AddPlanTaskInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanTask> {
    return addPlanTask(ctx, input);
  }

  @Mutation(() => TaskReportType, {
    description: 'Opens a report on a task for a period (DRAFT); `transition` SUBMIT sends it.',
  })
  createTaskReport(
    @Arg('input', () => CreateTaskReportInput) input: CreateTaskReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskReport> {
    return createTaskReport(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() p: Plan): string {
    return toGlobalId('Plan', p.id);
  }

  @FieldResolver(() => ProvenanceType)
  issueProvenance(@Root() p: Plan): Provenance {
    return p.issueProvenance ?? ENTERED('the plan document');
  }

  @FieldResolver(() => ProvenanceType)
  contentProvenance(@Root() p: Plan): Provenance {
    return p.contentProvenance ?? ENTERED('the plan document');
  }

  @FieldResolver(() => AgencyType, {
    nullable: true,
    description: 'The agency that issued it, whose grants accept its reports; null when not recorded.',
  })
  issuerAgency(@Root() p: Plan, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return p.issuerAgencyCode ? ctx.em.findOne(Agency, { code: p.issuerAgencyCode }) : null;
  }

  @FieldResolver(() => [PlanTaskType], { description: 'Its tasks, by code.' })
  tasks(@Root() p: Plan, @Ctx() ctx: RequestContext): Promise<PlanTask[]> {
    return ctx.em.find(PlanTask, { plan: p.id }, { orderBy: { code: 'asc' } });
  }
}

@Resolver(() => PlanTaskType)
export class PlanTaskResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() t: PlanTask): string {
    return toGlobalId('PlanTask', t.id);
  }

  @FieldResolver(() => AgencyType, {
    nullable: true,
    description:
      'The lead agency as reference data; null when `lead` names none (a collective name such as "UBND cấp huyện", or an agency not yet in the data).',
  })
  leadAgency(@Root() t: PlanTask, @Ctx() ctx: RequestContext): Promise<Agency | null> | null {
    return t.leadAgencyCode ? ctx.em.findOne(Agency, { code: t.leadAgencyCode }) : null;
  }

  @FieldResolver(() => [AgencyType], {
    description: 'The coordinating agencies that are reference data, in the order of `coordinators`.',
  })
  async coordinatorAgencies(@Root() t: PlanTask, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    const codes = t.coordinatorAgencyCodes.filter((c): c is string => c !== null);
    const found = new Map((await ctx.em.find(Agency, { code: { $in: codes } })).map((a) => [a.code, a]));
    return codes.flatMap((c) => found.get(c) ?? []);
  }

  @FieldResolver(() => [String], {
    description:
      'The names among `lead` and `coordinators` that match no agency of the reference data, reported as they are (nothing is invented for them).',
  })
  unmatchedAgencyNames(@Root() t: PlanTask): string[] {
    return [
      ...(t.leadAgencyCode ? [] : [t.lead]),
      ...t.coordinators.filter((_, i) => (t.coordinatorAgencyCodes[i] ?? null) === null),
    ];
  }

  @FieldResolver(() => ProvenanceType)
  cycleProvenance(@Root() t: PlanTask): Provenance {
    return t.cycleProvenance ?? ENTERED('the plan document');
  }

  @FieldResolver(() => Boolean)
  deadlineAssumed(@Root() t: PlanTask): boolean {
    return t.cycleProvenance ? !t.cycleProvenance.verified : false;
  }

  @FieldResolver(() => [TaskReportType], { description: 'Its reports, by period.' })
  reports(@Root() t: PlanTask, @Ctx() ctx: RequestContext): Promise<TaskReport[]> {
    return ctx.em.find(TaskReport, { task: t.id }, { orderBy: { period: 'asc' } });
  }
}

@Resolver(() => TaskReportType)
export class TaskReportResolver {
  @FieldResolver(() => ID, { description: 'Global id; pass it to `transition`.' })
  id(@Root() r: TaskReport): string {
    return toGlobalId('TaskReport', r.id);
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  async availableActions(@Root() r: TaskReport, @Ctx() ctx: RequestContext): Promise<WorkflowActionType[]> {
    return (await taskReportActions(ctx, r)).map((a) => ({ ...a, noteRequired: a.noteRequired ?? false }));
  }

  @FieldResolver(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history(@Root() r: TaskReport, @Ctx() ctx: RequestContext): Promise<WorkflowTransition[]> {
    return ctx.em.find(WorkflowTransition, { targetId: r.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }
}
