import { describe, expect, it } from 'vitest';
import { rollUp, rollUpMany, successionGraph, type SuccessionEdge } from './rollup.rules.js';

const REFORM = '2025-07-01';
const full = (fromId: string, toId: string, effectiveDate = REFORM): SuccessionEdge => ({
  fromId,
  toId,
  kind: 'FULL',
  effectiveDate,
});
const partial = (fromId: string, toId: string, extra: Partial<SuccessionEdge> = {}): SuccessionEdge => ({
  fromId,
  toId,
  kind: 'PARTIAL',
  effectiveDate: REFORM,
  ...extra,
});

describe('rollUp', () => {
  it.each([
    ['a unit with no succession keeps its value', [], 'A', REFORM, [{ unitId: 'A', value: 10, approximate: false }]],
    ['FULL carries the whole value', [full('A', 'X')], 'A', REFORM, [{ unitId: 'X', value: 10, approximate: false }]],
    [
      'a succession not yet in force is not followed',
      [full('A', 'X')],
      'A',
      '2025-06-30',
      [{ unitId: 'A', value: 10, approximate: false }],
    ],
    [
      'FULL chains are followed to the end',
      [full('A', 'B', '2020-01-01'), full('B', 'X')],
      'A',
      REFORM,
      [{ unitId: 'X', value: 10, approximate: false }],
    ],
    [
      'PARTIAL with weights splits in proportion',
      [partial('A', 'X', { weight: 3 }), partial('A', 'Y', { weight: 1 })],
      'A',
      REFORM,
      [
        { unitId: 'X', value: 7.5, approximate: false },
        { unitId: 'Y', value: 2.5, approximate: false },
      ],
    ],
    [
      'PARTIAL without weights goes to the smallest id, approximate',
      [partial('A', 'Y'), partial('A', 'X')],
      'A',
      REFORM,
      [{ unitId: 'X', value: 10, approximate: true }],
    ],
    [
      'PARTIAL without weights prefers the primary branch',
      [partial('A', 'X'), partial('A', 'Y', { primary: true })],
      'A',
      REFORM,
      [{ unitId: 'Y', value: 10, approximate: true }],
    ],
    [
      'one missing weight makes the split approximate',
      [partial('A', 'X', { weight: 1 }), partial('A', 'Y')],
      'A',
      REFORM,
      [{ unitId: 'X', value: 10, approximate: true }],
    ],
    [
      'approximation carries down a chain',
      [partial('A', 'B'), partial('A', 'C'), full('B', 'X', '2026-01-01')],
      'A',
      '2026-06-01',
      [{ unitId: 'X', value: 10, approximate: true }],
    ],
  ] as const)('%s', (_name, edges, unit, asOf, expected) => {
    expect(rollUp(unit, 10, successionGraph(edges), asOf)).toEqual(expected);
  });

  it('refuses a unit both FULL and PARTIAL at once', () => {
    expect(() => rollUp('A', 1, successionGraph([full('A', 'X'), partial('A', 'Y')]), REFORM)).toThrow(
      /both FULL and PARTIAL/,
    );
  });

  it('refuses two FULL successors', () => {
    expect(() => rollUp('A', 1, successionGraph([full('A', 'X'), full('A', 'Y')]), REFORM)).toThrow(
      /one of them must be PARTIAL/,
    );
  });

  it('refuses a cycle instead of looping', () => {
    expect(() => rollUp('A', 1, successionGraph([full('A', 'B'), full('B', 'A')]), REFORM)).toThrow(/cycle: A → B → A/);
  });
});

describe('rollUpMany', () => {
  it('sums the parts that land on the same unit, approximate if any part was', () => {
    // Two old communes merge into X; a third is split without weights, its value going to X too.
    const graph = successionGraph([full('A', 'X'), full('B', 'X'), partial('C', 'X'), partial('C', 'Z')]);
    expect(
      rollUpMany(
        [
          { unitId: 'A', value: 100 },
          { unitId: 'B', value: 50 },
          { unitId: 'C', value: 10 },
          { unitId: 'Q', value: 1 },
        ],
        graph,
        REFORM,
      ),
    ).toEqual([
      { unitId: 'Q', value: 1, approximate: false },
      { unitId: 'X', value: 160, approximate: true },
    ]);
  });

  it('shows historical data on its own map when asked as of its own year', () => {
    const graph = successionGraph([full('A', 'X'), full('B', 'X')]);
    expect(
      rollUpMany(
        [
          { unitId: 'A', value: 1 },
          { unitId: 'B', value: 2 },
        ],
        graph,
        '2024-12-31',
      ),
    ).toEqual([
      { unitId: 'A', value: 1, approximate: false },
      { unitId: 'B', value: 2, approximate: false },
    ]);
  });
});
