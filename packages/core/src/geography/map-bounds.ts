import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentNode, FieldNode } from 'graphql';
import { childrenDepths, UNKNOWN_MAP_BOUNDS, type MapBounds } from './children-cost.rules.js';

/** Levels below a unit that the bounds count (province → district → commune → village, and one spare). */
const LEVELS = 4;

/**
 * The most units any one unit has at each depth below it, over every dated link (a bound for any
 * date). One statement over the parent links; the server reads it when it starts, so a map
 * imported while it runs is counted from its next start. An empty map keeps the default bounds.
 */
export async function loadMapBounds(em: EntityManager): Promise<MapBounds> {
  const rows = await em.execute<{ depth: number; widest: number }[]>(
    `with recursive d(root, unit, depth) as (
       select parent_id, unit_id, 1 from admin_unit_parent
       union
       select d.root, p.unit_id, d.depth + 1 from d join admin_unit_parent p on p.parent_id = d.unit where d.depth < ${LEVELS}
     )
     select depth, max(n)::int as widest from (select root, depth, count(distinct unit) as n from d group by 1, 2) x
     group by depth order by depth`,
  );
  if (rows.length === 0) return UNKNOWN_MAP_BOUNDS;
  return { widest: rows.map((r) => Number(r.widest)) };
}

/** What the cost estimate of `children` reads from the request's complexity context. */
export interface ChildrenCostContext {
  mapBounds: MapBounds;
  childrenDepths: WeakMap<FieldNode, number>;
}

/** The complexity context for one document: the map's bounds and each `children` field's depth. */
export function childrenCostContext(bounds: MapBounds, document: DocumentNode): ChildrenCostContext {
  return { mapBounds: bounds, childrenDepths: childrenDepths(document) };
}
