import { Entity, OptionalProps, PrimaryKey, Property, Unique, timeOrderedId } from '@hoctap/plugin-sdk';

/**
 * A result Hà Nam reported publicly (a count of units out of all, or a standard reported met),
 * as the source states it: the plugin keeps the published figure beside the platform's own
 * computation so the two can be compared. One row per indicator and reporting day.
 */
@Entity({ schema: 'plugin_ha_nam', tableName: 'reported_result' })
@Unique({ properties: ['indicator', 'reportedOn'] })
export class HaNamReportedResult {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The province the result is for, by its code on `reportedOn` (35). */
  @Property({ type: 'text' })
  unitCode!: string;

  /** The plugin's code for what is reported, e.g. STEERING_COMMITTEES_COMMUNE. */
  @Property({ type: 'text' })
  indicator!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Units that have it, when the source gives counts. */
  @Property({ type: 'int', nullable: true })
  numerator?: number | null;

  /** All units counted, when the source gives counts. */
  @Property({ type: 'int', nullable: true })
  denominator?: number | null;

  /** When the source reports a result reached without counts (e.g. "100% of districts"). */
  @Property({ type: 'boolean', nullable: true })
  met?: boolean | null;

  /** The core's education-standard code the result is about, e.g. LITERACY_2. */
  @Property({ type: 'text', nullable: true })
  standardCode?: string | null;

  /** For steering-committee coverage: the administrative level counted (DISTRICT or COMMUNE). */
  @Property({ type: 'text', nullable: true })
  coverageLevel?: string | null;

  /** The day the figure stood on, as the source dates it. */
  @Property({ type: 'date' })
  reportedOn!: string;

  /** The published document the figure comes from. */
  @Property({ type: 'text' })
  source!: string;
}
