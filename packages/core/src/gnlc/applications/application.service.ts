import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../auth/access.js';
import { coveredUnits } from '../auth/covered-units.js';
import { isScoped } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { decideAccess, type Access } from '../auth/scope.rules.js';
import { diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { toLazyConnection } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound, type FieldProblem } from '../common/errors.js';
import { assertVersion } from '../common/flush.js';
import { mutate, type MutationLog } from '../common/mutate.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { currentUnits, findUnitByCode, geographyLoaders, uuidArray } from '../geography/geography.service.js';
import { registerWorkflowNode, workflowActions, type WorkflowNode } from '../workflows/workflow-kernel.js';
import { workflowFor } from '../workflows/workflow.extension.js';
import { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { isEditable, isLocked, standingOf, type ActionDefinition, type Standing } from '../workflows/workflow.rules.js';
import {
  GnlcApplication,
  GnlcAwardNomination,
  GnlcMembership,
  GnlcProgressReport,
  type GnlcAwardOutcome,
} from './gnlc.entity.js';
import {
  awardEligibility,
  checkApplicationForm,
  checkApplicationHeader,
  checkNomination,
  checkProgressReport,
  draftProblems,
  progressReportsDue,
  wonOn,
  type AwardEligibility,
  type GnlcApplicationForm,
  type ProgressPeriod,
} from './gnlc.rules.js';
import type {
  CreateGnlcApplicationInput,
  GnlcApplicationFilterInput,
  RecordGnlcProgressReportInput,
} from './gnlc.types.js';
import { GNLC_APPLICATION_WORKFLOW_ID, GNLC_FORWARDED_STATES, GNLC_MEMBER_STATE } from './gnlc.workflow.js';

// ---------------------------------------------------------------------------------------------
// Access and standing.

const roleOf = (ctx: RequestContext) => (ctx.principal.kind === 'user' ? ctx.principal.role : null);

/** Applications are the city's working files: READ_ROWS within the applicant's lineage (officers of it or above, ADMIN). */
function assertApplicationAccess(ctx: RequestContext, access: Access, application: GnlcApplication): void {
  const decision = decideAccess(ctx.principal, access, application.lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The city prepares its application through its government officers; an ADMIN may act for it. */
function assertOfficerOrAdmin(ctx: RequestContext, what: string): void {
  const role = roleOf(ctx);
  if (role !== Role.OFFICER && role !== Role.ADMIN) throw forbidden(`Only an OFFICER or an ADMIN may ${what}.`);
}

/** The caller's standing over the applicant's lineage: the applicant (index 0) stands OWN, its ancestors ABOVE. */
function standingTowards(ctx: RequestContext, application: Pick<GnlcApplication, 'lineage'>): Standing {
  const p = ctx.principal;
  return standingOf({
    role: roleOf(ctx),
    scopeUnitId: isScoped(p) ? p.unitId : null,
    lineage: application.lineage,
    evaluatingIndex: 0,
  });
}

// ---------------------------------------------------------------------------------------------
// Applications.

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

/** One page of applications the caller may read, newest first. */
export async function listGnlcApplications(
  ctx: RequestContext,
  filter: GnlcApplicationFilterInput,
  window: { limit: number; offset: number },
) {
  assertMayReadRows(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  let rootId: string | null = isScoped(ctx.principal) ? ctx.principal.unitId : null;
  let rootAsOf = ctx.today;
  if (filter.unitCode) {
    const asOf = filter.asOf ?? ctx.today;
    const unit = await findUnitByCode(ctx.em, filter.unitCode, asOf);
    if (!unit) throw notFound(`No administrative unit has code ${filter.unitCode} on ${asOf}.`);
    await assertAccess(ctx, 'READ_ROWS', unit.id, asOf);
    rootId = unit.id;
    rootAsOf = asOf;
  } else {
    await assertAccess(ctx, 'READ_ROWS', rootId);
  }
  // As for evaluations, a unit's applications include those of the units it succeeded (new
  // Đồng Tháp 82 lists old 87's cities'), gated on PARTIAL successions by the caller's access.
  const overlaps = async (unitId: string, asOf: string) => {
    const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId, asOf, subtree: false });
    where.push(`a.lineage && (${cover.sql} select array_agg(id) from sub)`);
    params.push(...cover.params);
  };
  // A scoped caller asking about a unit above their own still sees their subtree only.
  if (isScoped(ctx.principal) && rootId !== ctx.principal.unitId) await overlaps(ctx.principal.unitId, ctx.today);
  if (rootId) await overlaps(rootId, rootAsOf);
  if (filter.callYear !== undefined && filter.callYear !== null) {
    where.push('a.call_year = ?');
    params.push(filter.callYear);
  }
  if (filter.states?.length) {
    where.push('a.state = any(?::text[])');
    params.push(`{${filter.states.map((s) => JSON.stringify(s)).join(',')}}`);
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select a.* from gnlc_application a ${whereSql} order by a.id desc limit ? offset ?`,
    [...params, window.limit + 1, window.offset],
  );
  return toLazyConnection(
    rows.map((row) => ctx.em.map(GnlcApplication, row)),
    window,
    async () => {
      const [row] = await ctx.em.execute<{ n: string }[]>(
        `select count(*) as n from gnlc_application a ${whereSql}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
  );
}

/** What the guards of the GNLC application workflow read (see GNLC_APPLICATION_GUARDS). */
function factsOf(application: GnlcApplication, day: string, forwardedInCall: number) {
  return {
    formProblems: checkApplicationForm(application.form),
    day,
    callYear: application.callYear,
    forwardedInCall,
  };
}

/** Applications of a call already forwarded to UIL. */
async function forwardedInCall(em: EntityManager, callYear: number): Promise<number> {
  return em.count(GnlcApplication, { callYear, state: { $in: [...GNLC_FORWARDED_STATES] } });
}

/**
 * GNLC applications in the workflow kernel (the province's extension when a plugin serves it), on
 * `ctx.today`: forwarding to UIL must fall within the call window, and entering MEMBER records
 * UIL's decision and creates the membership, counting from that day, in the same transaction.
 */
export const GNLC_APPLICATION_NODE: WorkflowNode<GnlcApplication> = {
  typeName: 'GnlcApplication',
  what: 'GNLC application',
  workflowId: GNLC_APPLICATION_WORKFLOW_ID,
  auditAction: 'gnlc.transition',
  load: (em, id) => em.findOne(GnlcApplication, id),
  provinceOf: (a) => a.lineage.at(-1),
  // Serialises transitions within a call, so two forwards cannot both pass the per-country limit.
  lock: async (tx, a) =>
    void (await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`gnlc.call:${a.callYear}`])),
  access: (ctx, application) => assertApplicationAccess(ctx, 'READ_ROWS', application),
  async caller(ctx, application, em) {
    const forwarded = em
      ? await forwardedInCall(em, application.callYear)
      : await gnlcLoaders(ctx).forwardedInCall.load(application.callYear);
    return { standing: standingTowards(ctx, application), facts: factsOf(application, ctx.today, forwarded) };
  },
  async onTransition({ ctx, tx, log, record, to }) {
    if (to === 'SUBMITTED') record.submittedOn = ctx.today;
    if (to === GNLC_MEMBER_STATE || to === 'DECLINED') record.decidedOn = ctx.today;
    if (to === GNLC_MEMBER_STATE) await admit(ctx, tx, log, record);
  },
  onUnique: () =>
    conflict('The city already has a GNLC membership recorded under this code and day.', { rule: 'ALREADY_MEMBER' }),
};
registerWorkflowNode(GNLC_APPLICATION_NODE);

