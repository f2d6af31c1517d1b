import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import type { Provenance } from '../../common/provenance.js';
import { DateScalar } from '../../common/scalars.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import { membershipLoaders } from './membership-query.service.js';
import { PROGRESS_PERIOD_PROVENANCE } from './membership.data.js';
import type { GnlcAwardNomination, GnlcAwardOutcome, GnlcMembership, GnlcProgressReport } from './membership.entity.js';
import type { AwardEligibility, ProgressPeriod } from './membership.rules.js';
import {
  listGnlcMemberships,
  membershipCurrentUnits,
  membershipReportsDue,
  membershipUnit,
  recordGnlcProgressReport,
} from './membership.service.js';
import { membershipEligibility, nominateGnlcCity, recordGnlcAwardOutcome } from './nomination.service.js';
import {
  GnlcAwardEligibilityType,
  GnlcAwardNominationType,
  GnlcAwardOutcomeEnum,
  GnlcMembershipType,
  GnlcProgressReportType,
  GnlcReportPeriodType,
  RecordGnlcProgressReportInput,
} from './membership.types.js';

/** Members are public: UNESCO publishes them. */
@Resolver(() => GnlcMembershipType)
export class GnlcMembershipResolver {
  @Query(() => [GnlcMembershipType], {
    description:
      'Members of the UNESCO Global Network of Learning Cities on a day (public), by year of joining. A member known only by its year is listed from that year.',
  })
  gnlcMemberships(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcMembership[]> {
    return listGnlcMemberships(ctx, asOf ?? ctx.today);
  }

  @Mutation(() => GnlcProgressReportType, {
    description:
      "Records a member's biennial progress report to UIL: an OFFICER of the city (or of a unit that covers it today), or an ADMIN.",
  })
  recordGnlcProgressReport(
    @Arg('input', () => RecordGnlcProgressReportInput) input: RecordGnlcProgressReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcProgressReport> {
    return recordGnlcProgressReport(ctx, input);
  }

  @Mutation(() => GnlcAwardNominationType, {
    description:
      'The National Commission (ADMIN) nominates a member for the UNESCO Learning City Award. Refused with the reasons when the city is not eligible on `nominatedOn`, and with NOMINATIONS_PER_COUNTRY beyond 2 cities per award.',
  })
  nominateGnlcCity(
    @Arg('membershipId', () => ID, { description: 'Global id of the membership.' }) membershipId: string,
    @Arg('awardYear', () => Int, { description: 'The year of the award edition.' }) awardYear: number,
    @Arg('nominatedOn', () => DateScalar, { description: 'The day of the nomination; not in the future.' })
    nominatedOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcAwardNomination> {
    return nominateGnlcCity(ctx, { membershipId, awardYear, nominatedOn });
  }

  @Mutation(() => GnlcAwardNominationType, {
    description: 'Records what became of a nomination (ADMIN). A stale `expectedVersion` answers CONFLICT.',
  })
  recordGnlcAwardOutcome(
    @Arg('nominationId', () => ID, { description: 'Global id of the nomination.' }) nominationId: string,
    @Arg('outcome', () => GnlcAwardOutcomeEnum, { description: 'What became of it.' }) outcome: GnlcAwardOutcome,
    @Arg('outcomeOn', () => DateScalar, {
      nullable: true,
      description:
        'The day it was decided, when known; a win counts from it (else from 31 December of the award year).',
    })
    outcomeOn: string | null,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read.' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcAwardNomination> {
    return recordGnlcAwardOutcome(ctx, { nominationId, outcome, outcomeOn, expectedVersion });
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() m: GnlcMembership): string {
    return toGlobalId('GnlcMembership', m.id);
  }

  @FieldResolver(() => AdminUnitType, {
    nullable: true,
    description: 'The unit `unitCode` named on `unitAsOf`; null while the map of that day is not imported.',
  })
  unit(@Root() m: GnlcMembership, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return membershipUnit(ctx, m);
  }

  @FieldResolver(() => [AdminUnitType], {
    description:
      "Today's units that cover the city: its unit while it exists, else its successors (for a district-level city abolished on 1 July 2025, the successors of its communes).",
  })
  currentUnits(@Root() m: GnlcMembership, @Ctx() ctx: RequestContext): Promise<AdminUnit[]> {
    return membershipCurrentUnits(ctx, m);
  }

  @FieldResolver(() => [GnlcReportPeriodType], {
    description:
      'Biennial periods that have ended without a progress report (required to stay a member). Periods are two calendar years from the first full year of membership: an assumption, not UIL’s calendar (see each period’s `provenance`).',
  })
  async progressReportsDue(
    @Root() m: GnlcMembership,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<(ProgressPeriod & { provenance: Provenance })[]> {
    const due = await membershipReportsDue(ctx, m, asOf ?? ctx.today);
    return due.map((p) => ({ ...p, provenance: PROGRESS_PERIOD_PROVENANCE }));
  }

  @FieldResolver(() => GnlcAwardEligibilityType, {
    description: 'Whether the city may be nominated for the UNESCO Learning City Award on a day.',
  })
  awardEligibility(
    @Root() m: GnlcMembership,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day of the nomination; default today.' })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AwardEligibility> {
    return membershipEligibility(ctx, m, on ?? ctx.today);
  }

  @FieldResolver(() => [GnlcProgressReportType], { description: 'Its progress reports, by period.' })
  progressReports(@Root() m: GnlcMembership, @Ctx() ctx: RequestContext): Promise<GnlcProgressReport[]> {
    return membershipLoaders(ctx).reports.load(m.id);
  }

  @FieldResolver(() => [GnlcAwardNominationType], { description: 'Its award nominations, by award year.' })
  nominations(@Root() m: GnlcMembership, @Ctx() ctx: RequestContext): Promise<GnlcAwardNomination[]> {
    return membershipLoaders(ctx).nominations.load(m.id);
  }
}

@Resolver(() => GnlcProgressReportType)
export class GnlcProgressReportResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: GnlcProgressReport): string {
    return toGlobalId('GnlcProgressReport', r.id);
  }
}

@Resolver(() => GnlcAwardNominationType)
export class GnlcAwardNominationResolver {
  @FieldResolver(() => ID, { description: 'Global id; pass it to `recordGnlcAwardOutcome`.' })
  id(@Root() n: GnlcAwardNomination): string {
    return toGlobalId('GnlcAwardNomination', n.id);
  }
}
