import { Field, ID, InputType, Int, InterfaceType, ObjectType, Extensions } from 'type-graphql';
import { connectionOf } from '../common/connection.js';
import { DateScalar } from '../common/scalars.js';
import { AdminUnitType } from '../geography/geography.types.js';
import type { Subject } from './subject.entity.js';
import { OrganisationKind, SubjectKind } from './subject.enums.js';

const TYPE_NAMES: Record<SubjectKind, string> = {
  HOUSEHOLD: 'Household',
  CLAN: 'Clan',
  CITIZEN: 'Citizen',
  ORGANISATION: 'Organisation',
};

/** The GraphQL type (and global-id prefix) of a subject of the given kind. */
export const subjectTypeName = (kind: SubjectKind) => TYPE_NAMES[kind];

@InterfaceType('Subject', {
  description: 'A household, clan, citizen or organisation that learning models rate.',
  resolveType: (value: Subject) => subjectTypeName(value.kind),
})
export abstract class SubjectInterface {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => SubjectKind, { description: 'What the subject is.' })
  kind!: SubjectKind;

  @Field(() => String, { description: 'Code, unique within its unit and kind (số hộ, mã đơn vị, …).' })
  code!: string;

  @Field(() => String, { description: 'How the subject is known locally.' })
  name!: string;

  @Field(() => AdminUnitType, {
    description: 'The village or commune it belongs to (an organisation: its managing unit).',
  })
  unit!: unknown;

  @Field(() => Int, { description: 'Pass it as `expectedVersion` when you update the subject.' })
  version!: number;
}

@ObjectType('Household', {
  implements: SubjectInterface,
  description: 'A household (hộ gia đình), rated as a learning family.',
})
export class HouseholdType extends SubjectInterface {}

@ObjectType('Clan', { implements: SubjectInterface, description: 'A clan (dòng họ), rated as a learning clan.' })
export class ClanType extends SubjectInterface {}

@ObjectType('Citizen', {
  implements: SubjectInterface,
  description: 'A person rated as a learning citizen; only the name, birth year and village are kept.',
})
export class CitizenType extends SubjectInterface {
  @Field(() => Int, { nullable: true, description: 'Year of birth.' })
  birthYear!: number | null;

  @Field(() => HouseholdType, { nullable: true, description: 'The household the person belongs to, when known.' })
  household!: unknown;
}

@ObjectType('Organisation', {
  implements: SubjectInterface,
  description: 'An agency, organisation or enterprise, rated as a learning unit (đơn vị học tập).',
})
export class OrganisationType extends SubjectInterface {
  @Field(() => OrganisationKind, { nullable: true, description: 'What kind of organisation it is.' })
  organisationKind!: OrganisationKind | null;
}

@InputType({ description: 'A new household, clan, citizen or organisation.' })
export class CreateSubjectInput {
  @Field(() => SubjectKind, { description: 'What the subject is.' })
  kind!: SubjectKind;

  @Field(() => String, { description: 'Code of its village or commune (an organisation: its managing unit).' })
  unitCode!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date `unitCode` is read at; default today.' })
  asOf?: string;

  @Extensions({ maxLength: 50 })
  @Field(() => String, { description: 'Code unique within the unit and kind, at most 50 characters.' })
  code!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Name, at most 200 characters.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Citizens only: year of birth.' })
  birthYear?: number;

  @Field(() => String, { nullable: true, description: "Citizens only: the household's code in the same unit." })
  householdCode?: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'Organisations only: what kind.' })
  organisationKind?: OrganisationKind;
}

@InputType({ description: 'Changes to a subject; fields left out stay as they are.' })
export class UpdateSubjectInput {
  @Field(() => ID, { description: 'Global id of the subject.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => Int, { nullable: true, description: 'Citizens only: corrected year of birth.' })
  birthYear?: number;
}

@InputType({ description: 'Which subjects to list.' })
export class SubjectFilterInput {
  @Field(() => SubjectKind, { nullable: true, description: 'Only subjects of this kind.' })
  kind?: SubjectKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Only subjects in the subtree of the unit with this code, and in the units it succeeded (codes were reused after 1/7/2025; a predecessor shared with other successors only for callers who may read it).',
  })
  unitCode?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date `unitCode` and the subtree are read at; default today.',
  })
  asOf?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Text the name contains (ignoring case and diacritics) or an exact code.',
  })
  search?: string;
}

export const SubjectConnection = connectionOf(SubjectInterface, 'Subject', 'A page of subjects.');
