import {
  Role,
  assertMayWrite,
  assertVersion,
  badInput,
  conflict,
  forbidden,
  mutate,
  pluginUnit,
  toGlobalId,
  type RequestContext,
} from '@hoctap/plugin-sdk';
import { ThaiBinhAnnualTarget } from './annual-target.entity.js';
import { checkAnnualTarget, claimDayOfYear, yearProblems, type AnnualTargetDraft } from './annual-target.rules.js';
import type { ThaiBinhAnnualTargetType } from './annual-target.types.js';
import { PLUGIN_ID, THAI_BINH_PROVINCES } from './provinces.js';

const SCOPE = { plugin: PLUGIN_ID, claims: THAI_BINH_PROVINCES };

export function toView(row: ThaiBinhAnnualTarget): ThaiBinhAnnualTargetType {
  return {
    id: toGlobalId('ThaiBinhAnnualTarget', row.id),
    year: row.year,
    indicator: row.indicator,
    percent: Number(row.percent),
    resolution: row.resolution,
    adoptedOn: row.adoptedOn,
    recordedBy: row.recordedBy,
    version: row.version,
  };
}

/** The targets of a year's plan; aggregates of the province, as of the year's last day it served. */
export async function listAnnualTargets(ctx: RequestContext, year: number): Promise<ThaiBinhAnnualTargetType[]> {
  const problems = yearProblems(year, SCOPE);
  const claim = claimDayOfYear(year, THAI_BINH_PROVINCES);
  if (problems.length > 0 || !claim) throw badInput(problems);
  await pluginUnit(ctx, {
    plugin: PLUGIN_ID,
    access: 'READ_AGGREGATE',
    code: claim.code,
    asOf: claim.day,
    field: 'year',
  });
  const rows = await ctx.em.find(ThaiBinhAnnualTarget, { year }, { orderBy: { indicator: 'asc' } });
  return rows.map(toView);
}

/**
 * Records a year's target, or changes it: a province officer (or an admin) with WRITE on the
 * province as of the adoption day. Changing an existing target needs the version read, so two
 * officers never overwrite each other silently. Audited.
 */
export async function setAnnualTarget(
  ctx: RequestContext,
  input: AnnualTargetDraft,
  expectedVersion: number | null,
): Promise<ThaiBinhAnnualTargetType> {
  assertMayWrite(ctx);
  const principal = ctx.principal;
  if (principal.kind !== 'user' || (principal.role !== Role.OFFICER && principal.role !== Role.ADMIN))
    throw forbidden('Only a province officer or an admin records the targets of the socio-economic plan.');
  // The year says which claim (and so which province unit) the target belongs to.
  const claim = claimDayOfYear(input.year, THAI_BINH_PROVINCES);
  if (claim)
    await pluginUnit(ctx, {
      plugin: PLUGIN_ID,
      access: 'WRITE',
      code: claim.code,
      asOf: claim.day,
      field: 'year',
    });
  const problems = checkAnnualTarget(input, { ...SCOPE, today: ctx.today });
  if (problems.length > 0 || !claim) throw badInput(problems);
  const values = {
    percent: input.percent,
    resolution: input.resolution.trim(),
    adoptedOn: input.adoptedOn,
    recordedBy: principal.subject,
  };
  const indicator = input.indicator.trim();
  return mutate(ctx, 'annual target', async (tx, log) => {
    // One writer at a time per year and indicator: the second sees the first's row and its version.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
      `thai-binh.annual-target:${input.year}:${indicator}`,
    ]);
    let row = await tx.findOne(ThaiBinhAnnualTarget, { year: input.year, indicator });
    const before = row ? { percent: Number(row.percent), resolution: row.resolution, adoptedOn: row.adoptedOn } : null;
    if (row) {
      if (expectedVersion === null)
        throw conflict(
          `Thái Bình's ${input.year} target for ${indicator} exists (version ${row.version}); pass expectedVersion to change it.`,
          { currentVersion: row.version },
        );
      assertVersion(row.version, expectedVersion, 'annual target');
      tx.assign(row, values);
    } else row = tx.create(ThaiBinhAnnualTarget, { year: input.year, indicator, ...values });
    log.audit({
      action: 'thaiBinh.setAnnualTarget',
      entityType: 'ThaiBinhAnnualTarget',
      entityId: row.id,
      changes: {
        year: input.year,
        indicator,
        before,
        after: { percent: values.percent, resolution: values.resolution, adoptedOn: values.adoptedOn },
      },
    });
    await tx.flush();
    return toView(row);
  });
}
