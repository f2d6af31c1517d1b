import { Field, ID, InputType, ObjectType, registerEnumType, Extensions } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { ProvenanceType } from '../../common/provenance.types.js';
import { WorkflowNodeInterface } from '../../workflows/workflow.types.js';
import type { ReportingCycle } from './plan.entity.js';
import { REPORTING_CYCLES } from './plan.rules.js';

export const ReportingCycleEnum = Object.fromEntries(REPORTING_CYCLES.map((c) => [c, c])) as {
  [C in ReportingCycle]: C;
};
registerEnumType(ReportingCycleEnum, {
  name: 'ReportingCycle',
  description: 'How often a task reports: ONCE (by its due date), QUARTERLY, HALF_YEARLY or YEARLY.',
});

@ObjectType('Plan', { description: "A plan (kế hoạch) issued by a unit's authority, with tasks in sections." })
export class PlanType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Document number, e.g. "278/KH-UBND".' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date issued.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'First day of the period it covers.' })
  periodFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the period it covers.' })
  periodTo!: string;

  @Field(() => String, { description: 'Legal basis (căn cứ).' })
  legalBasis!: string;

  @Field(() => ProvenanceType, {
    description:
      'Whether `documentNumber` and `issuedOn` are stated by a source. When not, they are placeholders (e.g. the date of the act the plan implements, a lower bound) and `unknown` says so.',
  })
  issueProvenance!: ProvenanceType;

  @Field(() => ProvenanceType, {
    description:
      "Whether the period and the tasks listed are the plan's own, or assumed / summarised from another source.",
  })
  contentProvenance!: ProvenanceType;
}

@ObjectType('PlanTask', { description: 'A task of a plan, with its lead and coordinating agencies.' })
export class PlanTaskType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Section of the plan.' })
  section!: string;

  @Field(() => String, { description: 'Code within the plan.' })
  code!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { description: 'The lead agency (chủ trì) as the plan names it; see `leadAgency`.' })
  lead!: string;

  @Field(() => [String], { description: 'Coordinating agencies (phối hợp), as the plan names them.' })
  coordinators!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Due date of a one-off task.' })
  dueOn!: string | null;

  @Field(() => ReportingCycleEnum, { description: 'How often it reports.' })
  reportingCycle!: ReportingCycle;

  @Field(() => ProvenanceType, {
    description:
      'Whether the plan states this cycle (or due date). When not (the plan says "định kỳ" without a frequency), the cycle is assumed and so is every deadline `overdueTasks` derives from it.',
  })
  cycleProvenance!: ProvenanceType;

  @Field(() => Boolean, {
    description:
      'True when the deadline is assumed (the cycle is not stated by the plan): an overdue warning on this task is a reminder on an assumed cycle, not a missed legal deadline.',
  })
  deadlineAssumed!: boolean;
}

@ObjectType('TaskReport', {
  implements: WorkflowNodeInterface,
  description: 'A report on a task for one period: submitted by the lead, accepted by the plan’s issuer.',
})
export class TaskReportType extends WorkflowNodeInterface {
  @Field(() => String, { description: 'The period reported: "2025", "2025-H1", "2025-Q3", or "ONCE".' })
  period!: string;

  @Field(() => String, { description: 'What was done.' })
  content!: string;
}

@InputType({ description: 'A new plan.' })
export class CreatePlanInput {
  @Field(() => String, { description: 'Code of the issuing unit, as of `issuedOn`.' })
  issuerUnitCode!: string;

  @Extensions({ maxLength: 1000 })
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Document number.' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date issued; not in the future.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  periodTo!: string;

  @Extensions({ maxLength: 2000 })
  @Field(() => String, { description: 'Legal basis.' })
  legalBasis!: string;

  @Extensions({ maxLength: 50 })
  @Field(() => String, {
    nullable: true,
    description: "Code of the issuing agency (see `agencies`), of the issuer's unit; its grants accept the reports.",
  })
  issuerAgencyCode?: string;
}

@InputType({ description: 'A task added to a plan.' })
export class AddPlanTaskInput {
  @Field(() => ID, { description: 'Global id of the plan.' })
  planId!: string;

  @Field(() => String, { description: 'Section of the plan.' })
  section!: string;

  @Field(() => String, { description: 'Code, unique within the plan.' })
  code!: string;

  @Extensions({ maxLength: 1000 })
  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Extensions({ maxLength: 500 })
  @Field(() => String, { description: 'The lead agency, as the plan names it.' })
  lead!: string;

  @Extensions({ maxLength: 50 })
  @Field(() => String, {
    nullable: true,
    description:
      'Code of the lead agency (see `agencies`); by default the agency `lead` names exactly, if any (none is invented).',
  })
  leadAgencyCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the unit whose officers report for the lead, within the issuer's subtree; default the issuer.",
  })
  leadUnitCode?: string;

  @Field(() => [String], { nullable: true, description: 'Coordinating agencies.' })
  coordinators?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Due date; required for a one-off task.' })
  dueOn?: string;

  @Field(() => ReportingCycleEnum, { description: 'How often it reports.' })
  reportingCycle!: ReportingCycle;
}

@InputType({ description: 'A report on a task for one period (starts as DRAFT; then `transition` SUBMIT).' })
export class CreateTaskReportInput {
  @Field(() => ID, { description: 'Global id of the task.' })
  taskId!: string;

  @Field(() => String, { description: 'The period, fitting the task’s cycle: "2025", "2025-H1", "2025-Q3" or "ONCE".' })
  period!: string;

  @Extensions({ maxLength: 20000 })
  @Field(() => String, { description: 'What was done.' })
  content!: string;
}