/** The actions the caller may take on the application now. */
export function gnlcApplicationActions(ctx: RequestContext, application: GnlcApplication): Promise<ActionDefinition[]> {
  return workflowActions(ctx, GNLC_APPLICATION_NODE, application);
}

/** Creates the membership UIL's decision grants, counting from the day the decision is recorded. */
async function admit(
  ctx: RequestContext,
  tx: EntityManager,
  log: MutationLog,
  application: GnlcApplication,
): Promise<void> {
  const unit = await tx.findOneOrFail(AdminUnit, application.applicant.id);
  const membership = tx.create(GnlcMembership, {
    cityName: unit.name,
    unitCode: unit.code,
    unitAsOf: application.appliedOn,
    unit,
    joinedYear: Number(ctx.today.slice(0, 4)),
    joinedOn: ctx.today,
    source: 'application',
    application,
  });
  log.audit({
    action: 'gnlc.admit',
    entityType: 'GnlcMembership',
    entityId: membership.id,
    changes: { unit: unit.code, unitAsOf: application.appliedOn, joinedOn: ctx.today, application: application.id },
  });
}

// ---------------------------------------------------------------------------------------------
// Memberships.

/** Members on a day: those that joined by then (by year when only the year is known). */
export async function listGnlcMemberships(ctx: RequestContext, asOf: string): Promise<GnlcMembership[]> {
  return ctx.em.find(
    GnlcMembership,
    {
      $or: [
        { joinedOn: { $ne: null, $lte: asOf } },
        { joinedOn: null, joinedYear: { $lte: Number(asOf.slice(0, 4)) } },
      ],
    },
    { orderBy: { joinedYear: 'asc', cityName: 'asc', id: 'asc' } },
  );
}

