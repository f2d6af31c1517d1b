import { accessibleUnit, assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, type FieldProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode } from '../../geography/geography.service.js';
import { Subject } from '../../subjects/subject.entity.js';
import { SubjectKind } from '../../subjects/subject.enums.js';

import { FundEntry, StudyPromotionAssociation, StudyPromotionFund } from './association.entity.js';
import { balanceOf, checkEntry, checkMembersReport } from './association.rules.js';
import type {
  CreateAssociationInput,
  CreateFundInput,
  FundEntryInput,
  ReportMembersInput,
} from './association.types.js';

const nameProblem = (name: string): FieldProblem[] =>
  !name.trim() || name.length > 200
    ? [{ field: 'name', rule: 'LENGTH', message: 'must have 1 to 200 characters' }]
    : [];

export async function createAssociation(
  ctx: RequestContext,
  input: CreateAssociationInput,
): Promise<StudyPromotionAssociation> {
  assertMayWrite(ctx);
  const unit = await findUnitByCode(ctx.em, input.unitCode, input.foundedOn);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, input.foundedOn);
  // The organisation it belongs to must be one the caller may read, refused alike when missing.
  let organisation: Subject | null = null;
  if (input.organisationId) {
    organisation = await ctx.em.findOne(Subject, {
      id: idOfType(input.organisationId, 'Organisation', 'organisationId'),
      kind: SubjectKind.ORGANISATION,
    });
    if (!organisation) throw missingRecord(ctx, `organisationId: no organisation has id ${input.organisationId}.`);
    await assertAccess(ctx, 'READ_ROWS', organisation.unit.id);
  }
  const problems = nameProblem(input.name);
  if (input.foundedOn > ctx.today)
    problems.push({ field: 'foundedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit on ${input.foundedOn}` });
  if (problems.length > 0 || !unit) throw badInput(problems);
  return mutate(ctx, 'association', async (tx, log) => {
    const association = tx.create(StudyPromotionAssociation, {
      unit: tx.getReference(AdminUnit, unit.id),
      organisation: organisation ? tx.getReference(Subject, organisation.id) : null,
      name: input.name.trim(),
      foundedOn: input.foundedOn,
    });
    log.audit({
      action: 'programme.createAssociation',
      entityType: 'StudyPromotionAssociation',
      entityId: association.id,
      changes: { unit: unit.code, name: association.name },
    });
    return association;
  });
}

async function writableAssociation(ctx: RequestContext, globalId: string, field: string) {
  assertMayWrite(ctx);
  const association = await ctx.em.findOne(
    StudyPromotionAssociation,
    idOfType(globalId, 'StudyPromotionAssociation', field),
  );
  if (!association) throw missingRecord(ctx, `No association has id ${globalId}.`);
  await assertAccess(ctx, 'WRITE', association.unit.id, association.foundedOn);
  return association;
}

export async function reportMembers(
  ctx: RequestContext,
  input: ReportMembersInput,
): Promise<StudyPromotionAssociation> {
  const found = await writableAssociation(ctx, input.id, 'id');
  const problems = checkMembersReport(input, found.foundedOn, ctx.today);
  if (problems.length > 0) throw badInput(problems);
  assertVersion(found.version, input.expectedVersion, 'association');
  return mutate(ctx, 'association', async (tx, log) => {
    const association = await tx.findOneOrFail(StudyPromotionAssociation, found.id);
    assertVersion(association.version, input.expectedVersion, 'association');
    const before = association.members.find((m) => m.year === input.year)?.members ?? null;
    association.members = [
      ...association.members.filter((m) => m.year !== input.year),
      { year: input.year, members: input.members },
    ].sort((a, b) => a.year - b.year);
    log.audit({
      action: 'programme.reportMembers',
      entityType: 'StudyPromotionAssociation',
      entityId: association.id,
      changes: { year: input.year, members: [before, input.members] },
    });
    return association;
  });
}

export async function createFund(ctx: RequestContext, input: CreateFundInput): Promise<StudyPromotionFund> {
  const association = await writableAssociation(ctx, input.associationId, 'associationId');
  const problems = nameProblem(input.name);
  if (problems.length > 0) throw badInput(problems);
  return mutate(ctx, 'fund', async (tx, log) => {
    const fund = tx.create(StudyPromotionFund, {
      association: tx.getReference(StudyPromotionAssociation, association.id),
      name: input.name.trim(),
    });
    log.audit({
      action: 'programme.createFund',
      entityType: 'StudyPromotionFund',
      entityId: fund.id,
      changes: { name: fund.name },
    });
    return fund;
  });
}

/**
 * Records a donation or a scholarship. The fund's version is checked and bumped by every entry, so
 * two scholarships recorded at once cannot both spend the same balance.
 */
export async function recordFundEntry(ctx: RequestContext, input: FundEntryInput): Promise<StudyPromotionFund> {
  assertMayWrite(ctx);
  const id = idOfType(input.fundId, 'StudyPromotionFund', 'fundId');
  const found = await ctx.em.findOne(StudyPromotionFund, id, { populate: ['association'] });
  if (!found) throw missingRecord(ctx, `No fund has id ${input.fundId}.`);
  await assertAccess(ctx, 'WRITE', found.association.unit.id, found.association.foundedOn);
  return mutate(ctx, 'fund', async (tx, log) => {
    // Claim the version first: the row stays locked until commit, so a concurrent entry waits and
    // then finds the version moved (CONFLICT) instead of spending the same balance.
    const claimed = await tx.execute<{ version: number }[]>(
      'update study_promotion_fund set version = version + 1 where id = ? and version = ? returning version',
      [id, input.expectedVersion],
    );
    if (claimed.length === 0)
      throw conflict('The fund was changed by someone else since you read it. Reload it and try again.');
    const balanceVnd = balanceOf(await tx.find(FundEntry, { fund: id }));
    const problems = checkEntry(input, { balanceVnd, today: ctx.today });
    if (problems.length > 0) throw badInput(problems);
    const entry = tx.create(FundEntry, {
      fund: tx.getReference(StudyPromotionFund, id),
      kind: input.kind,
      date: input.date,
      amountVnd: input.amountVnd,
      counterpart: input.counterpart.trim(),
      donorType: input.donorType ?? null,
      note: input.note ?? null,
    });
    log.audit({
      action: 'programme.recordFundEntry',
      entityType: 'StudyPromotionFund',
      entityId: id,
      changes: { entry: entry.id, kind: entry.kind, amountVnd: entry.amountVnd },
    });
    await tx.flush();
    return tx.findOneOrFail(StudyPromotionFund, id, { refresh: true });
  });
}

export async function listAssociations(
  ctx: RequestContext,
  unitCode: string,
  asOf: string,
): Promise<StudyPromotionAssociation[]> {
  assertMayReadRows(ctx);
  const unit = await accessibleUnit(ctx, 'READ_ROWS', unitCode, asOf);
  // Its predecessors' associations too: codes were reused after 1/7/2025 (auth/covered-units.ts).
  const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId: unit.id, asOf });
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${cover.sql} select a.id from study_promotion_association a join sub on sub.id = a.unit_id where a.founded_on <= ?::date`,
    [...cover.params, asOf],
  );
  return ctx.em.find(
    StudyPromotionAssociation,
    { id: { $in: rows.map((r) => r.id) } },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
}
