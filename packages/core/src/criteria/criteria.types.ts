import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { ModelKindEnum, UnitTierEnum } from './criteria.enums.js';
import type { IndicatorKind, ModelKind, UnitTier } from './criteria.model.js';

export enum IndicatorKindEnum {
  POINTS = 'POINTS',
  PASS_FAIL = 'PASS_FAIL',
  PERCENT = 'PERCENT',
}
registerEnumType(IndicatorKindEnum, {
  name: 'IndicatorKind',
  description: 'How an indicator is scored.',
  valuesConfig: {
    POINTS: { description: 'Points from 0 to `maxScore`.' },
    PASS_FAIL: { description: '1 when met, 0 when not.' },
    PERCENT: { description: 'A share from 0 to 100, met when it reaches the threshold of the grade.' },
  },
});

export enum Language {
  VI = 'VI',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'Language of readable texts: Vietnamese or English.' });

@ObjectType('GradeThreshold', { description: 'The share a PERCENT indicator needs for one grade.' })
export class GradeThresholdType {
  @Field(() => String, { description: 'Grade code, e.g. LEVEL_1.' })
  grade!: string;

  @Field(() => Float, { description: 'Percent needed, 0–100.' })
  percent!: number;
}

@ObjectType('Indicator', { description: 'An indicator (chỉ số / chỉ tiêu) of a criterion, scored on a score sheet.' })
export class IndicatorType {
  @Field(() => String, { description: 'Code, unique in the set; score sheets and CSV columns use it.' })
  code!: string;

  @Field(() => String, { description: 'Title in Vietnamese, as the criteria set words it.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  titleEn!: string | null;

  @Field(() => IndicatorKindEnum, { description: 'How the indicator is scored.' })
  kind!: IndicatorKind;

  @Field(() => Float, { nullable: true, description: 'POINTS: the most it can score; null for other kinds.' })
  maxScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'POINTS: below this, the subject cannot be recognised.' })
  minScore!: number | null;

  @Field(() => [GradeThresholdType], { description: 'PERCENT: the share each grade needs.' })
  thresholds!: GradeThresholdType[];

  @Field(() => [String], { nullable: true, description: 'Grades that need this indicator met; null for all.' })
  requiredFor!: string[] | null;

  @Field(() => Boolean, { description: 'True when a score sheet may leave it out.' })
  optional!: boolean;
}

@ObjectType('Criterion', { description: 'A criterion (tiêu chí) of a criteria set, made of indicators.' })
export class CriterionType {
  @Field(() => String, { description: 'Code, unique in the set.' })
  code!: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  titleEn!: string | null;

  @Field(() => Float, { description: 'Sum of the maximum points of its POINTS indicators.' })
  maxScore!: number;

  @Field(() => Float, { nullable: true, description: 'Below this subtotal the subject cannot be recognised.' })
  minScore!: number | null;

  @Field(() => [IndicatorType], { description: 'Its indicators, in order.' })
  indicators!: IndicatorType[];
}

@ObjectType('Grade', { description: 'A rating a score sheet can reach (xếp loại / mức độ), lowest first.' })
export class GradeType {
  @Field(() => String, { description: 'Code, e.g. RECOGNISED, LEVEL_1, LEVEL_2.' })
  code!: string;

  @Field(() => String, { description: 'Label in Vietnamese, e.g. "Mức độ 1".' })
  label!: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn!: string;

  @Field(() => Boolean, { description: 'Reaching it means the subject is recognised.' })
  recognised!: boolean;

  @Field(() => Float, { nullable: true, description: 'The total it needs, if any.' })
  minTotal!: number | null;

  @Field(() => Boolean, { description: 'Whether every PASS_FAIL and PERCENT indicator it names must be met.' })
  allIndicatorsMet!: boolean;
}

