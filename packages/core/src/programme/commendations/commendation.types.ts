import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

@ObjectType('Commendation', { description: 'A commendation (khen thưởng) for work on the learning society.' })
export class CommendationType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Who was commended, as the decision names them.' })
  recipient!: string;

  @Field(() => String, { description: 'The form, e.g. "Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh".' })
  title!: string;

  @Field(() => String, { description: 'Who decided.' })
  authority!: string;

  @Field(() => String, { description: 'Decision number.' })
  decisionNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision.' })
  decidedOn!: string;
}

@InputType({ description: 'A commendation to record.' })
export class RecordCommendationInput {
  @Field(() => String, { description: "Code of the recipient's unit (or the unit commended), as of `decidedOn`." })
  unitCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The Household, Clan, Citizen or Organisation commended, if on record.',
  })
  subjectId?: string;

  @Field(() => String, { description: 'Who was commended, as the decision names them.' })
  recipient!: string;

  @Field(() => String, { description: 'The form of commendation.' })
  title!: string;

  @Field(() => String, { description: 'Who decided.' })
  authority!: string;

  @Field(() => String, { description: 'Decision number.' })
  decisionNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision; not in the future.' })
  decidedOn!: string;
}
