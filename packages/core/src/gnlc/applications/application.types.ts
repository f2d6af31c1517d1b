import { Extensions, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { DateScalar } from '../../common/scalars.js';
import { WorkflowNodeInterface } from '../../workflows/workflow.types.js';

// ---------------------------------------------------------------------------------------------
// The application form, as read.

@ObjectType('GnlcPerson', { description: 'A person named on a GNLC application form: the mayor or the contact.' })
export class GnlcPersonType {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Position, e.g. "Chủ tịch UBND thành phố" (mayor).' })
  position!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone!: string | null;
}

@ObjectType('GnlcCityProfile', { description: 'The city profile of a GNLC application form.' })
export class GnlcCityProfileType {
  @Field(() => Int, { nullable: true, description: 'Population (dân số).' })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in km² (diện tích).' })
  areaKm2!: number | null;

  @Field(() => Float, { nullable: true, description: 'GDP per capita, in US dollars.' })
  gdpPerCapitaUsd!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average years of schooling of men.' })
  averageYearsOfSchoolingMale!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average years of schooling of women.' })
  averageYearsOfSchoolingFemale!: number | null;
}

@ObjectType('GnlcChallengeRating', { description: 'A challenge the city faces, rated from 1 to 5.' })
export class GnlcChallengeRatingType {
  @Field(() => String, { description: 'The challenge.' })
  challenge!: string;

  @Field(() => Int, { description: 'How strongly it applies, 1 to 5.' })
  rating!: number;
}

@ObjectType('GnlcApplicationForm', {
  description: 'The GNLC application form (mẫu đơn đăng ký tham gia Mạng lưới Thành phố học tập toàn cầu).',
})
export class GnlcApplicationFormType {
  @Field(() => Boolean, {
    nullable: true,
    description: 'The city commits to the Beijing Declaration on Building Learning Cities.',
  })
  commitsToBeijingDeclaration!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The city commits to the Key Features of Learning Cities.' })
  commitsToKeyFeatures!: boolean | null;

  @Field(() => GnlcPersonType, { nullable: true, description: "The mayor's details." })
  mayor!: GnlcPersonType | null;

  @Field(() => GnlcPersonType, { nullable: true, description: "The city's contact person." })
  contact!: GnlcPersonType | null;

  @Field(() => GnlcCityProfileType, { nullable: true, description: 'The city profile.' })
  profile!: GnlcCityProfileType | null;

  @Field(() => String, { nullable: true, description: 'Why the city wants to join; at most 200 words.' })
  motivation!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the city builds a learning city; at most 200 words.',
  })
  implementation!: string | null;

  @Field(() => [GnlcChallengeRatingType], { description: 'Challenges the city faces, each rated 1 to 5.' })
  challenges!: GnlcChallengeRatingType[];
}

@ObjectType('GnlcFormProblem', { description: 'One rule a GNLC application form breaks, on one field.' })
export class GnlcFormProblemType {
  @Field(() => String, { description: 'The field, within the form, e.g. "motivation" or "challenges[0].rating".' })
  field!: string;

  @Field(() => String, { description: 'The rule: REQUIRED, MUST_COMMIT, MAX_WORDS, RANGE, POSITIVE or EMAIL.' })
  rule!: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message!: string;
}

@ObjectType('GnlcApplication', {
  implements: WorkflowNodeInterface,
  description:
    "A city's application to the UNESCO Global Network of Learning Cities (GNLC). The city signs it, the National Commission for UNESCO endorses it and forwards it to UIL within the call window; move it with `transition`.",
})
export class GnlcApplicationType extends WorkflowNodeInterface {
  @Field(() => Int, { description: 'The call the application answers (see `gnlcCallWindows`).' })
  callYear!: number;

  @Field(() => DateScalar, {
    description: "The day the application was opened; the applicant's code and place on the map are read as of it.",
  })
  appliedOn!: string;

  @Field(() => GnlcApplicationFormType, { description: 'The form as entered.' })
  form!: GnlcApplicationFormType;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was forwarded to UIL.' })
  submittedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day UIL's decision was recorded." })
  decidedOn!: string | null;
}

export const GnlcApplicationConnection = connectionOf(
  GnlcApplicationType,
  'GnlcApplication',
  'A page of GNLC applications.',
);

