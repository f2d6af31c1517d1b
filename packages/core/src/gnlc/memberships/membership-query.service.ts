import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/context.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { currentUnits, uuidArray } from '../../geography/geography.service.js';
import { groupedLoader } from '../gnlc-common.js';
import { GnlcAwardNomination, GnlcProgressReport } from './membership.entity.js';

// Per-request loaders: every relation a client can ask for is one query per request level.

/** Ids of today's units covering each unit: itself or its successors; for a unit abolished without successions of its own (a district-level city), those of its communes on its last day. */
async function coveringUnits(em: EntityManager, ids: readonly string[], today: string): Promise<Map<string, string[]>> {
  const direct = await currentUnits(em, ids, today);
  const missing = ids.filter((id) => !direct.get(id)?.length);
  if (missing.length === 0) return direct;
  const links = await em.execute<{ parent_id: string; unit_id: string }[]>(
    `select l.parent_id, l.unit_id from admin_unit_parent l join admin_unit p on p.id = l.parent_id
     cross join lateral (select least(coalesce(p.valid_to, ?::date), ?::date) as day) d
     where l.parent_id = any(?::uuid[])
       and (l.valid_from is null or l.valid_from <= d.day) and (l.valid_to is null or l.valid_to >= d.day)`,
    [today, today, uuidArray(missing)],
  );
  const below = await currentUnits(em, [...new Set(links.map((l) => l.unit_id))], today);
  const result = new Map(direct);
  for (const link of links) {
    const ids = new Set([...(result.get(link.parent_id) ?? []), ...(below.get(link.unit_id) ?? [])]);
    result.set(link.parent_id, [...ids]);
  }
  return result;
}

/**
 * Units of memberships in one batch, keyed `id:<unit id>` for a linked membership or
 * `code:<code>|<day>` for one whose map was not imported when it was recorded: the unit the code
 * named that day (the same choice as findUnitByCode).
 */
async function membershipUnits(em: EntityManager, keys: readonly string[]): Promise<Map<string, AdminUnit>> {
  const pairs = keys.filter((k) => k.startsWith('code:')).map((k) => k.slice(5).split('|') as [string, string]);
  const byCode =
    pairs.length === 0
      ? []
      : await em.execute<{ key: string; id: string }[]>(
          `select distinct on (v.code, v.day) 'code:' || v.code || '|' || v.day::text as key, u.id
           from unnest(?::text[], ?::date[]) as v(code, day)
           join admin_unit u on u.code = v.code
             and (u.valid_from is null or u.valid_from <= v.day) and (u.valid_to is null or u.valid_to >= v.day)
           order by v.code, v.day, u.level`,
          [`{${pairs.map(([c]) => JSON.stringify(c)).join(',')}}`, `{${pairs.map(([, d]) => d).join(',')}}`],
        );
  const rows = [...keys.filter((k) => k.startsWith('id:')).map((key) => ({ key, id: key.slice(3) })), ...byCode];
  const units = await em.find(AdminUnit, { id: { $in: [...new Set(rows.map((r) => r.id))] } });
  const byId = new Map(units.map((u) => [u.id, u]));
  return new Map(rows.flatMap((r) => (byId.has(r.id) ? [[r.key, byId.get(r.id)!] as const] : [])));
}

export function membershipLoaders(ctx: RequestContext) {
  const { em } = ctx;
  return {
    reports: groupedLoader(ctx, 'gnlc.reports', async (ids) =>
      Map.groupBy(
        await em.find(GnlcProgressReport, { membership: { $in: ids } }, { orderBy: { period: 'asc', id: 'asc' } }),
        (r) => r.membership.id,
      ),
    ),
    nominations: groupedLoader(ctx, 'gnlc.nominations', async (ids) =>
      Map.groupBy(
        await em.find(GnlcAwardNomination, { membership: { $in: ids } }, { orderBy: { awardYear: 'asc', id: 'asc' } }),
        (n) => n.membership.id,
      ),
    ),
    covering: groupedLoader(ctx, 'gnlc.covering', (ids) => coveringUnits(em, ids, ctx.today)),
    membershipUnit: ctx.loaders.get(
      'gnlc.membershipUnit',
      () =>
        new DataLoader<string, AdminUnit | null>(async (keys) => {
          const found = await membershipUnits(em, keys);
          return keys.map((k) => found.get(k) ?? null);
        }),
    ),
  };
}
