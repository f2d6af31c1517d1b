import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/context.js';
import type { Page } from '../common/connection.js';
import { AdminUnit } from './admin-unit.entity.js';
import type { AdminLevel } from './geography.enums.js';
import { Succession } from './succession.entity.js';

/**
 * A PostgreSQL array literal for ids: the driver expands JS arrays into separate parameters, so
 * arrays are bound as one text value and cast (`?::uuid[]`). Only for uuids, which need no quoting.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** SQL predicate: the row `t` is valid on the date bound at the given placeholder. */
const validOn = (t: string) =>
  `(${t}.valid_from is null or ${t}.valid_from <= ?::date) and (${t}.valid_to is null or ${t}.valid_to >= ?::date)`;

export interface AdminUnitFilter {
  level?: AdminLevel | null | undefined;
  parentId?: string | null | undefined;
  search?: string | null | undefined;
  asOf: string;
}

/** Loads units by code as of a date. A code names at most one unit per level on a given day. */
export async function findUnitByCode(em: EntityManager, code: string, asOf: string): Promise<AdminUnit | null> {
  const rows = await em.find(
    AdminUnit,
    {
      code,
      $and: [
        { $or: [{ validFrom: null }, { validFrom: { $lte: asOf } }] },
        { $or: [{ validTo: null }, { validTo: { $gte: asOf } }] },
      ],
    },
    { orderBy: { level: 'asc' }, limit: 1 },
  );
  return rows[0] ?? null;
}

/**
 * A full-text query for what a person typed: every word must start a word of the name, the last
 * one as a prefix so that results come while typing. Null when nothing searchable was typed.
 */
export function searchQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

/**
 * Units matching the filter, one page, with the total. Search ignores case and diacritics and
 * uses the GIN index on `search_vector`; exact names and codes come first, then shorter names.
 */
export async function listUnits(
  em: EntityManager,
  filter: AdminUnitFilter,
  limit: number,
  offset: number,
): Promise<Page<AdminUnit>> {
  const where: string[] = [validOn('u')];
  const params: unknown[] = [filter.asOf, filter.asOf];
  let rank = 'u.code';
  const rankParams: unknown[] = [];
  if (filter.level) {
    where.push('u.level = ?');
    params.push(filter.level);
  }
  if (filter.parentId) {
    where.push(
      `exists (select 1 from admin_unit_parent l where l.unit_id = u.id and l.parent_id = ? and ${validOn('l')})`,
    );
    params.push(filter.parentId, filter.asOf, filter.asOf);
  }
  const search = filter.search?.trim();
  if (search) {
    const query = searchQuery(search);
    if (query === null) return { items: [], totalCount: 0, offset, limit };
    where.push(`(u.search_vector @@ to_tsquery('simple', hoctap_unaccent(lower(?))) or u.code = ?)`);
    params.push(query, search);
    rank = `(u.code = ? or hoctap_unaccent(lower(u.name)) = hoctap_unaccent(lower(?))
      or hoctap_unaccent(lower(u.name)) like '% ' || hoctap_unaccent(lower(?))) desc, length(u.name), u.code`;
    rankParams.push(search, search, search);
  }
  const whereSql = where.join(' and ');
  // The page, its rows and the total in one statement (a window count).
  const rows = await em.execute<(Record<string, unknown> & { total: string })[]>(
    `select u.id, u.code, u.name, u.kind, u.level, u.valid_from, u.valid_to, u.source, u.version, count(*) over () as total
     from admin_unit u where ${whereSql} order by ${rank} limit ? offset ?`,
    [...params, ...rankParams, limit, offset],
  );
  let totalCount = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && offset > 0) {
    const [countRow] = await em.execute<{ n: string }[]>(
      `select count(*) as n from admin_unit u where ${whereSql}`,
      params,
    );
    totalCount = Number(countRow?.n ?? 0);
  }
  return {
    items: rows.map(({ total: _total, ...row }) => em.map(AdminUnit, row)),
    totalCount,
    offset,
    limit,
  };
}

/**
 * The date on which to read a unit's place in the tree: the asked date while the unit exists,
 * otherwise the nearest day it did exist (a historical unit keeps the parents it had).
 */
function clampSql(): string {
  return `greatest(coalesce(u.valid_from, '-infinity'::date), least(coalesce(u.valid_to, 'infinity'::date), ?::date))`;
}

/** Ids of each unit and its ancestors up to the province, as of a date (clamped to each unit's life). */
export async function lineages(
  em: EntityManager,
  unitIds: readonly string[],
  asOf: string,
): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ start_id: string; ids: string[] }[]>(
    `with recursive walk(start_id, id, day, depth) as (
       select u.id, u.id, ${clampSql()}, 0 from admin_unit u where u.id = any(?::uuid[])
       union all
       select w.start_id, l.parent_id, w.day, w.depth + 1
       from walk w join admin_unit_parent l on l.unit_id = w.id
         and (l.valid_from is null or l.valid_from <= w.day) and (l.valid_to is null or l.valid_to >= w.day)
       where w.depth < 10
     )
     select start_id, array_agg(id order by depth) as ids from walk group by start_id`,
    [asOf, uuidArray(unitIds)],
  );
  return new Map(rows.map((r) => [r.start_id, r.ids]));
}

