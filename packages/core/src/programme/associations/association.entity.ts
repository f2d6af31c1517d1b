import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { Subject } from '../../subjects/subject.entity.js';

/** Members counted in one year. */
export interface MembersInYear {
  year: number;
  members: number;
}

/**
 * A Study Promotion Association (Hội Khuyến học) at a level of government, or a branch inside an
 * organisation (chi hội), with its membership year by year.
 */
@Entity({ tableName: 'study_promotion_association' })
@Index({ properties: ['unit'] })
export class StudyPromotionAssociation {
  [OptionalProps]?: 'id' | 'version' | 'organisation' | 'members';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** Set for a branch inside an organisation. */
  @ManyToOne(() => Subject, { nullable: true })
  organisation?: Subject | null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'date' })
  foundedOn!: string;

  @Property({ type: 'jsonb' })
  members: MembersInYear[] = [];

  @Property({ version: true })
  version!: number;
}

export enum FundEntryKind {
  DONATION = 'DONATION',
  SCHOLARSHIP = 'SCHOLARSHIP',
}

export enum DonorType {
  INDIVIDUAL = 'INDIVIDUAL',
  HOUSEHOLD = 'HOUSEHOLD',
  CLAN = 'CLAN',
  ENTERPRISE = 'ENTERPRISE',
  ORGANISATION = 'ORGANISATION',
  OVERSEAS = 'OVERSEAS',
  OTHER = 'OTHER',
}

/** A study-promotion fund (quỹ khuyến học) held by an association. */
@Entity({ tableName: 'study_promotion_fund' })
export class StudyPromotionFund {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => StudyPromotionAssociation)
  association!: StudyPromotionAssociation;

  @Property({ type: 'text' })
  name!: string;

  /** Bumped by every entry, so two people recording at once cannot overdraw the fund. */
  @Property({ version: true })
  version!: number;
}

/** Money into a fund (a donation) or out of it (a scholarship), in whole đồng. */
@Entity({ tableName: 'fund_entry' })
@Index({ properties: ['fund', 'date'] })
export class FundEntry {
  [OptionalProps]?: 'id' | 'donorType' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => StudyPromotionFund)
  fund!: StudyPromotionFund;

  @Enum({ items: () => FundEntryKind, nativeEnumName: 'fund_entry_kind' })
  kind!: FundEntryKind;

  @Property({ type: 'date' })
  date!: string;

  /** Whole đồng (VND has no minor unit); bigint, as a province's funds run to billions. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountVnd!: number;

  /** The donor, or the recipient of a scholarship: a name as the receipt gives it. */
  @Property({ type: 'text' })
  counterpart!: string;

  @Enum({ items: () => DonorType, nativeEnumName: 'donor_type', nullable: true })
  donorType?: DonorType | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
