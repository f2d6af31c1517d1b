import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProvenanceType } from '../common/provenance.types.js';
import { STANDARD_CODES, type StandardCode } from './standards.data.js';

/** The standard codes as an enum object, which TypeGraphQL needs to publish them. */
export const StandardCodeEnum = Object.fromEntries(STANDARD_CODES.map((c) => [c, c])) as {
  [S in StandardCode]: S;
};
registerEnumType(StandardCodeEnum, {
  name: 'StandardCode',
  description:
    'A literacy or universal-education standard of Nghị định 20/2014/NĐ-CP (chuẩn phổ cập giáo dục, xóa mù chữ).',
});

@InputType({ description: 'One survey figure: the people who meet a measure out of the people in its age group.' })
export class SurveyFigureInput {
  @Field(() => String, { description: 'Survey code, e.g. LITERACY2_15_60 (see `surveyCodes`).' })
  code!: string;

  @Field(() => Int, { description: 'People who meet the measure; at most `denominator`.' })
  numerator!: number;

  @Field(() => Int, { description: 'People in the age group.' })
  denominator!: number;
}

@InputType({ description: "A commune's survey for one year." })
export class EducationSurveyInput {
  @Field(() => String, { description: 'Code of the commune as of that year.' })
  unitCode!: string;

  @Field(() => Int, { description: 'The year surveyed.' })
  year!: number;

  @Field(() => Boolean, { description: 'The commune is especially difficult (ĐBKK) that year.' })
  especiallyDifficult!: boolean;

  @Field(() => [SurveyFigureInput], { description: 'The figures; recording replaces those with the same code.' })
  figures!: SurveyFigureInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'The survey `version` you read, when changing one; a stale one is refused with CONFLICT.',
  })
  expectedVersion?: number;
}

@ObjectType('SurveyFigure', { description: 'One survey figure.' })
export class SurveyFigureType {
  @Field(() => String, { description: 'Survey code.' })
  code!: string;

  @Field(() => Int, { description: 'People who meet the measure.' })
  numerator!: number;

  @Field(() => Int, { description: 'People in the age group.' })
  denominator!: number;
}

@ObjectType('EducationSurvey', { description: "A commune's literacy and universal-education survey for one year." })
export class EducationSurveyType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => Int, { description: 'The year surveyed.' })
  year!: number;

  @Field(() => Boolean, { description: 'Especially difficult (ĐBKK) that year.' })
  especiallyDifficult!: boolean;

  @Field(() => Int, { description: 'Pass it as `expectedVersion` to change the survey.' })
  version!: number;
}

@ObjectType('SurveyCode', { description: 'A data element of the survey.' })
export class SurveyCodeType {
  @Field(() => String, { description: 'The code.' })
  code!: string;

  @Field(() => String, { description: 'What it counts, in English.' })
  description!: string;

  @Field(() => String, { description: 'The Vietnamese term.' })
  term!: string;
}

@ObjectType('StandardMeasure', { description: 'One rate a standard tests, with the threshold applied.' })
export class MeasureResultType {
  @Field(() => String, { description: 'The survey code assessed.' })
  code!: string;

  @Field(() => Int, {
    description: 'People who meet the measure (for a district or province: summed over its communes).',
  })
  numerator!: number;

  @Field(() => Int, { description: 'People in the age group.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1; null when the denominator is 0.' })
  rate!: number | null;

  @Field(() => Float, { description: 'The threshold applied, 0–1.' })
  threshold!: number;

  @Field(() => Boolean, { description: 'Whether the rate reaches the threshold.' })
  met!: boolean;

  @Field(() => Boolean, { description: 'False when the threshold is a value not verified against the law (sample).' })
  verified!: boolean;
}

@ObjectType('StandardPrerequisite', { description: 'A standard another one requires.' })
export class PrerequisiteType {
  @Field(() => StandardCodeEnum, { description: 'The standard required.' })
  standard!: StandardCode;

  @Field(() => Boolean, { description: 'Whether it is met.' })
  met!: boolean;

  @Field(() => ProvenanceType, {
    description:
      'Whether the law (Nghị định 20/2014/NĐ-CP) states this prerequisite, or the platform infers it (e.g. primary level 2 needing level 1).',
  })
  provenance!: ProvenanceType;
}

@ObjectType('StandardRollup', { description: 'How a district or province meets a standard through its child units.' })
export class RollupType {
  @Field(() => String, { description: 'The level of the child units counted: COMMUNE or DISTRICT.' })
  from!: string;

  @Field(() => Int, { description: 'Child units meeting the standard.' })
  numerator!: number;

  @Field(() => Int, { description: 'Child units counted.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator; null without child units.' })
  rate!: number | null;

  @Field(() => Float, { description: 'The share needed, 0–1.' })
  threshold!: number;

  @Field(() => Boolean, { description: 'False when the share needed is not verified against the law.' })
  verified!: boolean;

  @Field(() => [String], { description: 'Codes of the child units that do not meet the standard.' })
  failing!: string[];
}

@ObjectType('StandardResult', { description: 'Whether a unit meets one standard in a year, and why.' })
export class StandardResultType {
  @Field(() => StandardCodeEnum, { description: 'The standard.' })
  standard!: StandardCode;

  @Field(() => Boolean, { description: 'Whether it is met.' })
  met!: boolean;

  @Field(() => [MeasureResultType], {
    description: 'The rates tested (for a commune); empty for a district or province.',
  })
  measures!: MeasureResultType[];

  @Field(() => [PrerequisiteType], { description: 'Standards this one requires, and whether they are met.' })
  prerequisites!: PrerequisiteType[];

  @Field(() => [String], { description: 'Why it is not met; empty when met.' })
  reasons!: string[];

  @Field(() => [String], { description: 'Survey codes the standard needs that were not reported.' })
  missing!: string[];

  @Field(() => RollupType, { nullable: true, description: 'For a district or province: the roll-up from child units.' })
  rollup!: RollupType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who recognises the unit as meeting it under the rules in force.',
  })
  recognisedBy!: string | null;

  @Field(() => String, { description: 'The rule version applied (by date: before or after 1/7/2025).' })
  ruleVersion!: string;
}
