import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('TargetProgress', { description: 'Progress of a unit towards a national target with one year of data.' })
export class TargetProgressType {
  @Field(() => String, { description: 'Stable code, e.g. 387-2025-FAMILIES.' })
  code!: string;

  @Field(() => String, { description: 'What is measured.' })
  description!: string;

  @Field(() => String, { description: 'The decision that set the target.' })
  source!: string;

  @Field(() => Int, { description: 'The year by which the target is to be reached.' })
  targetYear!: number;

  @Field(() => Float, { description: 'The target share, 0–1.' })
  target!: number;

  @Field(() => Int, { nullable: true, description: 'Recognised subjects; null when not computed.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Subjects on record; null when not computed.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'value / target, at most 1.' })
  progress!: number | null;

  @Field(() => Boolean, { description: 'Whether the value reaches the target.' })
  met!: boolean;

  @Field(() => String, { nullable: true, description: 'Why there is no value, when there is none.' })
  note!: string | null;
}
