import { Field, ID, InputType, Int, ObjectType, Extensions } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

@InputType({ description: "A centre's facilities." })
export class CentreFacilitiesInput {
  @Field(() => Boolean, { description: 'It works in a room shared with the cultural house (nhà văn hóa).' })
  sharedWithCulturalHouse!: boolean;

  @Field(() => Int, { description: 'Rooms it can use.' })
  rooms!: number;

  @Field(() => Int, { description: 'Computers for learners.' })
  computers!: number;

  @Field(() => Boolean, { description: 'It has a library or reading corner.' })
  library!: boolean;
}

@ObjectType('CentreFacilities', { description: "A centre's facilities." })
export class CentreFacilitiesType {
  @Field(() => Boolean, { description: 'Shares a room with the cultural house.' })
  sharedWithCulturalHouse!: boolean;

  @Field(() => Int, { description: 'Rooms it can use.' })
  rooms!: number;

  @Field(() => Int, { description: 'Computers for learners.' })
  computers!: number;

  @Field(() => Boolean, { description: 'Has a library or reading corner.' })
  library!: boolean;
}

@ObjectType('CentreYear', { description: "One year of a centre's work." })
export class CentreYearType {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [String], { description: 'Courses and activities run.' })
  activities!: string[];

  @Field(() => Int, { description: 'People who took part.' })
  participants!: number;
}

@ObjectType('LearningCentre', {
  description: 'A community learning centre (trung tâm học tập cộng đồng) of a commune.',
})
export class LearningCentreType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => DateScalar, { description: 'When it was set up.' })
  establishedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it closed; null while open.' })
  closedOn!: string | null;

  @Field(() => CentreFacilitiesType, { description: 'Its facilities.' })
  facilities!: CentreFacilitiesType;

  @Field(() => [CentreYearType], { description: 'Its work, year by year.' })
  years!: CentreYearType[];

  @Field(() => Int, { description: 'Pass it as `expectedVersion` to change the centre.' })
  version!: number;
}

@InputType({ description: 'A new community learning centre.' })
export class CreateLearningCentreInput {
  @Field(() => String, { description: 'Code of its commune, as of `establishedOn`.' })
  communeCode!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Name, 1–200 characters.' })
  name!: string;

  @Field(() => DateScalar, { description: 'When it was set up; not in the future.' })
  establishedOn!: string;

  @Field(() => CentreFacilitiesInput, { description: 'Its facilities.' })
  facilities!: CentreFacilitiesInput;
}

@InputType({ description: "One year's report of a centre; replaces an earlier report for the same year." })
export class ReportLearningCentreYearInput {
  @Field(() => ID, { description: 'Global id of the centre.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => Int, { description: 'The year reported.' })
  year!: number;

  @Extensions({ maxLength: 500 })
  @Field(() => [String], { description: 'Courses and activities run.' })
  activities!: string[];

  @Field(() => Int, { description: 'People who took part.' })
  participants!: number;
}
