import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pageWindow } from '../common/connection.js';
import { toGlobalId } from '../common/node-id.js';
import { DateScalar } from '../common/scalars.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { AdminUnitType } from '../geography/geography.types.js';
import type { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { WorkflowActionType, WorkflowStepType } from '../workflows/workflow.types.js';
import { GNLC_CALL_WINDOWS, type GnlcCallWindow } from './gnlc.data.js';
import type { Provenance } from '../common/provenance.js';
import { PROGRESS_PERIOD_PROVENANCE } from './gnlc.data.js';
import type { GnlcApplication, GnlcAwardNomination, GnlcMembership, GnlcProgressReport } from './gnlc.entity.js';
import { checkApplicationForm, type AwardEligibility, type ProgressPeriod } from './gnlc.rules.js';
import {
  createGnlcApplication,
  gnlcApplicationActions,
  gnlcLoaders,
  listGnlcApplications,
  listGnlcMemberships,
  membershipCurrentUnits,
  membershipEligibility,
  membershipReportsDue,
  membershipUnit,
  nominateGnlcCity,
  readableGnlcApplication,
  recordGnlcAwardOutcome,
  recordGnlcProgressReport,
  updateGnlcApplication,
} from './gnlc.service.js';
import {
  CreateGnlcApplicationInput,
  GnlcApplicationConnection,
  GnlcApplicationFilterInput,
  GnlcApplicationFormInput,
  GnlcApplicationFormType,
  GnlcApplicationType,
  GnlcAwardEligibilityType,
  GnlcAwardNominationType,
  GnlcAwardOutcomeEnum,
  GnlcCallWindowType,
  GnlcFormProblemType,
  GnlcMembershipType,
  GnlcProgressReportType,
  GnlcReportPeriodType,
  RecordGnlcProgressReportInput,
} from './gnlc.types.js';
import type { GnlcAwardOutcome } from './gnlc.entity.js';

/** GNLC applications are the city's working files: officers of the city or above, and ADMIN, read them. */
@Resolver(() => GnlcApplicationType)
export class GnlcApplicationResolver {
  @Query(() => GnlcApplicationType, { description: 'One GNLC application by its global id.' })
  gnlcApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GnlcApplication> {
    return readableGnlcApplication(ctx, id);
  }

  @Query(() => GnlcApplicationConnection, {
    description: "GNLC applications in the caller's subtree (ADMIN: all), newest first.",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.min(Number(args.first ?? 20), 100),
  })
  gnlcApplications(
    @Arg('filter', () => GnlcApplicationFilterInput, { nullable: true }) filter: GnlcApplicationFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listGnlcApplications(ctx, filter ?? {}, pageWindow({ first, after }));
  }

  @Query(() => [GnlcCallWindowType], {
    description: 'The known calls for GNLC applications, oldest first; forwarding to UIL is possible only within one.',
  })
  gnlcCallWindows(): readonly GnlcCallWindow[] {
    return GNLC_CALL_WINDOWS;
  }

  @Mutation(() => GnlcApplicationType, {
    description:
      "Opens a GNLC application (DRAFT) for a city: an OFFICER with write access to the city's unit, or an ADMIN. Wrong form values are refused and nothing is written; `transition` SIGN needs the form complete.",
  })
  createGnlcApplication(
    @Arg('input', () => CreateGnlcApplicationInput) input: CreateGnlcApplicationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcApplication> {
    return createGnlcApplication(ctx, input);
  }

  @Mutation(() => GnlcApplicationType, {
    description: 'Replaces the form of a DRAFT application. A stale `expectedVersion` answers CONFLICT.',
  })
  updateGnlcApplication(
    @Arg('id', () => ID, { description: 'Global id of the application.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read.' }) expectedVersion: number,
    @Arg('form', () => GnlcApplicationFormInput, { description: 'The whole form.' }) form: GnlcApplicationFormInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GnlcApplication> {
    return updateGnlcApplication(ctx, { id, expectedVersion, form });
  }

  @FieldResolver(() => ID, { description: 'Global id; pass it to `transition`.' })
  id(@Root() a: GnlcApplication): string {
    return toGlobalId('GnlcApplication', a.id);
  }

  @FieldResolver(() => AdminUnitType, { description: "The applicant city's unit, as of `appliedOn`." })
  applicant(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(a.applicant.id);
  }

  @FieldResolver(() => GnlcApplicationFormType, { description: 'The form as entered.' })
  form(@Root() a: GnlcApplication): GnlcApplicationFormType {
    const f = a.form;
    return {
      commitsToBeijingDeclaration: f.commitsToBeijingDeclaration ?? null,
      commitsToKeyFeatures: f.commitsToKeyFeatures ?? null,
      mayor: f.mayor ? { name: null, position: null, email: null, phone: null, ...f.mayor } : null,
      contact: f.contact ? { name: null, position: null, email: null, phone: null, ...f.contact } : null,
      profile: f.profile
        ? {
            population: f.profile.population ?? null,
            areaKm2: f.profile.areaKm2 ?? null,
            gdpPerCapitaUsd: f.profile.gdpPerCapitaUsd ?? null,
            averageYearsOfSchoolingMale: f.profile.averageYearsOfSchoolingMale ?? null,
            averageYearsOfSchoolingFemale: f.profile.averageYearsOfSchoolingFemale ?? null,
          }
        : null,
      motivation: f.motivation ?? null,
      implementation: f.implementation ?? null,
      challenges: f.challenges ?? [],
    };
  }

  @FieldResolver(() => [GnlcFormProblemType], {
    description: 'What keeps the mayor from signing: every rule the form breaks; empty when it is complete.',
  })
  formProblems(@Root() a: GnlcApplication): GnlcFormProblemType[] {
    return checkApplicationForm(a.form);
  }

  @FieldResolver(() => GnlcMembershipType, {
    nullable: true,
    description: 'The membership UIL granted, once the application is MEMBER.',
  })
  async membership(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<GnlcMembership | null> {
    return (await gnlcLoaders(ctx).membershipOf.load(a.id))[0] ?? null;
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  async availableActions(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<WorkflowActionType[]> {
    return (await gnlcApplicationActions(ctx, a)).map((x) => ({ ...x, noteRequired: x.noteRequired ?? false }));
  }

  @FieldResolver(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<WorkflowTransition[]> {
    return gnlcLoaders(ctx).history.load(a.id);
  }
}

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
    return gnlcLoaders(ctx).reports.load(m.id);
  }

  @FieldResolver(() => [GnlcAwardNominationType], { description: 'Its award nominations, by award year.' })
  nominations(@Root() m: GnlcMembership, @Ctx() ctx: RequestContext): Promise<GnlcAwardNomination[]> {
    return gnlcLoaders(ctx).nominations.load(m.id);
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