async function findMembership(ctx: RequestContext, globalId: string, em: EntityManager, field: string) {
  const membership = await em.findOne(GnlcMembership, idOfType(globalId, 'GnlcMembership', field));
  if (!membership) throw missingRecord(ctx, `No GNLC membership has id ${globalId}.`);
  return membership;
}

/** The unit a membership names: its link, or the unit its code named on `unitAsOf` once that map is imported. */
export function membershipUnit(ctx: RequestContext, m: GnlcMembership): Promise<AdminUnit | null> {
  return gnlcLoaders(ctx).membershipUnit.load(m.unit ? `id:${m.unit.id}` : `code:${m.unitCode}|${m.unitAsOf}`);
}

/** Today's units that cover the membership's city: it follows the city to its successors. */
export async function membershipCurrentUnits(ctx: RequestContext, m: GnlcMembership): Promise<AdminUnit[]> {
  const unit = await membershipUnit(ctx, m);
  if (!unit) return [];
  const ids = await gnlcLoaders(ctx).covering.load(unit.id);
  const units = await geographyLoaders(ctx).unit.loadMany(ids);
  return units
    .filter((u): u is AdminUnit => u instanceof AdminUnit)
    .sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
}

export async function membershipReportsDue(
  ctx: RequestContext,
  m: GnlcMembership,
  asOf: string,
): Promise<ProgressPeriod[]> {
  return progressReportsDue(m, await gnlcLoaders(ctx).reports.load(m.id), asOf);
}

/** The last day the membership's city won the award, or null. */
function lastWonOn(nominations: readonly GnlcAwardNomination[]): string | null {
  const wins = nominations.filter((n) => n.outcome === 'WON').map(wonOn);
  return wins.length > 0 ? wins.reduce((a, b) => (a > b ? a : b)) : null;
}

export async function membershipEligibility(
  ctx: RequestContext,
  m: GnlcMembership,
  on: string,
): Promise<AwardEligibility> {
  const nominations = await gnlcLoaders(ctx).nominations.load(m.id);
  return awardEligibility({
    joinedOn: m.joinedOn ?? null,
    joinedYear: m.joinedYear,
    nominationDay: on,
    lastWonOn: lastWonOn(nominations),
  });
}

/**
 * An OFFICER may act for a member city when scoped to the city's unit (or above) on `unitAsOf`,
 * or to one of today's units that cover it (the membership follows the city); an ADMIN always.
 */
