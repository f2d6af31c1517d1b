import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { GnlcApplication } from '../applications/application.entity.js';

/** What became of a nomination for the UNESCO Learning City Award. */
export type GnlcAwardOutcome = 'NOMINATED' | 'WON' | 'NOT_WON';

/**
 * A city's membership of the GNLC. Codes are not identities, so the city is named by the code it
 * had on `unitAsOf`; `unit` is that unit once the map of that day is imported (null before: on a
 * fresh start only provinces exist). The membership follows the unit to its successors.
 */
@Entity({ tableName: 'gnlc_membership' })
@Unique({ properties: ['unitCode', 'unitAsOf'] })
export class GnlcMembership {
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'unit' | 'joinedOn' | 'application';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The city's name as UNESCO lists it, e.g. "Sa Đéc". */
  @Property({ type: 'text' })
  cityName!: string;

  /** GSO code of the city's unit on `unitAsOf`. */
  @Property({ type: 'text' })
  unitCode!: string;

  /** A day on which `unitCode` named the city. */
  @Property({ type: 'date' })
  unitAsOf!: string;

  @ManyToOne(() => AdminUnit, { nullable: true })
  unit?: AdminUnit | null;

  @Property({ type: 'smallint' })
  joinedYear!: number;

  /** The day UIL admitted the city, when known. */
  @Property({ type: 'date', nullable: true })
  joinedOn?: string | null;

  /** Where the record comes from, e.g. UIL's announcements of new members, or "application". */
  @Property({ type: 'text' })
  source!: string;

  /** The application that led to it, when made on this platform. */
  @ManyToOne(() => GnlcApplication, { nullable: true })
  application?: GnlcApplication | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}

/** A member's biennial progress report to UIL (required to stay a member). */
@Entity({ tableName: 'gnlc_progress_report' })
@Unique({ properties: ['membership', 'period'] })
export class GnlcProgressReport {
  [OptionalProps]?: 'id' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => GnlcMembership)
  membership!: GnlcMembership;

  /** Two calendar years, e.g. "2024-2025". */
  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'date' })
  submittedOn!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}

/** The National Commission's nomination of a member for one edition of the UNESCO Learning City Award. */
@Entity({ tableName: 'gnlc_award_nomination' })
@Unique({ properties: ['membership', 'awardYear'] })
@Index({ properties: ['awardYear'] })
export class GnlcAwardNomination {
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'outcome' | 'outcomeOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => GnlcMembership)
  membership!: GnlcMembership;

  @Property({ type: 'smallint' })
  awardYear!: number;

  @Property({ type: 'date' })
  nominatedOn!: string;

  @Property({ type: 'text' })
  outcome: GnlcAwardOutcome = 'NOMINATED';

  /** The day the outcome was decided, when known; a win counts from it (else from 31 December of the award's year). */
  @Property({ type: 'date', nullable: true })
  outcomeOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
