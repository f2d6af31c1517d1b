import { accessibleUnit, assertAccess } from '../auth/access.js';
import { coveredUnits } from '../auth/covered-units.js';
import { audit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import { assertVersion, flushOrConflict } from '../common/flush.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { findUnitByCode } from '../geography/geography.service.js';

import { coverageOf } from './coverage.service.js';
import { LearningCentre } from './learning-centre.entity.js';

const OPEN_ON = 'c.established_on <= ?::date and (c.closed_on is null or c.closed_on >= ?::date)';
import { checkCentre, checkCentreYear, withYear } from './learning-centre.rules.js';
import type { CreateLearningCentreInput, ReportLearningCentreYearInput } from './learning-centre.types.js';

export async function createLearningCentre(
  ctx: RequestContext,
  input: CreateLearningCentreInput,
): Promise<LearningCentre> {
  const problems = checkCentre(input, ctx.today);
  const unit = await findUnitByCode(ctx.em, input.communeCode, input.establishedOn);
  if (!unit)
    problems.push({ field: 'communeCode', rule: 'EXISTS', message: `names no unit on ${input.establishedOn}` });
  else if (unit.level !== AdminLevel.COMMUNE)
    problems.push({
      field: 'communeCode',
      rule: 'COMMUNE_LEVEL',
      message: `names a ${unit.level.toLowerCase()}, not a commune`,
    });
  if (problems.length > 0 || !unit) throw badInput(problems);
  await assertAccess(ctx, 'WRITE', unit.id, input.establishedOn);
  return ctx.em.transactional(async (tx) => {
    const centre = tx.create(LearningCentre, {
      unit: tx.getReference(AdminUnit, unit.id),
      name: input.name.trim(),
      establishedOn: input.establishedOn,
      facilities: { ...input.facilities },
    });
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.createLearningCentre',
        entityType: 'LearningCentre',
        entityId: centre.id,
        changes: { commune: unit.code, name: centre.name },
      },
      ctx.requestId,
    );
    return centre;
  });
}

export async function reportLearningCentreYear(
  ctx: RequestContext,
  input: ReportLearningCentreYearInput,
): Promise<LearningCentre> {
  const id = idOfType(input.id, 'LearningCentre');
  const found = await ctx.em.findOne(LearningCentre, id);
  if (!found) throw notFound(`No learning centre has id ${input.id}.`);
  await assertAccess(ctx, 'WRITE', found.unit.id, found.establishedOn);
  return ctx.em.transactional(async (tx) => {
    const centre = await tx.findOneOrFail(LearningCentre, id);
    assertVersion(centre.version, input.expectedVersion, 'centre');
    const report = {
      year: input.year,
      activities: input.activities.map((a) => a.trim()),
      participants: input.participants,
    };
    const problems = checkCentreYear(report, centre, ctx.today);
    if (problems.length > 0) throw badInput(problems);
    const before = centre.years.find((y) => y.year === input.year) ?? null;
    centre.years = withYear(centre.years, report);
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.reportLearningCentreYear',
        entityType: 'LearningCentre',
        entityId: centre.id,
        changes: { year: input.year, before, after: report },
      },
      ctx.requestId,
    );
    await flushOrConflict(tx, 'learning centre');
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