async function assertMayActForMember(ctx: RequestContext, m: GnlcMembership): Promise<void> {
  const p = ctx.principal;
  if (p.kind === 'user' && p.role === Role.ADMIN) return;
  if (!isScoped(p) || p.role !== Role.OFFICER)
    throw forbidden('Only an OFFICER of the member city, or an ADMIN, may act for a GNLC member.');
  const unit = await membershipUnit(ctx, m);
  if (unit) {
    const geo = geographyLoaders(ctx);
    if ((await geo.lineage(m.unitAsOf).load(unit.id)).includes(p.unitId)) return;
    const lineages = await Promise.all(
      (await gnlcLoaders(ctx).covering.load(unit.id)).map((id) => geo.lineage(ctx.today).load(id)),
    );
    if (lineages.some((l) => l.includes(p.unitId))) return;
  }
  throw forbidden(`OFFICER of unit ${p.unitCode} may act only for a member city within that unit's subtree.`);
}

export async function recordGnlcProgressReport(
  ctx: RequestContext,
  input: RecordGnlcProgressReportInput,
): Promise<GnlcProgressReport> {
  assertMayWrite(ctx);
  const membership = await findMembership(ctx, input.membershipId, ctx.em, 'membershipId');
  await assertMayActForMember(ctx, membership);
  const problems = checkProgressReport(input, membership, ctx.today);
  if (problems.length > 0) throw badInput(problems);
  return mutate(
    ctx,
    'progress report',
    async (tx, log) => {
      const report = tx.create(GnlcProgressReport, {
        membership: tx.getReference(GnlcMembership, membership.id),
        period: input.period,
        submittedOn: input.submittedOn,
        summary: input.summary.trim(),
      });
      log.audit({
        action: 'gnlc.recordProgressReport',
        entityType: 'GnlcProgressReport',
        entityId: report.id,
        changes: { membership: membership.id, period: input.period, submittedOn: input.submittedOn },
      });
      return report;
    },
    {
      onUnique: () =>
        conflict(`${membership.cityName} already has a progress report for ${input.period}.`, {
          rule: 'ONE_PER_PERIOD',
        }),
    },
  );
}

/** The National Commission for UNESCO nominates: ADMIN only. */
function assertNationalCommission(ctx: RequestContext, what: string): void {
  if (roleOf(ctx) !== Role.ADMIN) throw forbidden(`Only an ADMIN (the National Commission for UNESCO) may ${what}.`);
}

/**
 * Nominates a member for an edition of the UNESCO Learning City Award: the city must be eligible
 * on `nominatedOn`, and at most NOMINATIONS_PER_COUNTRY cities are nominated per award. Concurrent
 * nominations for one award are serialised, so the limit holds under races.
 */
export async function nominateGnlcCity(
  ctx: RequestContext,
  input: { membershipId: string; awardYear: number; nominatedOn: string },
): Promise<GnlcAwardNomination> {
  assertMayWrite(ctx);
  assertNationalCommission(ctx, 'nominate a city for the UNESCO Learning City Award');
  return mutate(
    ctx,
    'nomination',
    async (tx, log) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`gnlc.award:${input.awardYear}`]);
      const membership = await findMembership(ctx, input.membershipId, tx, 'membershipId');
      const nominations = await tx.find(GnlcAwardNomination, { membership: membership.id });
      if (nominations.some((n) => n.awardYear === input.awardYear))
        throw conflict(`${membership.cityName} is already nominated for the ${input.awardYear} award.`, {
          rule: 'ONE_PER_AWARD',
        });
      const eligibility = awardEligibility({
        joinedOn: membership.joinedOn ?? null,
        joinedYear: membership.joinedYear,
        nominationDay: input.nominatedOn,
        lastWonOn: lastWonOn(nominations),
      });
      const alreadyNominated = await tx.count(GnlcAwardNomination, { awardYear: input.awardYear });
      const problems = checkNomination({ ...input, eligibility, alreadyNominated, today: ctx.today });
      if (problems.length > 0) throw badInput(problems);
      const nomination = tx.create(GnlcAwardNomination, {
        membership: tx.getReference(GnlcMembership, membership.id),
        awardYear: input.awardYear,
        nominatedOn: input.nominatedOn,
      });
      log.audit({
        action: 'gnlc.nominate',
        entityType: 'GnlcAwardNomination',
        entityId: nomination.id,
        changes: { membership: membership.id, city: membership.cityName, ...input },
      });
      return nomination;
    },
    { onUnique: () => conflict('The city is already nominated for this award.', { rule: 'ONE_PER_AWARD' }) },
  );
}