export async function childrenOf(
  em: EntityManager,
  parentIds: readonly string[],
  asOf: string,
): Promise<Map<string, AdminUnit[]>> {
  const links = await em.execute<{ parent_id: string; unit_id: string }[]>(
    `select l.parent_id, l.unit_id from admin_unit_parent l join admin_unit u on u.id = l.unit_id
     where l.parent_id = any(?::uuid[]) and ${validOn('l')} and ${validOn('u')} order by u.code`,
    [uuidArray(parentIds), asOf, asOf, asOf, asOf],
  );
  const units = await em.find(AdminUnit, { id: { $in: links.map((l) => l.unit_id) } });
  const byId = new Map(units.map((u) => [u.id, u]));
  const result = new Map<string, AdminUnit[]>(parentIds.map((id) => [id, []]));
  for (const link of links) {
    const unit = byId.get(link.unit_id);
    if (unit) result.get(link.parent_id)?.push(unit);
  }
  return result;
}

/** Per-request loaders: each relation a client can ask for is one query per request level, not per unit. */
export function geographyLoaders(ctx: Pick<RequestContext, 'em' | 'loaders' | 'today'>) {
  const { em } = ctx;
  /** A per-request loader whose batch answers a map by id; ids it lacks get `missing`. */
  const byId = <T>(key: string, batch: (ids: readonly string[]) => Promise<Map<string, T>>, missing: T) =>
    ctx.loaders.get(
      key,
      () =>
        new DataLoader<string, T>(async (ids) => {
          const found = await batch(ids);
          return ids.map((id) => found.get(id) ?? missing);
        }),
    );
  return {
    unit: byId<AdminUnit | null>(
      'geography.unit',
      async (ids) => new Map((await em.find(AdminUnit, { id: { $in: [...ids] } })).map((u) => [u.id, u])),
      null,
    ),
    lineage: (asOf: string) => byId(`geography.lineage@${asOf}`, (ids) => lineages(em, ids, asOf), []),
    children: (asOf: string) => byId(`geography.children@${asOf}`, (ids) => childrenOf(em, ids, asOf), []),
    current: byId('geography.current', (ids) => currentUnits(em, ids, ctx.today), []),
    successionsFrom: byId('geography.successionsFrom', (ids) => successionsOf(em, 'from', ids), []),
    successionsTo: byId('geography.successionsTo', (ids) => successionsOf(em, 'to', ids), []),
  };
}

/** The successions leaving (`from`) or reaching (`to`) each unit, oldest first, with the other end loaded. */
async function successionsOf(
  em: EntityManager,
  side: 'from' | 'to',
  ids: readonly string[],
): Promise<Map<string, Succession[]>> {
  const other = side === 'from' ? 'to' : 'from';
  const rows = await em.find(
    Succession,
    { [side]: { $in: [...ids] } },
    { populate: [other], orderBy: { effectiveDate: 'asc' } },
  );
  const grouped = new Map<string, Succession[]>();
  for (const row of rows) grouped.set(row[side].id, [...(grouped.get(row[side].id) ?? []), row]);
  return grouped;
}

/** Today's units that transitively cover each unit (itself when it still exists). */
export async function currentUnits(
  em: EntityManager,
  unitIds: readonly string[],
  today: string,
): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ start_id: string; ids: string[] }[]>(
    `with recursive chain(start_id, id, depth) as (
       select id, id, 0 from admin_unit where id = any(?::uuid[])
       union
       select c.start_id, s.to_id, c.depth + 1 from chain c
       join admin_unit_succession s on s.from_id = c.id and s.effective_date <= ?::date
       where c.depth < 20
     )
     select c.start_id, array_agg(distinct c.id) as ids from chain c join admin_unit u on u.id = c.id
     where ${validOn('u')} group by c.start_id`,
    [uuidArray(unitIds), today, today, today],
  );
  return new Map(rows.map((r) => [r.start_id, r.ids]));
}

/**
 * Which of `candidateIds` the unit wholly took over, through FULL successions only (transitively,
 * the nearest first), or null. New Đồng Tháp (82) stands in for old 87 on 87's records.
 */
export async function fullPredecessorAmong(
  em: EntityManager,
  unitId: string,
  candidateIds: readonly string[],
): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `with recursive chain(id, depth) as (
       select ?::uuid, 0
       union
       select s.from_id, c.depth + 1 from chain c
       join admin_unit_succession s on s.to_id = c.id and s.kind = 'FULL'
       where c.depth < 20
     )
     select id from chain where depth > 0 and id = any(?::uuid[]) order by depth limit 1`,
    [unitId, uuidArray(candidateIds)],
  );
  return rows[0]?.id ?? null;
}
