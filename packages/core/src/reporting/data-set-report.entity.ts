import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../common/ids.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import type { ReportValue } from './reporting.model.js';

/** One approval of a report: the level, the unit that approved and when. */
export interface ReportApproval {
  level: string;
  unitId: string | null;
  approvedOn: string;
  by: string;
}

/**
 * A unit's report of one data set for one period (DHIS2's data set registration with its values).
 * `lineage` and `lineageLevels` freeze the unit's ancestry on the period's last day, so scope,
 * standing and the approval chain follow the map of the period, not today's.
 */
@Entity({ tableName: 'data_set_report' })
@Unique({ properties: ['dataSetCode', 'unit', 'period'] })
@Index({ properties: ['dataSetCode', 'period'] })
@Index({ name: 'data_set_report_lineage_idx', properties: ['lineage'], type: 'gin' })
export class DataSetReport {
  [OptionalProps]?: 'id' | 'version' | 'updatedAt' | 'state' | 'approvals' | 'submittedOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Property({ type: 'text' })
  dataSetCode!: string;

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'string[]', columnType: 'uuid[]' })
  lineage!: string[];

  @Property({ type: 'string[]', columnType: 'text[]' })
  lineageLevels!: string[];

  /** Workflow state of `data-set-report`. */
  @Property({ type: 'text' })
  state: string = 'DRAFT';

  @Property({ type: 'jsonb' })
  values!: ReportValue[];

  @Property({ type: 'jsonb' })
  approvals: ReportApproval[] = [];

  /** The day of the latest SUBMIT (a returned report counts from its resubmission). */
  @Property({ type: 'date', nullable: true })
  submittedOn?: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