@ObjectType('CriteriaSet', {
  description:
    'A versioned set of criteria for one learning model (bộ tiêu chí), with its legal source, validity and rating rules.',
})
export class CriteriaSetType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. KHVN-448-FAMILY.' })
  code!: string;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => ModelKindEnum, { description: 'The learning model it rates.' })
  modelKind!: ModelKind;

  @Field(() => UnitTierEnum, { nullable: true, description: 'Learning units only: the tier of unit it rates.' })
  unitTier!: UnitTier | null;

  @Field(() => String, { description: 'The legal act that issued it (căn cứ).' })
  source!: string;

  @Field(() => String, { description: '`NATIONAL`, or the id of the province plugin that issued it.' })
  issuer!: string;

  @Field(() => [String], { nullable: true, description: "A province's set: the province codes it applies to." })
  provinceCodes!: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A province's set: the source saying the province issued its own criteria, which is why the set is chosen before the national one for its provinces. Null for national sets and for province sets no source shows the province issued (they are used only when an evaluation names them; the national set in force applies otherwise).",
  })
  replacesNationalBasis!: string | null;

  @Field(() => DateScalar, { description: 'First day in force.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while in force.' })
  validTo!: string | null;

  @Field(() => Boolean, {
    description: 'True when some content is not verified against the legal text: show it as sample data.',
  })
  sample!: boolean;

  @Field(() => String, { description: 'What the set is and, for sample sets, which parts are unverified.' })
  description!: string;

  @Field(() => [CriterionType], { description: 'Its criteria, in order.' })
  criteria!: CriterionType[];

  @Field(() => [GradeType], { description: 'The grades a score sheet can reach, lowest first.' })
  grades!: GradeType[];

  @Field(() => Float, { description: 'Total points available (POINTS indicators).' })
  maxTotal!: number;
}

@InputType({ description: 'One value of a score sheet.' })
export class ScoreInput {
  @Field(() => String, { description: 'Indicator code from the criteria set.' })
  indicatorCode!: string;

  @Field(() => Float, { description: 'POINTS: 0…maxScore; PASS_FAIL: 0 or 1; PERCENT: 0…100.' })
  value!: number;
}

@ObjectType('RatingReason', { description: 'A rule a score sheet did not meet.' })
export class RatingReasonType {
  @Field(() => String, { description: 'The grade this rule stands in the way of.' })
  grade!: string;

  @Field(() => String, { description: 'MIN_TOTAL, INDICATOR_MIN, CRITERION_MIN or INDICATOR_NOT_MET.' })
  rule!: string;

  @Field(() => String, { nullable: true, description: 'The criterion concerned, if any.' })
  criterion!: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator concerned, if any.' })
  indicator!: string | null;

  @Field(() => String, { description: 'Explanation in Vietnamese.' })
  vi!: string;

  @Field(() => String, { description: 'Explanation in English.' })
  en!: string;
}

@ObjectType('CriterionResult', { description: 'How one criterion scored.' })
export class CriterionResultType {
  @Field(() => String, { description: 'Criterion code.' })
  code!: string;

  @Field(() => Float, { description: 'Points scored.' })
  score!: number;

  @Field(() => Float, { description: 'Points available.' })
  maxScore!: number;

  @Field(() => Boolean, { description: 'Its minimum reached and its pass/fail indicators met.' })
  met!: boolean;
}

@ObjectType('RatingResult', { description: 'A score sheet rated against a criteria set.' })
export class RatingResultType {
  @Field(() => String, { description: 'The criteria set used.' })
  criteriaSetCode!: string;

  @Field(() => Boolean, { description: "True when the set's content is sample data." })
  sample!: boolean;

  @Field(() => Float, { description: 'Total points.' })
  total!: number;

  @Field(() => Float, { description: 'Points available.' })
  maxTotal!: number;

  @Field(() => String, { nullable: true, description: 'Code of the highest grade reached; null when none.' })
  rating!: string | null;

  @Field(() => Boolean, { description: 'Whether the grade reached means recognition.' })
  recognised!: boolean;

  @Field(() => [CriterionResultType], { description: 'Subtotals per criterion.' })
  criteria!: CriterionResultType[];

  @Field(() => [RatingReasonType], { description: 'Every rule not met, with both languages.' })
  details!: RatingReasonType[];

  /** Filled by the `reasons` field resolver. */
  reasons?: string[];
}
