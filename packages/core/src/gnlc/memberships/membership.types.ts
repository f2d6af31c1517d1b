import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProvenanceType } from '../../common/provenance.types.js';
import { DateScalar } from '../../common/scalars.js';
import type { GnlcAwardOutcome } from './membership.entity.js';

export const GnlcAwardOutcomeEnum = { NOMINATED: 'NOMINATED', WON: 'WON', NOT_WON: 'NOT_WON' } as const satisfies {
  [O in GnlcAwardOutcome]: O;
};
registerEnumType(GnlcAwardOutcomeEnum, {
  name: 'GnlcAwardOutcome',
  description: 'What became of a nomination for the UNESCO Learning City Award.',
  valuesConfig: {
    NOMINATED: { description: 'Nominated; the jury has not decided yet.' },
    WON: { description: 'The city won the award (it then waits 6 years before it may be nominated again).' },
    NOT_WON: { description: 'The city did not win.' },
  },
});

// ---------------------------------------------------------------------------------------------
// Memberships, reports, nominations.

@ObjectType('GnlcMembership', {
  description:
    "A city's membership of the UNESCO Global Network of Learning Cities. It follows the city's unit to its successors after the map changes.",
})
export class GnlcMembershipType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'The city as UNESCO lists it, e.g. "Sa Đéc".' })
  cityName!: string;

  @Field(() => String, { description: "GSO code of the city's unit on `unitAsOf`." })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'A day on which `unitCode` named the city.' })
  unitAsOf!: string;

  @Field(() => Int, { description: 'The year the city joined.' })
  joinedYear!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day UIL admitted it, when known; otherwise only `joinedYear` is.',
  })
  joinedOn!: string | null;

  @Field(() => String, { description: 'Where the record comes from.' })
  source!: string;
}

@ObjectType('GnlcProgressReport', { description: "A member's biennial progress report to UIL." })
export class GnlcProgressReportType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'The two calendar years reported on, e.g. "2023-2024".' })
  period!: string;

  @Field(() => DateScalar, { description: 'The day it was submitted to UIL.' })
  submittedOn!: string;

  @Field(() => String, { description: 'Summary of what it reports.' })
  summary!: string;

  @Field(() => Int, { description: 'Increases with every change.' })
  version!: number;
}

@ObjectType('GnlcAwardNomination', {
  description: "The National Commission's nomination of a member for the UNESCO Learning City Award.",
})
export class GnlcAwardNominationType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => Int, { description: 'The year of the award edition.' })
  awardYear!: number;

  @Field(() => DateScalar, { description: 'The day of the nomination.' })
  nominatedOn!: string;

  @Field(() => GnlcAwardOutcomeEnum, { description: 'What became of it.' })
  outcome!: GnlcAwardOutcome;

  @Field(() => DateScalar, { nullable: true, description: 'The day the outcome was decided, when known.' })
  outcomeOn!: string | null;

  @Field(() => Int, { description: 'Pass it as `expectedVersion`; a stale one is refused with CONFLICT.' })
  version!: number;
}

@ObjectType('GnlcReportPeriod', { description: 'A biennial reporting period of a GNLC membership.' })
export class GnlcReportPeriodType {
  @Field(() => String, { description: 'The two calendar years, e.g. "2021-2022".' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;

  @Field(() => ProvenanceType, {
    description:
      'Whether the period is as UIL sets it: `verified: false`, since the sources say only that reports are biennial (the platform counts two calendar years from the first full year of membership).',
  })
  provenance!: ProvenanceType;
}

@ObjectType('GnlcEligibilityReason', { description: 'Why a member may not be nominated for the award on a day.' })
export class GnlcEligibilityReasonType {
  @Field(() => String, { description: 'The rule: MEMBERSHIP_UNDER_12_MONTHS or WINNER_WAITS_6_YEARS.' })
  rule!: string;

  @Field(() => String, { description: 'Explanation, with the days that matter.' })
  message!: string;
}

@ObjectType('GnlcAwardEligibility', {
  description:
    'Whether a member may be nominated for the UNESCO Learning City Award on a day: after more than 12 months of membership, and 6 years after a win.',
})
export class GnlcAwardEligibilityType {
  @Field(() => Boolean, { description: 'True when no rule stands in the way.' })
  eligible!: boolean;

  @Field(() => [GnlcEligibilityReasonType], { description: 'Each rule that stands in the way; empty when eligible.' })
  reasons!: GnlcEligibilityReasonType[];

  @Field(() => DateScalar, {
    description:
      'The day the membership counts from: the day of joining, or 31 December of the year when only the year is known (so eligibility is never overstated).',
  })
  countsFrom!: string;

  @Field(() => DateScalar, { description: 'The first day on which the city is eligible.' })
  eligibleFrom!: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs.

@InputType('RecordGnlcProgressReportInput', { description: "A member's biennial progress report." })
export class RecordGnlcProgressReportInput {
  @Field(() => ID, { description: 'Global id of the membership.' })
  membershipId!: string;

  @Field(() => String, {
    description: 'The two calendar years, e.g. "2021-2022" for a city that joined in 2020.',
  })
  period!: string;

  @Field(() => DateScalar, { description: 'The day it was submitted to UIL; not in the future.' })
  submittedOn!: string;

  @Extensions({ maxLength: 20000 })
  @Field(() => String, { description: 'Summary of what it reports.' })
  summary!: string;
}
