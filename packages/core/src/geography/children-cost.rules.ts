import { visit, type DocumentNode, type FieldNode } from 'graphql';

/**
 * What a `children` list can really hold, from the map: `widest[d - 1]` is the most units any one
 * unit has `d` levels below it (its children, grandchildren, …), over every dated link of the map.
 * A province's districts and their communes then cost what the map allows (a few hundred units),
 * not 200 × 200.
 */
export interface MapBounds {
  readonly widest: readonly number[];
}

/** Before the map is read (or on an empty one): each level costs 200 times its items, as before. */
export const UNKNOWN_MAP_BOUNDS: MapBounds = { widest: [200] };

/**
 * The depth of each `children` field in its chain of `children` (1: the children of a unit the
 * query reached otherwise). Another field between two (`children { parent { children } }`) starts a
 * new chain. A field inside a named fragment is left out: its depth depends on where it is spread.
 */
export function childrenDepths(document: DocumentNode): WeakMap<FieldNode, number> {
  const depths = new WeakMap<FieldNode, number>();
  // The chain depth of each field being visited: 0 for any field but `children`.
  const chain: number[] = [];
  visit(document, {
    FragmentDefinition: () => false,
    Field: {
      enter(node) {
        const depth = node.name.value === 'children' ? (chain.at(-1) ?? 0) + 1 : 0;
        if (depth > 0) depths.set(node, depth);
        chain.push(depth);
      },
      leave() {
        chain.pop();
      },
    },
  });
  return depths;
}

/**
 * How many times a `children` field at `depth` multiplies its items' cost, so that the product
 * down a chain never falls below what the map can hold at each depth: `widest[d]` units at depth
 * d. An unknown depth, or a depth the map does not reach, pays the widest single level (no unit
 * has more children than that, so it is always enough).
 */
export function childrenMultiplier(bounds: MapBounds, depth: number | undefined): number {
  const widest = bounds.widest;
  const first = Math.max(1, widest[0] ?? 1);
  if (depth === undefined || depth < 1 || depth > widest.length) return first;
  let product = 1;
  let multiplier = first;
  for (let d = 1; d <= depth; d++) {
    multiplier = Math.max(1, Math.ceil((widest[d - 1] ?? 0) / product));
    product *= multiplier;
  }
  return multiplier;
}
