import { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, notFound, type FieldProblem } from '../../common/errors.js';
import { mutate } from '../../common/mutate.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode } from '../../geography/geography.service.js';
import { Subject } from '../../subjects/subject.entity.js';
import { subjectIdOf } from '../../subjects/subject.service.js';
import { unitInYear } from '../../education-standards/education-standards.service.js';
import { lineageDay } from '../../evaluations/evaluation.rules.js';
import { Commendation } from './commendation.entity.js';
import type { RecordCommendationInput } from './commendation.types.js';

export async function recordCommendation(ctx: RequestContext, input: RecordCommendationInput): Promise<Commendation> {
  assertMayWrite(ctx);
  const unit = await findUnitByCode(ctx.em, input.unitCode, input.decidedOn);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, input.decidedOn);
  // The recipient, when named, is a record the caller may read: an id from elsewhere is refused
  // exactly as one that does not exist, so the answer never tells which.
  let subject: Subject | null = null;
  if (input.subjectId) {
    const { kind, id } = subjectIdOf(input.subjectId, 'subjectId');
    subject = await ctx.em.findOne(Subject, { id, kind });
    if (!subject) throw missingRecord(ctx, `subjectId: no subject has id ${input.subjectId}.`);
    await assertAccess(ctx, 'READ_ROWS', subject.unit.id);
  }
  const problems: FieldProblem[] = [];
  for (const field of ['recipient', 'title', 'authority', 'decisionNumber'] as const)
    if (!input[field].trim() || input[field].length > 300)
      problems.push({ field, rule: 'LENGTH', message: 'must have 1 to 300 characters' });
  if (input.decidedOn > ctx.today)
    problems.push({ field: 'decidedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit on ${input.decidedOn}` });
  if (problems.length > 0 || !unit) throw badInput(problems);
  return mutate(ctx, 'commendation', async (tx, log) => {
    const commendation = tx.create(Commendation, {
      unit: tx.getReference(AdminUnit, unit.id),
      subject: subject ? tx.getReference(Subject, subject.id) : null,
      recipient: input.recipient.trim(),
      title: input.title.trim(),
      authority: input.authority.trim(),
      decisionNumber: input.decisionNumber.trim(),
      decidedOn: input.decidedOn,
    });
    log.audit({
      action: 'programme.recordCommendation',
      entityType: 'Commendation',
      entityId: commendation.id,
      changes: { unit: unit.code, recipient: commendation.recipient, title: commendation.title },
    });
    return commendation;
  });
}

/** Commendations decided in a year in a unit's subtree (names of people: READ_ROWS). */
export async function listCommendations(ctx: RequestContext, unitCode: string, year: number): Promise<Commendation[]> {
  assertMayReadRows(ctx);
  const unit = await unitInYear(ctx.em, unitCode, year);
  if (!unit) throw notFound(`No administrative unit has code ${unitCode} in ${year}.`);
  const day = lineageDay(unit, year);
  await assertAccess(ctx, 'READ_ROWS', unit.id, day);
  // Its predecessors' commendations of that year too: codes were reused after 1/7/2025.
  const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId: unit.id, asOf: day });
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${cover.sql} select c.id from commendation c join sub on sub.id = c.unit_id
     where c.decided_on between ?::date and ?::date`,
    [...cover.params, `${year}-01-01`, `${year}-12-31`],
  );
  return ctx.em.find(
    Commendation,
    { id: { $in: rows.map((r) => r.id) } },
    { orderBy: { decidedOn: 'asc', id: 'asc' } },
  );
}
