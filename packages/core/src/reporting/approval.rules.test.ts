import { describe, expect, it } from 'vitest';
import { applicableLevels, nextLevel, pendingBelow, unitAtLevel, type CoveredReport } from './approval.rules.js';
import type { ApprovalLevel } from './reporting.model.js';

describe('applicableLevels', () => {
  it.each<[ApprovalLevel[], string[], ApprovalLevel[]]>([
    [
      ['DISTRICT', 'PROVINCE'],
      ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      ['DISTRICT', 'PROVINCE'],
    ],
    // After 1/7/2025 a commune sits directly under its province: the district level is skipped.
    [['DISTRICT', 'PROVINCE'], ['COMMUNE', 'PROVINCE'], ['PROVINCE']],
    [['DISTRICT'], ['COMMUNE', 'PROVINCE'], ['NATIONAL']],
    [
      ['COMMUNE', 'PROVINCE', 'NATIONAL'],
      ['COMMUNE', 'PROVINCE'],
      ['COMMUNE', 'PROVINCE', 'NATIONAL'],
    ],
    [[], ['COMMUNE', 'PROVINCE'], ['NATIONAL']],
  ])('%j over %j → %j', (levels, lineage, expected) => {
    expect(applicableLevels(levels, lineage)).toEqual(expected);
  });
});

describe('nextLevel and unitAtLevel', () => {
  it.each<[ApprovalLevel[], string[], ApprovalLevel | null]>([
    [['DISTRICT', 'PROVINCE'], [], 'DISTRICT'],
    [['DISTRICT', 'PROVINCE'], ['DISTRICT'], 'PROVINCE'],
    [['DISTRICT', 'PROVINCE'], ['DISTRICT', 'PROVINCE'], null],
    [['NATIONAL'], [], 'NATIONAL'],
  ])('%j approved by %j: next %s', (levels, approved, expected) => {
    expect(nextLevel(levels, approved)).toBe(expected);
  });
  it('finds the unit of a level on the lineage', () => {
    const lineage = ['c', 'd', 'p'];
    const levels = ['COMMUNE', 'DISTRICT', 'PROVINCE'];
    expect(unitAtLevel(lineage, levels, 'DISTRICT')).toBe('d');
    expect(unitAtLevel(lineage, levels, 'PROVINCE')).toBe('p');
    expect(unitAtLevel(['c', 'p'], ['COMMUNE', 'PROVINCE'], 'DISTRICT')).toBeNull();
    expect(unitAtLevel(lineage, levels, 'NATIONAL')).toBeNull();
  });
});

describe('pendingBelow: bottom-up', () => {
  const both: ApprovalLevel[] = ['DISTRICT', 'PROVINCE'];
  const report = (unitCode: string, approved: string[], reported = true, applicable = both): CoveredReport => ({
    unitCode,
    reported,
    applicable,
    approved,
  });
  it('lets the first level approve whatever its neighbours have done', () => {
    expect(pendingBelow('DISTRICT', [report('a', []), report('b', [], false)])).toEqual([]);
  });
  it('keeps a province from approving before its districts approved every expected commune', () => {
    const covered = [report('a', ['DISTRICT']), report('b', []), report('c', [], false)];
    expect(pendingBelow('PROVINCE', covered)).toEqual(['b', 'c']);
    expect(pendingBelow('PROVINCE', [report('a', ['DISTRICT']), report('b', ['DISTRICT', 'PROVINCE'])])).toEqual([]);
  });
  it('asks nothing below of a unit whose map has no district', () => {
    expect(pendingBelow('PROVINCE', [report('new', [], true, ['PROVINCE'])])).toEqual([]);
    expect(pendingBelow('NATIONAL', [report('new', [], true, ['PROVINCE', 'NATIONAL'])])).toEqual(['new']);
  });
});
