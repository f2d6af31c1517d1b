import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWrite, missingRecord } from '../../auth/access.js';
import { isScoped } from '../../auth/principal.js';
import { Role } from '../../auth/roles.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { membershipLoaders } from './membership-query.service.js';
import { GnlcMembership, GnlcProgressReport } from './membership.entity.js';
import { checkProgressReport, progressReportsDue, type ProgressPeriod } from './membership.rules.js';
import type { RecordGnlcProgressReportInput } from './membership.types.js';

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

/** A membership by its global id (`field` names the argument); an unknown id answers as `missingRecord` says. */
export async function findMembership(ctx: RequestContext, globalId: string, em: EntityManager, field: string) {
  const membership = await em.findOne(GnlcMembership, idOfType(globalId, 'GnlcMembership', field));
  if (!membership) throw missingRecord(ctx, `No GNLC membership has id ${globalId}.`);
  return membership;
}

/** The unit a membership names: its link, or the unit its code named on `unitAsOf` once that map is imported. */
export function membershipUnit(ctx: RequestContext, m: GnlcMembership): Promise<AdminUnit | null> {
  return membershipLoaders(ctx).membershipUnit.load(m.unit ? `id:${m.unit.id}` : `code:${m.unitCode}|${m.unitAsOf}`);
}

/** Today's units that cover the membership's city: it follows the city to its successors. */
export async function membershipCurrentUnits(ctx: RequestContext, m: GnlcMembership): Promise<AdminUnit[]> {
  const unit = await membershipUnit(ctx, m);
  if (!unit) return [];
  const ids = await membershipLoaders(ctx).covering.load(unit.id);
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
  return progressReportsDue(m, await membershipLoaders(ctx).reports.load(m.id), asOf);
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
      (await membershipLoaders(ctx).covering.load(unit.id)).map((id) => geo.lineage(ctx.today).load(id)),
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
