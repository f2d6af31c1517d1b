import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import type { AgencyKind } from './agency.model.js';

/**
 * An agency (cơ quan) plans name and grants act for: reference data, loaded from the core's
 * national list and each plugin's, matched by code on every load.
 */
@Entity({ tableName: 'agency' })
@Index({ properties: ['unit'] })
export class Agency {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  kind!: AgencyKind;

  /** The unit it belongs to; null for a national agency (a ministry, the national association). */
  @ManyToOne(() => AdminUnit, { nullable: true })
  unit?: AdminUnit | null;

  /** Other names plans give it. */
  @Property({ type: 'jsonb' })
  aliases: string[] = [];

  /** Who ships it: "national" or a plugin's id. */
  @Property({ type: 'text' })
  source!: string;
}
