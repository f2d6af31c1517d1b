import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import type { GnlcApplicationForm } from './application.rules.js';

/**
 * A city's application to the UNESCO Global Network of Learning Cities, following the
 * `gnlc-application` workflow. The class name is the GraphQL type name (WorkflowNode resolves
 * types by constructor name). `lineage` freezes the applicant's ancestry on `appliedOn`, so who
 * may see or act on it needs no query and stays right after the map changes.
 */
@Entity({ tableName: 'gnlc_application' })
@Index({ name: 'gnlc_application_lineage_idx', properties: ['lineage'], type: 'gin' })
@Index({ properties: ['callYear'] })
export class GnlcApplication {
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt' | 'submittedOn' | 'decidedOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The city applying: a district-level city before 1/7/2025, a province or commune-level unit after. */
  @ManyToOne(() => AdminUnit)
  applicant!: AdminUnit;

  /** `applicant` then its ancestors up to the province, as of `appliedOn`. */
  @Property({ type: 'string[]', columnType: 'uuid[]' })
  lineage!: string[];

  /** The day the application was opened: the applicant's code and lineage are read as of it. */
  @Property({ type: 'date' })
  appliedOn!: string;

  /** The call the application answers (see the call windows). */
  @Property({ type: 'smallint' })
  callYear!: number;

  /** The form as entered; checked by checkApplicationForm. */
  @Property({ type: 'jsonb' })
  form!: GnlcApplicationForm;

  /** Workflow state; text because plugins add states. */
  @Property({ type: 'text' })
  state!: string;

  /** The day the National Commission forwarded it to UIL. */
  @Property({ type: 'date', nullable: true })
  submittedOn?: string | null;

  /** The day UIL's decision (admitted or declined) was recorded. */
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
