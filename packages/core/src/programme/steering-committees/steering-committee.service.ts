import { accessibleUnit, assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import { diff } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import type { AdminLevel } from '../../geography/geography.enums.js';
import { findUnitByCode } from '../../geography/geography.service.js';

import { coverageOf } from '../coverage.service.js';
import { SteeringCommittee } from './steering-committee.entity.js';
import { checkCommittee } from './steering-committee.rules.js';
import type { CreateSteeringCommitteeInput, UpdateSteeringCommitteeInput } from './steering-committee.types.js';

const trimMembers = (
  members: readonly { name: string; position: string; role: SteeringCommittee['members'][number]['role'] }[],
) => members.map((m) => ({ name: m.name.trim(), position: m.position.trim(), role: m.role }));

export async function createSteeringCommittee(
  ctx: RequestContext,
  input: CreateSteeringCommitteeInput,
): Promise<SteeringCommittee> {
  assertMayWrite(ctx);
  const activeFrom = input.activeFrom ?? input.decidedOn;
  const unit = await findUnitByCode(ctx.em, input.unitCode, activeFrom);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, activeFrom);
  const problems = checkCommittee({ ...input, activeFrom }, ctx.today);
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit on ${activeFrom}` });
  if (problems.length > 0 || !unit) throw badInput(problems);
  return mutate(ctx, 'steering committee', async (tx, log) => {
    const committee = tx.create(SteeringCommittee, {
      unit: tx.getReference(AdminUnit, unit.id),
      decisionNumber: input.decisionNumber.trim(),
      decidedOn: input.decidedOn,
      activeFrom,
      members: trimMembers(input.members),
    });
    log.audit({
      action: 'programme.createSteeringCommittee',
      entityType: 'SteeringCommittee',
      entityId: committee.id,
      changes: {
        unit: unit.code,
        decisionNumber: committee.decisionNumber,
        activeFrom,
        members: committee.members.length,
      },
    });
    return committee;
  });
}

export async function updateSteeringCommittee(
  ctx: RequestContext,
  input: UpdateSteeringCommitteeInput,
): Promise<SteeringCommittee> {
  assertMayWrite(ctx);
  const id = idOfType(input.id, 'SteeringCommittee');
  const found = await ctx.em.findOne(SteeringCommittee, id);
  if (!found) throw missingRecord(ctx, `No steering committee has id ${input.id}.`);
  await assertAccess(ctx, 'WRITE', found.unit.id, found.activeFrom);
  const problems = checkCommittee(
    { activeFrom: found.activeFrom, activeTo: input.activeTo, members: input.members },
    ctx.today,
  );
  if (problems.length > 0) throw badInput(problems);
  assertVersion(found.version, input.expectedVersion, 'committee');
  return mutate(ctx, 'steering committee', async (tx, log) => {
    const committee = await tx.findOneOrFail(SteeringCommittee, id);
    assertVersion(committee.version, input.expectedVersion, 'committee');
    const before = { activeTo: committee.activeTo ?? null, members: committee.members };
    if (input.activeTo) committee.activeTo = input.activeTo;
    if (input.members) committee.members = trimMembers(input.members);
    log.audit({
      action: 'programme.updateSteeringCommittee',
      entityType: 'SteeringCommittee',
      entityId: committee.id,
      changes: diff(before, { activeTo: committee.activeTo ?? null, members: committee.members }),
    });
    return committee;
  });
}

const activeOn = `c.active_from <= ?::date and (c.active_to is null or c.active_to >= ?::date)`;

/** Committees active on a day in a unit's subtree (rows: READ_ROWS). */
export async function listSteeringCommittees(
  ctx: RequestContext,
  unitCode: string,
  asOf: string,
): Promise<SteeringCommittee[]> {
  assertMayReadRows(ctx);
  const unit = await accessibleUnit(ctx, 'READ_ROWS', unitCode, asOf);
  // Its predecessors' committees too, if still active: codes were reused after 1/7/2025.
  const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId: unit.id, asOf });
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${cover.sql} select c.id from steering_committee c join sub on sub.id = c.unit_id where ${activeOn} order by c.active_from, c.id`,
    [...cover.params, asOf, asOf],
  );
  return ctx.em.find(
    SteeringCommittee,
    { id: { $in: rows.map((r) => r.id) } },
    { orderBy: { activeFrom: 'asc', id: 'asc' } },
  );
}

/** How many units of a level in a subtree have an active committee on a day. */
export function committeeCoverage(ctx: RequestContext, unitCode: string, level: AdminLevel, asOf: string) {
  return coverageOf(ctx, { table: 'steering_committee', activeOn }, { unitCode, level, asOf });
}
