import DataLoader from 'dataloader';
import { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../auth/access.js';
import { coveredUnits } from '../auth/covered-units.js';
import { isScoped } from '../auth/principal.js';
import { diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { assertVersion } from '../common/flush.js';
import { toLazyConnection } from '../common/connection.js';
import { mutate } from '../common/mutate.js';
import { badInput, notFound } from '../common/errors.js';
import { fromGlobalId } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders } from '../geography/geography.service.js';
import { Subject } from './subject.entity.js';
import type { CreateOptions } from '../geography/village.service.js';
import { SubjectKind } from './subject.enums.js';
import { checkSubject } from './subject.rules.js';
import { subjectTypeName, type CreateSubjectInput, type UpdateSubjectInput } from './subject.types.js';

/** Decodes a subject's global id (Household:…, Citizen:…, …) to its kind and row id. */
export function subjectIdOf(globalId: string, field = 'id'): { kind: SubjectKind; id: string } {
  const { type, id } = fromGlobalId(globalId, field);
  const kind = Object.values(SubjectKind).find((k) => subjectTypeName(k) === type);
  if (!kind) throw badInput([{ field, rule: 'GLOBAL_ID_TYPE', message: `names a ${type}, not a subject` }]);
  return { kind, id };
}

export function subjectLoader(ctx: Pick<RequestContext, 'em' | 'loaders'>) {
  return ctx.loaders.get(
    'subjects.byId',
    () =>
      new DataLoader<string, Subject | null>(async (ids) => {
        const rows = await ctx.em.find(Subject, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((s) => [s.id, s]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Loads a subject the caller may read (rows: READ_ROWS); refused alike when it does not exist or lies outside the scope. */
export async function readableSubject(ctx: RequestContext, globalId: string): Promise<Subject> {
  assertMayReadRows(ctx);
  const { kind, id } = subjectIdOf(globalId);
  const subject = await subjectLoader(ctx).load(id);
  if (!subject || subject.kind !== kind) throw missingRecord(ctx, `No subject has id ${globalId}.`);
  await assertAccess(ctx, 'READ_ROWS', subject.unit.id);
  return subject;
}

export async function createSubject(
  ctx: RequestContext,
  input: CreateSubjectInput,
  options: CreateOptions = {},
): Promise<Subject> {
  assertMayWrite(ctx);
  const asOf = input.asOf ?? ctx.today;
  const unit = await findUnitByCode(ctx.em, input.unitCode, asOf);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, asOf);
  const problems = checkSubject(input, { unitLevel: unit?.level ?? null, currentYear: Number(ctx.today.slice(0, 4)) });
  if (problems.length > 0 || !unit) throw badInput(problems);
  let household: Subject | null = null;
  if (input.householdCode) {
    household = await ctx.em.findOne(Subject, {
      kind: SubjectKind.HOUSEHOLD,
      unit: unit.id,
      code: input.householdCode.trim(),
    });
    if (!household)
      throw badInput([
        {
          field: 'householdCode',
          rule: 'EXISTS',
          message: `no household has code ${input.householdCode} in ${unit.code}`,
        },
      ]);
  }
  return mutate(
    ctx,
    'subject',
    async (tx, log) => {
      const subject = tx.create(Subject, {
        kind: input.kind,
        unit: tx.getReference(AdminUnit, unit.id),
        code: input.code.trim(),
        name: input.name.trim(),
        birthYear: input.birthYear ?? null,
        household: household ? tx.getReference(Subject, household.id) : null,
        organisationKind: input.organisationKind ?? null,
        ...(options.source ? { source: options.source } : {}),
      });
      log.audit({
        action: 'subjects.create',
        entityType: 'Subject',
        entityId: subject.id,
        changes: { kind: subject.kind, unit: unit.code, code: subject.code },
      });
      return subject;
    },
    {
      onUnique: () =>
        badInput([
          {
            field: 'code',
            rule: 'UNIQUE',
            message: `a ${input.kind.toLowerCase()} with code ${input.code} already exists in ${unit.code}`,
          },
        ]),
    },
  );
}

export async function updateSubject(ctx: RequestContext, input: UpdateSubjectInput): Promise<Subject> {
  assertMayWrite(ctx);
  const { id } = subjectIdOf(input.id);
  const found = await ctx.em.findOne(Subject, id);
  if (!found) throw missingRecord(ctx, `No subject has id ${input.id}.`);
  await assertAccess(ctx, 'WRITE', found.unit.id);
  const problems = checkSubject(
    { kind: found.kind, name: input.name, birthYear: input.birthYear },
    { unitLevel: null, currentYear: Number(ctx.today.slice(0, 4)), partial: true },
  );
  if (problems.length > 0) throw badInput(problems);
  assertVersion(found.version, input.expectedVersion, 'subject');
  return mutate(ctx, 'subject', async (tx, log) => {
    const subject = await tx.findOneOrFail(Subject, id);
    assertVersion(subject.version, input.expectedVersion, 'subject');
    const before = { name: subject.name, birthYear: subject.birthYear ?? null };
    if (input.name !== undefined && input.name !== null) subject.name = input.name.trim();
    if (input.birthYear !== undefined && input.birthYear !== null) subject.birthYear = input.birthYear;
    log.audit({
      action: 'subjects.update',
      entityType: 'Subject',
      entityId: subject.id,
      changes: diff(before, { name: subject.name, birthYear: subject.birthYear ?? null }),
    });
    return subject;
  });
}

/** SQL: ids of the unit bound at the first placeholder and its descendants on the date bound at the second. */
export const SUBTREE_SQL = `with recursive sub(id) as (
    select ?::uuid
    union
    select l.unit_id from admin_unit_parent l join sub on l.parent_id = sub.id
    where (l.valid_from is null or l.valid_from <= ?::date) and (l.valid_to is null or l.valid_to >= ?::date)
  )`;

export interface SubjectFilter {
  kind?: SubjectKind | null | undefined;
  unitCode?: string | null | undefined;
  asOf?: string | null | undefined;
  search?: string | null | undefined;
}

/** One page of the subjects the caller may read: a scoped caller sees their subtree only. */
export async function listSubjects(
  ctx: RequestContext,
  filter: SubjectFilter,
  window: { limit: number; offset: number },
): Promise<ReturnType<typeof toLazyConnection<Subject>>> {
  assertMayReadRows(ctx);
  const asOf = filter.asOf ?? ctx.today;
  let rootId: string | null = isScoped(ctx.principal) ? ctx.principal.unitId : null;
  if (filter.unitCode) {
    const unit = await findUnitByCode(ctx.em, filter.unitCode, asOf);
    if (!unit) throw notFound(`No administrative unit has code ${filter.unitCode} on ${asOf}.`);
    rootId = unit.id;
  }
  await assertAccess(ctx, 'READ_ROWS', rootId, asOf);
  const where: string[] = [];
  const params: unknown[] = [];
  let prefix = '';
  if (rootId) {
    // Its predecessors' subjects too: codes were reused after 1/7/2025 (auth/covered-units.ts).
    const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId: rootId, asOf });
    prefix = cover.sql;
    params.push(...cover.params);
    where.push('s.unit_id in (select id from sub)');
  }
  if (filter.kind) {
    where.push('s.kind = ?');
    params.push(filter.kind);
  }
  if (filter.search?.trim()) {
    where.push(`(s.code = ? or hoctap_unaccent(lower(s.name)) like '%' || hoctap_unaccent(lower(?)) || '%')`);
    params.push(filter.search.trim(), filter.search.trim());
  }
  const from = `from subject s ${where.length ? `where ${where.join(' and ')}` : ''}`;
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${prefix} select s.id ${from} order by s.kind, s.code, s.id limit ? offset ?`,
    [...params, window.limit + 1, window.offset],
  );
  const subjects = await subjectLoader(ctx).loadMany(rows.map((r) => r.id));
  return toLazyConnection(
    subjects.filter((s): s is Subject => s instanceof Subject),
    window,
    async () => {
      const [count] = await ctx.em.execute<{ n: string }[]>(`${prefix} select count(*) as n ${from}`, params);
      return Number(count?.n ?? 0);
    },
  );
}

/** The unit a subject belongs to, through the per-request unit loader. */
export async function unitOfSubject(ctx: RequestContext, subject: Subject): Promise<AdminUnit | null> {
  return geographyLoaders(ctx).unit.load(subject.unit.id);
}
