import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';

/** Where a centre works: its own room or one shared with the cultural house, and what it has. */
export interface CentreFacilities {
  sharedWithCulturalHouse: boolean;
  rooms: number;
  computers: number;
  library: boolean;
}

/** One year of a centre's work: the courses and activities it ran and the people who took part. */
export interface CentreYear {
  year: number;
  activities: string[];
  participants: number;
}

/**
 * A community learning centre (trung tâm học tập cộng đồng) of one commune: its facilities and,
 * year by year, its activities and participants.
 */
@Entity({ tableName: 'learning_centre' })
@Index({ properties: ['unit'] })
export class LearningCentre {
  [OptionalProps]?: 'id' | 'version' | 'closedOn' | 'years';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'date' })
  establishedOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Property({ type: 'jsonb' })
  facilities!: CentreFacilities;

  @Property({ type: 'jsonb' })
  years: CentreYear[] = [];

  @Property({ version: true })
  version!: number;
}
