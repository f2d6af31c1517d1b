import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType, Extensions } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { DonorType, FundEntryKind } from './association.entity.js';

registerEnumType(FundEntryKind, {
  name: 'FundEntryKind',
  description: 'Money into a fund (DONATION) or out of it (SCHOLARSHIP).',
});
registerEnumType(DonorType, { name: 'DonorType', description: 'Who gave a donation.' });

@ObjectType('MembersInYear', { description: 'Members of an association counted in one year.' })
export class MembersInYearType {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Members.' })
  members!: number;
}

@ObjectType('FundEntry', { description: 'A donation into a fund or a scholarship paid from it.' })
export class FundEntryType {
  @Field(() => FundEntryKind, { description: 'In or out.' })
  kind!: FundEntryKind;

  @Field(() => DateScalar, { description: 'When.' })
  date!: string;

  @Field(() => GraphQLSafeInt, { description: 'Amount in whole đồng (VND).' })
  amountVnd!: number;

  @Field(() => String, { description: 'The donor, or the recipient of a scholarship.' })
  counterpart!: string;

  @Field(() => DonorType, { nullable: true, description: 'Donations: who gave.' })
  donorType!: DonorType | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note!: string | null;
}

@ObjectType('StudyPromotionFund', { description: 'A study-promotion fund (quỹ khuyến học).' })
export class StudyPromotionFundType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => Int, { description: 'Pass it as `expectedVersion` when recording an entry.' })
  version!: number;
}

@ObjectType('StudyPromotionAssociation', {
  description: 'A Study Promotion Association (Hội Khuyến học) of a unit, or a branch inside an organisation.',
})
export class StudyPromotionAssociationType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => DateScalar, { description: 'When it was founded.' })
  foundedOn!: string;

  @Field(() => [MembersInYearType], { description: 'Membership, year by year.' })
  members!: MembersInYearType[];

  @Field(() => Int, { description: 'Pass it as `expectedVersion` to change it.' })
  version!: number;
}

@InputType({ description: 'A new association, or a branch inside an organisation.' })
export class CreateAssociationInput {
  @Field(() => String, { description: 'Code of its unit, as of `foundedOn`.' })
  unitCode!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Name, 1–200 characters.' })
  name!: string;

  @Field(() => DateScalar, { description: 'When it was founded.' })
  foundedOn!: string;

  @Field(() => ID, { nullable: true, description: 'For a branch: the Organisation it sits in.' })
  organisationId?: string;
}

@InputType({ description: 'Members counted in a year; replaces an earlier count for the year.' })
export class ReportMembersInput {
  @Field(() => ID, { description: 'Global id of the association.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Members, ≥ 0.' })
  members!: number;
}

@InputType({ description: 'A new fund of an association.' })
export class CreateFundInput {
  @Field(() => ID, { description: 'Global id of the association.' })
  associationId!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Name, 1–200 characters.' })
  name!: string;
}

@InputType({ description: 'A donation into a fund, or a scholarship paid from it.' })
export class FundEntryInput {
  @Field(() => ID, { description: 'Global id of the fund.' })
  fundId!: string;

  @Field(() => Int, {
    description: "The fund's `version` you read: entries are serialised so a fund is never overdrawn.",
  })
  expectedVersion!: number;

  @Field(() => FundEntryKind, { description: 'In or out.' })
  kind!: FundEntryKind;

  @Field(() => DateScalar, { description: 'When; not in the future.' })
  date!: string;

  @Field(() => GraphQLSafeInt, { description: 'Whole đồng (VND), positive.' })
  amountVnd!: number;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'The donor, or the recipient of a scholarship.' })
  counterpart!: string;

  @Field(() => DonorType, { nullable: true, description: 'Required for donations.' })
  donorType?: DonorType;

  @Extensions({ maxLength: 2000 })
  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string;
}
