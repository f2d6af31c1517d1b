import { assertAccess } from '../auth/access.js';
import { audit, diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { assertVersion, flushOrConflict } from '../common/flush.js';
import { badInput, notFound } from '../common/errors.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnitParent } from './admin-unit-parent.entity.js';
import { AdminUnit } from './admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum } from './geography.enums.js';
import { findUnitByCode, geographyLoaders } from './geography.service.js';
import { checkVillage } from './village.rules.js';
import type { CreateVillageInput, UpdateVillageInput } from './village.types.js';

/** Creates a village under a commune the caller may change; audited, in one transaction. */
export async function createVillage(ctx: RequestContext, input: CreateVillageInput): Promise<AdminUnit> {
  const validFrom = input.validFrom ?? ctx.today;
  const commune = await findUnitByCode(ctx.em, input.communeCode, validFrom);
  const problems = checkVillage({ name: input.name, validFrom }, commune);
  if (problems.length > 0 || !commune) throw badInput(problems);
  await assertAccess(ctx, 'WRITE', commune.id, validFrom);
  return ctx.em.transactional(async (tx) => {
    const siblings = await tx.count(AdminUnitParent, { parent: commune.id });
    const code = input.code?.trim() || `${commune.code}.${String(siblings + 1).padStart(3, '0')}`;
    const taken = await tx.count(AdminUnit, { code, level: AdminLevel.VILLAGE, validFrom });
    if (taken > 0)
      throw badInput([
        { field: 'code', rule: 'UNIQUE', message: `${code} is already used by a village from ${validFrom}` },
      ]);
    const village = tx.create(AdminUnit, {
      code,
      name: input.name.trim(),
      kind: AdminUnitKindEnum.VILLAGE,
      level: AdminLevel.VILLAGE,
      validFrom,
      validTo: null,
      source: 'user',
    });
    tx.create(AdminUnitParent, {
      unit: village,
      parent: tx.getReference(AdminUnit, commune.id),
      validFrom,
      validTo: null,
    });
    audit(
      tx,
      ctx.principal,
      {
        action: 'geography.createVillage',
        entityType: 'AdminUnit',
        entityId: village.id,
        changes: { code, name: village.name, commune: commune.code, validFrom },
      },
      ctx.requestId,
    );
    return village;
  });
}

/**
 * Renames or closes a village. The caller states the version they read: a stale one means someone
 * else changed the village in between, and the update is refused rather than silently lost.
 */
export async function updateVillage(ctx: RequestContext, input: UpdateVillageInput): Promise<AdminUnit> {
  const id = idOfType(input.id, 'AdminUnit');
  return ctx.em.transactional(async (tx) => {
    const village = await tx.findOne(AdminUnit, { id, level: AdminLevel.VILLAGE });
    if (!village) throw notFound(`No village has id ${input.id}.`);
    // The request's own manager, not the transaction's: the loaders outlive this transaction.
    const lineage = await geographyLoaders(ctx)
      .lineage(village.validFrom ?? ctx.today)
      .load(village.id);
    await assertAccess(ctx, 'WRITE', lineage[1] ?? village.id, village.validFrom ?? ctx.today);
    const problems = checkVillage(
      { name: input.name, validFrom: village.validFrom, validTo: input.validTo },
      { level: AdminLevel.COMMUNE },
    );
    if (problems.length > 0) throw badInput(problems);
    assertVersion(village.version, input.expectedVersion, 'village');

    const before = { name: village.name, validTo: village.validTo ?? null };
    if (input.name !== undefined && input.name !== null) village.name = input.name.trim();
    if (input.validTo !== undefined && input.validTo !== null) village.validTo = input.validTo;
    audit(
      tx,
      ctx.principal,
      {
        action: 'geography.updateVillage',
        entityType: 'AdminUnit',
        entityId: village.id,
        changes: diff(before, { name: village.name, validTo: village.validTo ?? null }),
      },
      ctx.requestId,
    );
    await flushOrConflict(tx, 'village');
    return village;
  });
}
