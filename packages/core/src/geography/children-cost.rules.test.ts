import { parse, visit, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { childrenDepths, childrenMultiplier, UNKNOWN_MAP_BOUNDS } from './children-cost.rules.js';

/** The depth recorded for each `children` field, in document order (undefined: not recorded). */
function depthsOf(query: string): (number | undefined)[] {
  const document = parse(query);
  const depths = childrenDepths(document);
  const out: (number | undefined)[] = [];
  visit(document, {
    Field(node: FieldNode) {
      if (node.name.value === 'children') out.push(depths.get(node));
    },
  });
  return out;
}

describe('childrenDepths', () => {
  it.each([
    ['one level', '{ adminUnit(code: "87") { children { code } } }', [1]],
    ['a chain of three', '{ adminUnit(code: "87") { children { children { children { code } } } } }', [1, 2, 3]],
    [
      'an inline fragment does not break a chain',
      '{ a: adminUnit(code: "87") { children { ... on AdminUnit { children { code } } } } }',
      [1, 2],
    ],
    [
      'another field starts a new chain',
      '{ adminUnit(code: "87") { children { parent { children { code } } } } }',
      [1, 1],
    ],
    ['a list of units starts each chain', '{ adminUnits { nodes { children { children { code } } } } }', [1, 2]],
    [
      'inside a named fragment: unknown',
      'query { adminUnit(code: "87") { ...F } } fragment F on AdminUnit { children { code } }',
      [undefined],
    ],
  ])('%s', (_what, query, expected) => {
    expect(depthsOf(query)).toEqual(expected);
  });
});

describe('childrenMultiplier', () => {
  const bounds = { widest: [168, 549, 2000] };
  it.each([
    // depth 1: the widest single level; below, what the map adds at that depth over the levels above.
    [1, 168],
    [2, 4], // 168 × 4 = 672 ≥ 549
    [3, 3], // 672 × 3 = 2016 ≥ 2000
    [4, 168], // deeper than the map counts: the widest single level
    [undefined, 168],
    [0, 168],
  ])('depth %s multiplies by %s', (depth, expected) => {
    expect(childrenMultiplier(bounds, depth)).toBe(expected);
  });

  it('the product down a chain never falls below what the map holds at each depth', () => {
    let product = 1;
    for (let d = 1; d <= bounds.widest.length; d++) {
      product *= childrenMultiplier(bounds, d);
      expect(product).toBeGreaterThanOrEqual(bounds.widest[d - 1]!);
    }
  });

  it('a depth with no units still multiplies by at least 1', () => {
    expect(childrenMultiplier({ widest: [10, 0] }, 2)).toBe(1);
  });

  it('before the map is read: 200 per level, as before', () => {
    expect(childrenMultiplier(UNKNOWN_MAP_BOUNDS, 1)).toBe(200);
    expect(childrenMultiplier(UNKNOWN_MAP_BOUNDS, 3)).toBe(200);
  });
});
