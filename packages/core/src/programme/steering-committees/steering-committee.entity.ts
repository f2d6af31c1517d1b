import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';

export type CommitteeRole = 'HEAD' | 'DEPUTY' | 'STANDING_MEMBER' | 'MEMBER' | 'SECRETARY';

/** A member as the establishing decision lists them: name, post, role in the committee. */
export interface CommitteeMember {
  name: string;
  position: string;
  role: CommitteeRole;
}

/**
 * A learning-society steering committee (Ban Chỉ đạo xây dựng xã hội học tập) of one unit, set up
 * by a decision and active over a period; a new decision replaces it by ending the old period.
 */
@Entity({ tableName: 'steering_committee' })
@Index({ properties: ['unit', 'activeFrom'] })
export class SteeringCommittee {
  [OptionalProps]?: 'id' | 'version' | 'activeTo';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** The establishing decision, e.g. "15/QĐ-UBND". */
  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'date' })
  activeFrom!: string;

  /** Last day active; null while active. */
  @Property({ type: 'date', nullable: true })
  activeTo?: string | null;

  @Property({ type: 'jsonb' })
  members!: CommitteeMember[];

  @Property({ version: true })
  version!: number;
}
