import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../common/ids.js';
import { EducationSurvey } from './education-survey.entity.js';

/**
 * One data element of a survey, as national reports table it: the people who meet a measure out
 * of the people in its age group. A row per figure, so that analytics can sum numerators and
 * denominators over any set of communes.
 */
@Entity({ tableName: 'survey_figure' })
@Unique({ properties: ['survey', 'code'] })
export class SurveyFigureRow {
  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => EducationSurvey, { deleteRule: 'cascade' })
  survey!: EducationSurvey;

  /** A survey code (survey-codes.ts), e.g. LITERACY2_15_60. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'integer' })
  numerator!: number;

  @Property({ type: 'integer' })
  denominator!: number;
}
