import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import type { Provenance } from '../../common/provenance.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';

/** How often a task reports: once (by its due date) or every period. */
export type ReportingCycle = 'ONCE' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY';

/** A plan (kế hoạch) issued by a unit's authority: its document, period and legal basis. */
@Entity({ tableName: 'plan' })
@Index({ properties: ['issuer'] })
// A plan is known by its issuer and document number; plugins' plan seeds match on them.
@Unique({ properties: ['issuer', 'documentNumber'] })
export class Plan {
  [OptionalProps]?: 'id' | 'version' | 'issueProvenance' | 'contentProvenance' | 'issuerAgencyCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The unit whose authority issued the plan; it accepts the tasks' reports. */
  @ManyToOne(() => AdminUnit)
  issuer!: AdminUnit;

  /** The agency that issued it (e.g. the province's People's Committee): its grants accept the reports. */
  @Property({ type: 'text', nullable: true })
  issuerAgencyCode?: string | null;

  @Property({ type: 'text' })
  title!: string;

  /** e.g. "278/KH-UBND". */
  @Property({ type: 'text' })
  documentNumber!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'text' })
  legalBasis!: string;

  /**
   * Whether the document number and date of issue are stated by a source (a plugin's seed says);
   * null for a plan an officer entered from the document itself.
   */
  @Property({ type: 'jsonb', nullable: true })
  issueProvenance?: Provenance | null;

  /** Whether the period and the tasks listed are the plan's own (a plugin's seed says); null as entered. */
  @Property({ type: 'jsonb', nullable: true })
  contentProvenance?: Provenance | null;

  @Property({ version: true })
  version!: number;
}

/** A task of a plan, in a section, with one lead agency and coordinating agencies (chủ trì / phối hợp). */
@Entity({ tableName: 'plan_task' })
@Unique({ properties: ['plan', 'code'] })
export class PlanTask {
  [OptionalProps]?:
    'id' | 'version' | 'dueOn' | 'coordinators' | 'cycleProvenance' | 'leadAgencyCode' | 'coordinatorAgencyCodes';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => Plan)
  plan!: Plan;

  @Property({ type: 'text' })
  section!: string;

  /** Unique within the plan, e.g. "II.3". */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  /** The lead agency as the plan names it, e.g. "Sở Giáo dục và Đào tạo" (kept for display). */
  @Property({ type: 'text' })
  lead!: string;

  /** The agency `lead` names; null when it names none in the reference data (a collective name). */
  @Property({ type: 'text', nullable: true })
  leadAgencyCode?: string | null;

  /** The unit whose officers report for the lead (by default the plan's issuer). */
  @ManyToOne(() => AdminUnit)
  leadUnit!: AdminUnit;

  @Property({ type: 'jsonb' })
  coordinators: string[] = [];

  /** The agency each of `coordinators` names, in the same order; null where it names none. */
  @Property({ type: 'jsonb' })
  coordinatorAgencyCodes: (string | null)[] = [];

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Property({ type: 'text' })
  reportingCycle!: ReportingCycle;

  /**
   * Whether the reporting cycle (or due date) is the plan's own or assumed where the plan states
   * none (a plugin's seed says); null for a task an officer entered.
   */
  @Property({ type: 'jsonb', nullable: true })
  cycleProvenance?: Provenance | null;

  @Property({ version: true })
  version!: number;
}

/** A report on a task for one period, submitted by the lead and accepted by the plan's issuer. */
@Entity({ tableName: 'task_report' })
@Unique({ properties: ['task', 'period'] })
export class TaskReport {
  [OptionalProps]?: 'id' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => PlanTask)
  task!: PlanTask;

  /** The period reported: "2025", "2025-H1", "2025-Q3", or "ONCE". */
  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
