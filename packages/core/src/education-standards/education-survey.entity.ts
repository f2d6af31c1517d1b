import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../common/ids.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';

/**
 * A commune's literacy and universal-education survey for one year (điều tra phổ cập, xóa mù
 * chữ): whether the commune counts as especially difficult that year, and its figures in
 * `survey_figure`. Districts and provinces have no survey of their own: they are computed from
 * their communes.
 */
@Entity({ tableName: 'education_survey' })
@Unique({ properties: ['unit', 'year'] })
@Index({ properties: ['year'] })
export class EducationSurvey {
  [OptionalProps]?: 'id' | 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  @Property({ type: 'smallint' })
  year!: number;

  /** Xã đặc biệt khó khăn that year: lower thresholds, narrower literacy age bands. */
  @Property({ type: 'boolean' })
  especiallyDifficult!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
