import { accessibleUnit, assertAccess } from '../auth/access.js';
import { coveredUnits } from '../auth/covered-units.js';
import { audit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { badInput, conflict, notFound, type FieldProblem } from '../common/errors.js';
import { assertVersion, flushOrConflict } from '../common/flush.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { Subject } from '../subjects/subject.entity.js';
import { SubjectKind } from '../subjects/subject.enums.js';

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
  const problems = nameProblem(input.name);
  if (input.foundedOn > ctx.today)
    problems.push({ field: 'foundedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  const unit = await findUnitByCode(ctx.em, input.unitCode, input.foundedOn);
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit on ${input.foundedOn}` });
  let organisation: Subject | null = null;
  if (input.organisationId) {
    organisation = await ctx.em.findOne(Subject, {
      id: idOfType(input.organisationId, 'Organisation', 'organisationId'),
      kind: SubjectKind.ORGANISATION,
    });
    if (!organisation) problems.push({ field: 'organisationId', rule: 'EXISTS', message: 'names no organisation' });
  }
  if (problems.length > 0 || !unit) throw badInput(problems);
  await assertAccess(ctx, 'WRITE', unit.id, input.foundedOn);
  return ctx.em.transactional(async (tx) => {
    const association = tx.create(StudyPromotionAssociation, {
      unit: tx.getReference(AdminUnit, unit.id),
      organisation: organisation ? tx.getReference(Subject, organisation.id) : null,
      name: input.name.trim(),
      foundedOn: input.foundedOn,
    });
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.createAssociation',
        entityType: 'StudyPromotionAssociation',
        entityId: association.id,
        changes: { unit: unit.code, name: association.name },
      },
      ctx.requestId,
    );
    return association;
  });
}

async function writableAssociation(ctx: RequestContext, globalId: string, field: string) {
  const association = await ctx.em.findOne(
    StudyPromotionAssociation,
    idOfType(globalId, 'StudyPromotionAssociation', field),
  );
  if (!association) throw notFound(`No association has id ${globalId}.`);
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
  return ctx.em.transactional(async (tx) => {
    const association = await tx.findOneOrFail(StudyPromotionAssociation, found.id);
    assertVersion(association.version, input.expectedVersion, 'association');
    const before = association.members.find((m) => m.year === input.year)?.members ?? null;
    association.members = [
      ...association.members.filter((m) => m.year !== input.year),
      { year: input.year, members: input.members },
    ].sort((a, b) => a.year - b.year);
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.reportMembers',
        entityType: 'StudyPromotionAssociation',
        entityId: association.id,
        changes: { year: input.year, members: [before, input.members] },
      },
      ctx.requestId,
    );
    await flushOrConflict(tx, 'association');
    return association;
  });
}

export async function createFund(ctx: RequestContext, input: CreateFundInput): Promise<StudyPromotionFund> {
  const association = await writableAssociation(ctx, input.associationId, 'associationId');
  const problems = nameProblem(input.name);
  if (problems.length > 0) throw badInput(problems);
  return ctx.em.transactional(async (tx) => {
    const fund = tx.create(StudyPromotionFund, {
      association: tx.getReference(StudyPromotionAssociation, association.id),
      name: input.name.trim(),
    });
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.createFund',
        entityType: 'StudyPromotionFund',
        entityId: fund.id,
        changes: { name: fund.name },
      },
      ctx.requestId,
    );
    return fund;
  });
}

/**
 * Records a donation or a scholarship. The fund's version is checked and bumped by every entry, so
 * two scholarships recorded at once cannot both spend the same balance.
 */
export async function recordFundEntry(ctx: RequestContext, input: FundEntryInput): Promise<StudyPromotionFund> {
  const id = idOfType(input.fundId, 'StudyPromotionFund', 'fundId');
  const found = await ctx.em.findOne(StudyPromotionFund, id, { populate: ['association'] });
  if (!found) throw notFound(`No fund has id ${input.fundId}.`);
  await assertAccess(ctx, 'WRITE', found.association.unit.id, found.association.foundedOn);
  return ctx.em.transactional(async (tx) => {
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
    audit(
      tx,
      ctx.principal,
      {
        action: 'programme.recordFundEntry',
        entityType: 'StudyPromotionFund',
        entityId: id,
        changes: { entry: entry.id, kind: entry.kind, amountVnd: entry.amountVnd },
      },
      ctx.requestId,
    );
    await tx.flush();
    return tx.findOneOrFail(StudyPromotionFund, id, { refresh: true });
  });
}

export async function listAssociations(
  ctx: RequestContext,
  unitCode: string,
  asOf: string,
): Promise<StudyPromotionAssociation[]> {
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
