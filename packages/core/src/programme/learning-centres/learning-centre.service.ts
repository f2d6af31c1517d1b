import { accessibleUnit, assertAccess, assertMayWrite, missingRecord } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import type { RequestContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { AdminLevel } from '../../geography/geography.enums.js';
import { findUnitByCode } from '../../geography/geography.service.js';

import { coverageOf } from '../coverage.service.js';
import { LearningCentre } from './learning-centre.entity.js';

const OPEN_ON = 'c.established_on <= ?::date and (c.closed_on is null or c.closed_on >= ?::date)';
import { checkCentre, checkCentreYear, withYear } from './learning-centre.rules.js';
import type { CreateLearningCentreInput, ReportLearningCentreYearInput } from './learning-centre.types.js';

export async function createLearningCentre(
  ctx: RequestContext,
  input: CreateLearningCentreInput,
): Promise<LearningCentre> {
  assertMayWrite(ctx);
  const unit = await findUnitByCode(ctx.em, input.communeCode, input.establishedOn);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, input.establishedOn);
  const problems = checkCentre(input, ctx.today);
  if (!unit)
    problems.push({ field: 'communeCode', rule: 'EXISTS', message: `names no unit on ${input.establishedOn}` });
  else if (unit.level !== AdminLevel.COMMUNE)
    problems.push({
      field: 'communeCode',
      rule: 'COMMUNE_LEVEL',
      message: `names a ${unit.level.toLowerCase()}, not a commune`,
    });
  if (problems.length > 0 || !unit) throw badInput(problems);
  return mutate(ctx, 'learning centre', async (tx, log) => {
    const centre = tx.create(LearningCentre, {
      unit: tx.getReference(AdminUnit, unit.id),
      name: input.name.trim(),
      establishedOn: input.establishedOn,
      facilities: { ...input.facilities },
    });
    log.audit({
      action: 'programme.createLearningCentre',
      entityType: 'LearningCentre',
      entityId: centre.id,
      changes: { commune: unit.code, name: centre.name },
    });
    return centre;
  });
}

export async function reportLearningCentreYear(
  ctx: RequestContext,
  input: ReportLearningCentreYearInput,
): Promise<LearningCentre> {
  assertMayWrite(ctx);
  const id = idOfType(input.id, 'LearningCentre');
  const found = await ctx.em.findOne(LearningCentre, id);
  if (!found) throw missingRecord(ctx, `No learning centre has id ${input.id}.`);
  await assertAccess(ctx, 'WRITE', found.unit.id, found.establishedOn);
  const report = {
    year: input.year,
    activities: input.activities.map((a) => a.trim()),
    participants: input.participants,
  };
  const problems = checkCentreYear(report, found, ctx.today);
  if (problems.length > 0) throw badInput(problems);
  assertVersion(found.version, input.expectedVersion, 'centre');
  return mutate(ctx, 'learning centre', async (tx, log) => {
    const centre = await tx.findOneOrFail(LearningCentre, id);
    assertVersion(centre.version, input.expectedVersion, 'centre');
    const before = centre.years.find((y) => y.year === input.year) ?? null;
    centre.years = withYear(centre.years, report);
    log.audit({
      action: 'programme.reportLearningCentreYear',
      entityType: 'LearningCentre',
      entityId: centre.id,
      changes: { year: input.year, before, after: report },
    });
    return centre;
  });
}

/** Centres open on a day in a unit's subtree. */
export async function listLearningCentres(
  ctx: RequestContext,
  unitCode: string,
  asOf: string,
): Promise<LearningCentre[]> {
  const unit = await accessibleUnit(ctx, 'READ_AGGREGATE', unitCode, asOf);
  // Its predecessors' centres too, if still open: codes were reused after 1/7/2025.
  const cover = await coveredUnits(ctx, { access: 'READ_AGGREGATE', unitId: unit.id, asOf });
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${cover.sql} select c.id from learning_centre c join sub on sub.id = c.unit_id where ${OPEN_ON}`,
    [...cover.params, asOf, asOf],
  );
  return ctx.em.find(LearningCentre, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** How many communes of a subtree have an open centre on a day, naming those without. */
export function learningCentreCoverage(ctx: RequestContext, unitCode: string, asOf: string) {
  return coverageOf(
    ctx,
    { table: 'learning_centre', activeOn: OPEN_ON },
    { unitCode, level: AdminLevel.COMMUNE, asOf },
  );
}