/** Records what became of a nomination; a stale version answers CONFLICT. */
export async function recordGnlcAwardOutcome(
  ctx: RequestContext,
  input: { nominationId: string; outcome: GnlcAwardOutcome; outcomeOn?: string | null; expectedVersion: number },
): Promise<GnlcAwardNomination> {
  assertMayWrite(ctx);
  assertNationalCommission(ctx, 'record the outcome of a nomination');
  const problems: FieldProblem[] = [];
  if (input.outcomeOn && input.outcomeOn > ctx.today)
    problems.push({ field: 'outcomeOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (input.outcome === 'NOMINATED' && input.outcomeOn)
    problems.push({ field: 'outcomeOn', rule: 'UNDECIDED', message: 'a nomination still open has no outcome day' });
  if (problems.length > 0) throw badInput(problems);
  return mutate(ctx, 'nomination', async (tx, log) => {
    const nomination = await tx.findOne(
      GnlcAwardNomination,
      idOfType(input.nominationId, 'GnlcAwardNomination', 'nominationId'),
    );
    if (!nomination) throw notFound(`No GNLC award nomination has id ${input.nominationId}.`);
    assertVersion(nomination.version, input.expectedVersion, 'nomination');
    const before = { outcome: nomination.outcome, outcomeOn: nomination.outcomeOn ?? null };
    nomination.outcome = input.outcome;
    nomination.outcomeOn = input.outcomeOn ?? null;
    log.audit({
      action: 'gnlc.recordAwardOutcome',
      entityType: 'GnlcAwardNomination',
      entityId: nomination.id,
      changes: diff(before, { outcome: nomination.outcome, outcomeOn: nomination.outcomeOn }),
    });
    return nomination;
  });
}

// ---------------------------------------------------------------------------------------------
// Per-request loaders: every relation a client can ask for is one query per request level.

/** Ids of today's units covering each unit: itself or its successors; for a unit abolished without successions of its own (a district-level city), those of its communes on its last day. */
async function coveringUnits(em: EntityManager, ids: readonly string[], today: string): Promise<Map<string, string[]>> {
  const direct = await currentUnits(em, ids, today);
  const missing = ids.filter((id) => !direct.get(id)?.length);
  if (missing.length === 0) return direct;
  const links = await em.execute<{ parent_id: string; unit_id: string }[]>(
    `select l.parent_id, l.unit_id from admin_unit_parent l join admin_unit p on p.id = l.parent_id
     cross join lateral (select least(coalesce(p.valid_to, ?::date), ?::date) as day) d
     where l.parent_id = any(?::uuid[])
       and (l.valid_from is null or l.valid_from <= d.day) and (l.valid_to is null or l.valid_to >= d.day)`,
    [today, today, uuidArray(missing)],
  );
  const below = await currentUnits(em, [...new Set(links.map((l) => l.unit_id))], today);
  const result = new Map(direct);
  for (const link of links) {
    const ids = new Set([...(result.get(link.parent_id) ?? []), ...(below.get(link.unit_id) ?? [])]);
    result.set(link.parent_id, [...ids]);
  }
  return result;
}

/**
 * Units of memberships in one batch, keyed `id:<unit id>` for a linked membership or
 * `code:<code>|<day>` for one whose map was not imported when it was recorded: the unit the code
 * named that day (the same choice as findUnitByCode).
 */
async function membershipUnits(em: EntityManager, keys: readonly string[]): Promise<Map<string, AdminUnit>> {
  const pairs = keys.filter((k) => k.startsWith('code:')).map((k) => k.slice(5).split('|') as [string, string]);
  const byCode =
    pairs.length === 0
      ? []
      : await em.execute<{ key: string; id: string }[]>(
          `select distinct on (v.code, v.day) 'code:' || v.code || '|' || v.day::text as key, u.id
           from unnest(?::text[], ?::date[]) as v(code, day)
           join admin_unit u on u.code = v.code
             and (u.valid_from is null or u.valid_from <= v.day) and (u.valid_to is null or u.valid_to >= v.day)
           order by v.code, v.day, u.level`,
          [`{${pairs.map(([c]) => JSON.stringify(c)).join(',')}}`, `{${pairs.map(([, d]) => d).join(',')}}`],
        );
  const rows = [...keys.filter((k) => k.startsWith('id:')).map((key) => ({ key, id: key.slice(3) })), ...byCode];
  const units = await em.find(AdminUnit, { id: { $in: [...new Set(rows.map((r) => r.id))] } });
  const byId = new Map(units.map((u) => [u.id, u]));
  return new Map(rows.flatMap((r) => (byId.has(r.id) ? [[r.key, byId.get(r.id)!] as const] : [])));
}

function groupedLoader<T>(ctx: RequestContext, key: string, load: (ids: string[]) => Promise<Map<string, T[]>>) {
  return ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const found = await load([...ids]);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );
}

export function gnlcLoaders(ctx: RequestContext) {
  const { em } = ctx;
  return {
    reports: groupedLoader(ctx, 'gnlc.reports', async (ids) =>
      Map.groupBy(
        await em.find(GnlcProgressReport, { membership: { $in: ids } }, { orderBy: { period: 'asc', id: 'asc' } }),
        (r) => r.membership.id,
      ),
    ),
    nominations: groupedLoader(ctx, 'gnlc.nominations', async (ids) =>
      Map.groupBy(
        await em.find(GnlcAwardNomination, { membership: { $in: ids } }, { orderBy: { awardYear: 'asc', id: 'asc' } }),
        (n) => n.membership.id,
      ),
    ),
    history: groupedLoader(ctx, 'gnlc.history', async (ids) =>
      Map.groupBy(
        await em.find(WorkflowTransition, { targetId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
        (t) => t.targetId,
      ),
    ),
    membershipOf: groupedLoader(ctx, 'gnlc.membershipOf', async (ids) =>
      Map.groupBy(await em.find(GnlcMembership, { application: { $in: ids } }), (m) => m.application!.id),
    ),
    covering: groupedLoader(ctx, 'gnlc.covering', (ids) => coveringUnits(em, ids, ctx.today)),
    membershipUnit: ctx.loaders.get(
      'gnlc.membershipUnit',
      () =>
        new DataLoader<string, AdminUnit | null>(async (keys) => {
          const found = await membershipUnits(em, keys);
          return keys.map((k) => found.get(k) ?? null);
        }),
    ),
    forwardedInCall: ctx.loaders.get(
      'gnlc.forwardedInCall',
      () =>
        new DataLoader<number, number>(async (years) => {
          const rows = await em.execute<{ call_year: number; n: string }[]>(
            `select call_year, count(*) as n from gnlc_application
             where call_year = any(?::int[]) and state = any(?::text[]) group by call_year`,
            [`{${years.join(',')}}`, `{${GNLC_FORWARDED_STATES.map((s) => JSON.stringify(s)).join(',')}}`],
          );
          const counts = new Map(rows.map((r) => [Number(r.call_year), Number(r.n)]));
          return years.map((y) => counts.get(y) ?? 0);
        }),
    ),
  };
}