@ObjectType('GnlcCallWindow', {
  description: 'A call for GNLC applications: the National Commission forwards applications to UIL within it.',
})
export class GnlcCallWindowType {
  @Field(() => Int, { description: 'The year of the call.' })
  year!: number;

  @Field(() => DateScalar, { description: 'First day (inclusive).' })
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive).' })
  closesOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Cities a National Commission may forward in this call; null where it is not known.',
  })
  maxCitiesPerCountry!: number | null;

  @Field(() => String, { description: 'Source of the facts, and what is not known.' })
  note!: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs.

@InputType('GnlcPersonInput', { description: 'A person named on the form.' })
export class GnlcPersonInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Position.' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (required for the contact).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone?: string | null;
}

@InputType('GnlcCityProfileInput', { description: 'The city profile; every figure must be above 0.' })
export class GnlcCityProfileInput {
  @Field(() => Int, { nullable: true, description: 'Population.' })
  population?: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in km².' })
  areaKm2?: number | null;

  @Field(() => Float, { nullable: true, description: 'GDP per capita, in US dollars.' })
  gdpPerCapitaUsd?: number | null;

  @Field(() => Float, { nullable: true, description: 'Average years of schooling of men.' })
  averageYearsOfSchoolingMale?: number | null;

  @Field(() => Float, { nullable: true, description: 'Average years of schooling of women.' })
  averageYearsOfSchoolingFemale?: number | null;
}

@InputType('GnlcChallengeRatingInput', { description: 'A challenge the city faces, rated from 1 to 5.' })
export class GnlcChallengeRatingInput {
  @Extensions({ maxLength: 1000 })
  @Field(() => String, { description: 'The challenge.' })
  challenge!: string;

  @Field(() => Int, { description: 'How strongly it applies: 1 to 5.' })
  rating!: number;
}

@InputType('GnlcApplicationFormInput', {
  description:
    'The GNLC application form. A draft may leave parts out; wrong values (a text over 200 words, a rating outside 1–5, a figure not above 0) are refused even in a draft. Signing needs it complete.',
})
export class GnlcApplicationFormInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'The city commits to the Beijing Declaration on Building Learning Cities (required to sign).',
  })
  commitsToBeijingDeclaration?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The city commits to the Key Features of Learning Cities (required to sign).',
  })
  commitsToKeyFeatures?: boolean | null;

  @Field(() => GnlcPersonInput, { nullable: true, description: "The mayor's details (name and position)." })
  mayor?: GnlcPersonInput | null;

  @Field(() => GnlcPersonInput, { nullable: true, description: 'The contact (name, position and e-mail).' })
  contact?: GnlcPersonInput | null;

  @Field(() => GnlcCityProfileInput, { nullable: true, description: 'The city profile.' })
  profile?: GnlcCityProfileInput | null;

  @Extensions({ maxLength: 4000 })
  @Field(() => String, { nullable: true, description: 'Why the city wants to join; at most 200 words.' })
  motivation?: string | null;

  @Extensions({ maxLength: 4000 })
  @Field(() => String, { nullable: true, description: 'How the city builds a learning city; at most 200 words.' })
  implementation?: string | null;

  @Field(() => [GnlcChallengeRatingInput], { nullable: true, description: 'Challenges, each rated 1 to 5.' })
  challenges?: GnlcChallengeRatingInput[] | null;
}

@InputType('CreateGnlcApplicationInput', { description: 'A new GNLC application (starts as DRAFT).' })
export class CreateGnlcApplicationInput {
  @Field(() => String, { description: "Code of the applicant city's unit, as of `appliedOn`." })
  unitCode!: string;

  @Field(() => Int, { description: 'The call the application answers.' })
  callYear!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the application is opened, not in the future; default today.',
  })
  appliedOn?: string | null;

  @Field(() => GnlcApplicationFormInput, { description: 'The form so far.' })
  form!: GnlcApplicationFormInput;
}

@InputType('GnlcApplicationFilterInput', { description: 'Which GNLC applications to list.' })
export class GnlcApplicationFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Only applications of this unit or its subtree (the code as of `asOf`).',
  })
  unitCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day `unitCode` is read on; default today.' })
  asOf?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only applications in these workflow states.' })
  states?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only applications to this call.' })
  callYear?: number | null;
}
