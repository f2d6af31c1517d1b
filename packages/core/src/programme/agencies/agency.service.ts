import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAccess } from '../../auth/access.js';
import type { RequestContext } from '../../common/context.js';
import { toLazyConnection } from '../../common/connection.js';
import { notFound, type FieldProblem } from '../../common/errors.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode, fullPredecessorAmong } from '../../geography/geography.service.js';
import { Agency } from './agency.entity.js';
import type { AgencyDefinition, AgencyKind } from './agency.model.js';
import { agencyDefinitionProblems, grantAgencyProblem, type AgencyNames } from './agency.rules.js';

/** Writes one source's agencies, by code; returns how many were created or changed. Throws naming any bad one. */
export async function upsertAgencies(
  em: EntityManager,
  defs: readonly AgencyDefinition[],
  source: string,
  today: string,
): Promise<number> {
  const problems = agencyDefinitionProblems(defs);
  if (problems.length > 0) throw new Error(`Bad agencies of ${source}:\n  ${problems.join('\n  ')}`);
  const existing = new Map((await em.find(Agency, { code: { $in: defs.map((d) => d.code) } })).map((a) => [a.code, a]));
  let changed = 0;
  for (const def of defs) {
    let unitId: string | null = null;
    if (def.unitCode) {
      const day = def.unitOn ?? today;
      const unit = await findUnitByCode(em, def.unitCode, day);
      if (!unit) throw new Error(`agency ${def.code}: no administrative unit has code ${def.unitCode} on ${day}.`);
      unitId = unit.id;
    }
    const current = existing.get(def.code);
    if (current && current.source !== source)
      throw new Error(`agency ${def.code}: already shipped by ${current.source}, not ${source}.`);
    const values = {
      name: def.name,
      kind: def.kind,
      unit: unitId ? em.getReference(AdminUnit, unitId) : null,
      aliases: [...(def.aliases ?? [])],
      source,
    };
    if (!current) {
      em.create(Agency, { code: def.code, ...values });
      changed++;
    } else if (
      current.name !== def.name ||
      current.kind !== def.kind ||
      (current.unit?.id ?? null) !== unitId ||
      JSON.stringify(current.aliases) !== JSON.stringify(values.aliases)
    ) {
      em.assign(current, values);
      changed++;
    }
  }
  await em.flush();
  return changed;
}

/** Every agency's names, for matching a plan's strings (a few hundred rows at most). */
export async function agencyNames(em: EntityManager): Promise<AgencyNames[]> {
  const rows = await em.find(Agency, {}, { orderBy: { code: 'asc' } });
  return rows.map((a) => ({ code: a.code, name: a.name, aliases: a.aliases, unitId: a.unit?.id ?? null }));
}

export interface AgencyFilter {
  /** Agencies of the unit with this code (national ones: "VN"); all when absent. */
  unitCode?: string | null | undefined;
  kind?: AgencyKind | null | undefined;
  /** Part of the name or an alias, without accents. */
  search?: string | null | undefined;
  asOf?: string | null | undefined;
}

export const NATIONAL = 'VN';

/** Agencies are published reference data (names of public bodies): everyone may read them. */
export async function listAgencies(
  ctx: RequestContext,
  filter: AgencyFilter,
  window: { limit: number; offset: number },
) {
  await assertAccess(ctx, 'READ_PUBLIC', null);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.unitCode === NATIONAL) where.push('a.unit_id is null');
  else if (filter.unitCode) {
    const asOf = filter.asOf ?? ctx.today;
    const unit = await findUnitByCode(ctx.em, filter.unitCode, asOf);
    if (!unit)
      throw notFound(
        `Không có đơn vị mã ${filter.unitCode} / no administrative unit has code ${filter.unitCode} on ${asOf}.`,
      );
    where.push('a.unit_id = ?');
    params.push(unit.id);
  }
  if (filter.kind) {
    where.push('a.kind = ?');
    params.push(filter.kind);
  }
  if (filter.search?.trim()) {
    where.push(`hoctap_unaccent(lower(a.name || ' ' || a.aliases::text)) like '%' || hoctap_unaccent(lower(?)) || '%'`);
    params.push(filter.search.trim());
  }
  const clause = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const rows = await ctx.em.execute<{ code: string }[]>(
    `select a.code from agency a ${clause} order by a.code limit ? offset ?`,
    [...params, window.limit + 1, window.offset],
  );
  const byCode = new Map(
    (await ctx.em.find(Agency, { code: { $in: rows.map((r) => r.code) } })).map((a) => [a.code, a]),
  );
  return toLazyConnection(
    rows.map((r) => byCode.get(r.code)!),
    window,
    async () =>
      Number((await ctx.em.execute<{ n: string }[]>(`select count(*) n from agency a ${clause}`, params))[0]!.n),
  );
}

export async function findAgency(ctx: RequestContext, code: string): Promise<Agency | null> {
  await assertAccess(ctx, 'READ_PUBLIC', null);
  if (code.length > 50) return null;
  return ctx.em.findOne(Agency, { code });
}

/** A problem when `code` names no agency of the unit (or, with `orNational`, no national agency either). */
export async function agencyOfUnitProblem(
  em: EntityManager,
  field: string,
  code: string,
  unit: { id: string; orNational?: boolean },
): Promise<FieldProblem | null> {
  const agency = await em.findOne(Agency, { code });
  if (!agency)
    return { field, rule: 'AGENCY_EXISTS', message: `Không có cơ quan mã ${code} / no agency has code ${code}` };
  const unitOf = agency.unit?.id ?? null;
  if (unitOf === unit.id || (unit.orNational && unitOf === null)) return null;
  return {
    field,
    rule: 'AGENCY_OF_UNIT',
    message: `Cơ quan ${code} không thuộc đơn vị này / agency ${code} does not belong to this unit`,
  };
}

/**
 * Whether a grant at `unitId` (null: a national grant) may act for the agency `code`: the agency
 * is in the reference data and belongs to that unit or to one it wholly succeeded (new Đồng Tháp
 * 82 carries on old 87's departments), or is national for a national grant.
 */
export async function grantAgencyProblemFor(
  em: EntityManager,
  field: string,
  code: string,
  unitId: string | null,
): Promise<FieldProblem | null> {
  const agency = await em.findOne(Agency, { code });
  const agencyUnit = agency?.unit?.id ?? null;
  const succeeded =
    unitId && agencyUnit && agencyUnit !== unitId && (await fullPredecessorAmong(em, unitId, [agencyUnit]));
  return grantAgencyProblem(
    field,
    agency ? { code, unitId: agencyUnit } : null,
    { unitId, succeededUnitIds: succeeded ? [succeeded] : [] },
    code,
  );
}
