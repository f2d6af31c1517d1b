import { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../../auth/access.js';
import { diff } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, type FieldProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders } from '../../geography/geography.service.js';
import { workflowFor } from '../../workflows/workflow.extension.js';
import { isEditable, isLocked } from '../../workflows/workflow.rules.js';
import { assertApplicationAccess, assertOfficerOrAdmin } from './application-access.js';
import { GnlcApplication } from './application.entity.js';
import {
  checkApplicationForm,
  checkApplicationHeader,
  draftProblems,
  type GnlcApplicationForm,
} from './application.rules.js';
import type { CreateGnlcApplicationInput } from './application.types.js';
import { GNLC_APPLICATION_WORKFLOW_ID } from './application.workflow.js';

/** The form as stored: plain JSON, texts trimmed, empty texts as null. */
function plainForm(form: GnlcApplicationForm): GnlcApplicationForm {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const person = (p: GnlcApplicationForm['mayor']) =>
    p ? { name: text(p.name), position: text(p.position), email: text(p.email), phone: text(p.phone) } : null;
  const num = (value: number | null | undefined) => value ?? null;
  return {
    commitsToBeijingDeclaration: form.commitsToBeijingDeclaration ?? null,
    commitsToKeyFeatures: form.commitsToKeyFeatures ?? null,
    mayor: person(form.mayor),
    contact: person(form.contact),
    profile: form.profile
      ? {
          population: num(form.profile.population),
          areaKm2: num(form.profile.areaKm2),
          gdpPerCapitaUsd: num(form.profile.gdpPerCapitaUsd),
          averageYearsOfSchoolingMale: num(form.profile.averageYearsOfSchoolingMale),
          averageYearsOfSchoolingFemale: num(form.profile.averageYearsOfSchoolingFemale),
        }
      : null,
    motivation: text(form.motivation),
    implementation: text(form.implementation),
    challenges: (form.challenges ?? []).map((c) => ({ challenge: c.challenge.trim(), rating: c.rating })),
  };
}

/** Problems a form may not be saved with, named as input fields (`form.motivation`). */
function formInputProblems(form: GnlcApplicationForm): FieldProblem[] {
  return draftProblems(checkApplicationForm(form)).map((p) => ({ ...p, field: `form.${p.field}` }));
}

export async function createGnlcApplication(
  ctx: RequestContext,
  input: CreateGnlcApplicationInput,
): Promise<GnlcApplication> {
  assertMayWrite(ctx);
  assertOfficerOrAdmin(ctx, 'open a GNLC application');
  const appliedOn = input.appliedOn ?? ctx.today;
  const unit = await findUnitByCode(ctx.em, input.unitCode, appliedOn);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, appliedOn);
  const problems = checkApplicationHeader({ callYear: input.callYear, appliedOn }, ctx.today);
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit on ${appliedOn}` });
  const form = plainForm(input.form);
  problems.push(...formInputProblems(form));
  if (problems.length > 0 || !unit) throw badInput(problems);
  const lineage = await geographyLoaders(ctx).lineage(appliedOn).load(unit.id);
  const { definition } = workflowFor(ctx, GNLC_APPLICATION_WORKFLOW_ID, lineage.at(-1));
  return mutate(ctx, 'GNLC application', async (tx, log) => {
    const application = tx.create(GnlcApplication, {
      applicant: tx.getReference(AdminUnit, unit.id),
      lineage,
      appliedOn,
      callYear: input.callYear,
      form,
      state: definition.initial,
    });
    log.step({
      workflow: definition.id,
      targetId: application.id,
      action: 'CREATE',
      fromState: null,
      toState: definition.initial,
    });
    log.audit({
      action: 'gnlc.createApplication',
      entityType: 'GnlcApplication',
      entityId: application.id,
      changes: { unit: unit.code, appliedOn, callYear: input.callYear, form },
    });
    return application;
  });
}

export async function findGnlcApplication(
  ctx: RequestContext,
  globalId: string,
  em = ctx.em,
): Promise<GnlcApplication> {
  const application = await em.findOne(GnlcApplication, idOfType(globalId, 'GnlcApplication'));
  if (!application) throw missingRecord(ctx, `No GNLC application has id ${globalId}.`);
  return application;
}

/** An application the caller may read; FORBIDDEN outside their subtree, for analysts and anonymous callers. */
export async function readableGnlcApplication(ctx: RequestContext, globalId: string): Promise<GnlcApplication> {
  assertMayReadRows(ctx);
  const application = await findGnlcApplication(ctx, globalId);
  assertApplicationAccess(ctx, 'READ_ROWS', application);
  return application;
}

/** Replaces the form of a DRAFT application; a stale version answers CONFLICT and writes nothing. */
export async function updateGnlcApplication(
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; form: GnlcApplicationForm },
): Promise<GnlcApplication> {
  assertMayWrite(ctx);
  assertOfficerOrAdmin(ctx, 'change a GNLC application');
  return mutate(ctx, 'GNLC application', async (tx, log) => {
    const application = await findGnlcApplication(ctx, input.id, tx);
    assertApplicationAccess(ctx, 'WRITE', application);
    assertVersion(application.version, input.expectedVersion, 'GNLC application');
    const { definition } = workflowFor(ctx, GNLC_APPLICATION_WORKFLOW_ID, application.lineage.at(-1));
    if (!isEditable(definition, application.state))
      throw conflict(
        isLocked(definition, application.state)
          ? `The application is ${application.state} and locked: its form cannot change.`
          : `The application is ${application.state}: only a ${definition.initial} form can change; have it returned first.`,
        { rule: 'LOCKED', state: application.state },
      );
    const form = plainForm(input.form);
    const problems = formInputProblems(form);
    if (problems.length > 0) throw badInput(problems);
    const before = application.form;
    application.form = form;
    log.audit({
      action: 'gnlc.updateApplication',
      entityType: 'GnlcApplication',
      entityId: application.id,
      changes: diff({ ...before }, { ...form }),
    });
    return application;
  });
}
