import { assertAccess, assertMayWrite, missingRecord } from '../auth/access.js';
import { diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { assertVersion } from '../common/flush.js';
import { badInput, conflict } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnitParent } from './admin-unit-parent.entity.js';
import { AdminUnit } from './admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum } from './geography.enums.js';
import { findUnitByCode } from './geography.service.js';
import { checkVillage } from './village.rules.js';
import type { CreateVillageInput, UpdateVillageInput } from './village.types.js';

/** What a job outside GraphQL may add to a record it creates (the demo marks its rows). */
export interface CreateOptions {
  /** The row's `source`; default `user`. */
  source?: string;
}

/** Creates a village under a commune the caller may change; audited, in one transaction. */
export async function createVillage(
  ctx: RequestContext,
  input: CreateVillageInput,
  options: CreateOptions = {},
): Promise<AdminUnit> {
  assertMayWrite(ctx);
  const validFrom = input.validFrom ?? ctx.today;
  const commune = await findUnitByCode(ctx.em, input.communeCode, validFrom);
  if (commune) await assertAccess(ctx, 'WRITE', commune.id, validFrom);
  const problems = checkVillage({ name: input.name, validFrom }, commune);
  if (problems.length > 0 || !commune) throw badInput(problems);
  const codeTaken = (code: string) =>
    badInput([{ field: 'code', rule: 'UNIQUE', message: `${code} is already used by a village from ${validFrom}` }]);
  let code = input.code?.trim();
  return mutate(
    ctx,
    'village',
    async (tx, log) => {
      const siblings = await tx.count(AdminUnitParent, { parent: commune.id });
      code ||= `${commune.code}.${String(siblings + 1).padStart(3, '0')}`;
      if ((await tx.count(AdminUnit, { code, level: AdminLevel.VILLAGE, validFrom })) > 0) throw codeTaken(code);
      const village = tx.create(AdminUnit, {
        code,
        name: input.name.trim(),
        kind: AdminUnitKindEnum.VILLAGE,
        level: AdminLevel.VILLAGE,
        validFrom,
        validTo: null,
        source: options.source ?? 'user',
      });
      tx.create(AdminUnitParent, {
        unit: village,
        parent: tx.getReference(AdminUnit, commune.id),
        validFrom,
        validTo: null,
      });
      log.audit({
        action: 'geography.createVillage',
        entityType: 'AdminUnit',
        entityId: village.id,
        changes: { code, name: village.name, commune: commune.code, validFrom },
      });
      return village;
    },
    // Two villages created at once under one commune may be given the same next code.
    { onUnique: () => conflict(`Another village was just given code ${code ?? ''}. Try again.`, { rule: 'UNIQUE' }) },
  );
}

/**
 * Renames or closes a village. The caller states the version they read: a stale one means someone
 * else changed the village in between, and the update is refused rather than silently lost.
 */
export async function updateVillage(ctx: RequestContext, input: UpdateVillageInput): Promise<AdminUnit> {
  assertMayWrite(ctx);
  const id = idOfType(input.id, 'AdminUnit');
  const found = await ctx.em.findOne(AdminUnit, { id, level: AdminLevel.VILLAGE });
  if (!found) throw missingRecord(ctx, `No village has id ${input.id}.`);
  await assertAccess(ctx, 'WRITE', found.id, found.validFrom ?? ctx.today);
  const problems = checkVillage(
    { name: input.name, validFrom: found.validFrom, validTo: input.validTo },
    { level: AdminLevel.COMMUNE },
  );
  if (problems.length > 0) throw badInput(problems);
  assertVersion(found.version, input.expectedVersion, 'village');
  return mutate(ctx, 'village', async (tx, log) => {
    const village = await tx.findOneOrFail(AdminUnit, id);
    assertVersion(village.version, input.expectedVersion, 'village');
    const before = { name: village.name, validTo: village.validTo ?? null };
    if (input.name !== undefined && input.name !== null) village.name = input.name.trim();
    if (input.validTo !== undefined && input.validTo !== null) village.validTo = input.validTo;
    log.audit({
      action: 'geography.updateVillage',
      entityType: 'AdminUnit',
      entityId: village.id,
      changes: diff(before, { name: village.name, validTo: village.validTo ?? null }),
    });
    return village;
  });
}
