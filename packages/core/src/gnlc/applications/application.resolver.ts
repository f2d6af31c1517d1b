import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { pageWindow } from '../../common/connection.js';
import { toGlobalId } from '../../common/node-id.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import type { WorkflowTransition } from '../../workflows/workflow-transition.entity.js';
import { WorkflowActionType, WorkflowStepType } from '../../workflows/workflow.types.js';
import type { GnlcMembership } from '../memberships/membership.entity.js';
import { GnlcMembershipType } from '../memberships/membership.types.js';
import { applicationLoaders, listGnlcApplications } from './application-query.service.js';
import { gnlcApplicationActions } from './application-workflow.service.js';
import { GNLC_CALL_WINDOWS, type GnlcCallWindow } from './application.data.js';
import type { GnlcApplication } from './application.entity.js';
import { checkApplicationForm } from './application.rules.js';
import { createGnlcApplication, readableGnlcApplication, updateGnlcApplication } from './application.service.js';
import {
  CreateGnlcApplicationInput,
  GnlcApplicationConnection,
  GnlcApplicationFilterInput,
  GnlcApplicationFormInput,
  GnlcApplicationFormType,
  GnlcApplicationType,
  GnlcCallWindowType,
  GnlcFormProblemType,
} from './application.types.js';

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
    return (await applicationLoaders(ctx).membershipOf.load(a.id))[0] ?? null;
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  async availableActions(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<WorkflowActionType[]> {
    return (await gnlcApplicationActions(ctx, a)).map((x) => ({ ...x, noteRequired: x.noteRequired ?? false }));
  }

  @FieldResolver(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history(@Root() a: GnlcApplication, @Ctx() ctx: RequestContext): Promise<WorkflowTransition[]> {
    return applicationLoaders(ctx).history.load(a.id);
  }
}
