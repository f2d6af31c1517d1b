import { Entity, Index, OptionalProps, PrimaryKey, Property, timeOrderedId } from '@hoctap/plugin-sdk';

/**
 * A dated note about an administrative unit of the province: the scaffold's example table. It lives
 * in the plugin's own schema and refers to the core's unit by id only (core tables are not the plugin's).
 */
@Entity({ schema: 'plugin_scaffold_check_1e7e1f', tableName: 'note' })
@Index({ properties: ['unitId', 'day'] })
export class ScaffoldCheck1e7e1fNote {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The core's AdminUnit the note is about. */
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The day the note is about (ISO date); the unit is read as of this day. */
  @Property({ type: 'date' })
  day!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ version: true })
  version!: number;

  /** The subject of the caller who wrote it. */
  @Property({ type: 'text' })
  createdBy!: string;
}
