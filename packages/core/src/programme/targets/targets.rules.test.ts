import { describe, expect, it } from 'vitest';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';
import { checkUnitTarget, denominatorBasis, targetCaveats, targetProgress } from './targets.rules.js';

const families = NATIONAL_TARGETS.find((t) => t.code === '387-2025-FAMILIES')!;

describe('targetProgress', () => {
  it.each([
    [70, 100, true, 1],
    [69, 100, false, 69 / 70],
    [7, 10, true, 1],
    [35, 50, true, 1],
    [0, 10, false, 0],
  ])('%i of %i against 70%%: met %s, progress %d', (numerator, denominator, met, progress) => {
    const p = targetProgress(families, { numerator, denominator });
    expect(p).toMatchObject({ met, value: numerator / denominator, target: 0.7, note: null });
    expect(p.progress).toBeCloseTo(progress, 10);
  });

  it('has no value without subjects on record', () => {
    expect(targetProgress(families, { numerator: 0, denominator: 0 })).toMatchObject({
      value: null,
      progress: null,
      met: false,
      note: 'No subjects on record in this unit.',
    });
  });

  it('says what a target that cannot be computed yet needs', () => {
    const adults = NATIONAL_TARGETS.find((t) => t.code === '677-2025-ADULTS')!;
    expect(targetProgress(adults, null)).toMatchObject({
      numerator: null,
      value: null,
      met: false,
      note: 'Not computed yet: needs the number of adults per household.',
    });
  });

  it('meets a 100% target only at 100%', () => {
    const all: TargetDefinition = { ...families, percent: 100 };
    expect(targetProgress(all, { numerator: 999, denominator: 1000 }).met).toBe(false);
    expect(targetProgress(all, { numerator: 1000, denominator: 1000 }).met).toBe(true);
  });
});

const target = (code: string) => NATIONAL_TARGETS.find((t) => t.code === code)!;

// Issue 16: every indicator says what its denominator counts (DOMAIN.md's targets count citizens,
// households, commune-level units and provinces; the platform has subjects on record and the map).
describe('denominatorBasis and targetCaveats', () => {
  it.each([
    ['387-2025-FAMILIES', 'SUBJECTS_ON_RECORD'],
    ['387-2025-VILLAGES', 'VILLAGES_ON_MAP'],
    ['387-2025-UNITS', 'SUBJECTS_ON_RECORD'],
    ['1373-2025-LEARNING_CITIZENS', 'POPULATION'],
    ['1373-2025-LITERACY_2', 'PROVINCES'],
    ['677-2025-ADULTS', null],
    ['677-2025-OFFICIALS', 'REPORTED_VALUES'],
  ])('%s counts %s', (code, basis) => {
    expect(denominatorBasis(target(code))).toBe(basis);
  });

  it.each([
    [
      '387-2025-FAMILIES',
      2024,
      '2026-01-10',
      [/households on record today \(2026-01-10\), not as of 2024/, /may not be all/],
    ],
    ['387-2025-FAMILIES', 2026, '2026-01-10', [/may not be all/]],
    ['387-2025-UNITS', 2026, '2026-01-10', [/organisations on record/, /managed by a commune/]],
    ['387-2025-VILLAGES', 2020, '2026-01-10', []],
  ] as const)('%s with data of %i, seen on %s', (code, year, today, expected) => {
    const caveats = targetCaveats(target(code), year, today);
    expect(caveats).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(caveats[i]).toMatch(pattern));
  });

  it('computes no share for a population target, keeping its numerator', () => {
    expect(targetProgress(target('1373-2025-LEARNING_CITIZENS'), { numerator: 7, denominator: null })).toMatchObject({
      numerator: 7,
      denominator: null,
      value: null,
      met: false,
      note: expect.stringMatching(/^Not computed yet: needs the population/),
    });
  });
});

describe('NATIONAL_TARGETS', () => {
  it('gives each target a unique code, a decision, a year and a percent from DOMAIN.md', () => {
    expect(new Set(NATIONAL_TARGETS.map((t) => t.code)).size).toBe(NATIONAL_TARGETS.length);
    expect(NATIONAL_TARGETS.map((t) => [t.code, t.percent])).toEqual(
      expect.arrayContaining([
        ['387-2025-FAMILIES', 70],
        ['387-2025-CLANS', 65],
        ['387-2025-VILLAGES', 65],
        ['387-2025-UNITS', 80],
        ['1373-2025-LITERACY_2', 70],
        ['1373-2030-PRIMARY_3', 70],
        ['677-2030-OFFICIALS', 80],
        ['281-2020-FAMILIES', 70],
        ['281-2020-CLANS', 50],
        ['281-2020-VILLAGES', 60],
        ['281-2020-FAMILIES-DIFFICULT', 60],
        ['281-2020-CLANS-DIFFICULT', 40],
        ['281-2020-VILLAGES-DIFFICULT', 50],
        ['281-2020-UNITS', 50],
      ]),
    );
    for (const t of NATIONAL_TARGETS) expect(t.source).toMatch(/Quyết định (281|1373|387|677)\/QĐ-TTg/);
  });
});

describe('checkUnitTarget', () => {
  const ok = { indicator: '387-2025-FAMILIES', year: 2026, percent: 75, source: 'Kế hoạch 01/KH-UBND' };
  it('accepts a national indicator with a percent from 0 to 100', () => {
    expect(checkUnitTarget(ok)).toEqual([]);
    expect(checkUnitTarget({ ...ok, percent: 0 })).toEqual([]);
    expect(checkUnitTarget({ ...ok, percent: 100 })).toEqual([]);
  });

  it('names each problem', () => {
    expect(
      checkUnitTarget({ indicator: 'NOPE', year: 1999, percent: 100.5, source: ' ' }).map(
        (p) => `${p.field}:${p.rule}`,
      ),
    ).toEqual(['indicator:EXISTS', 'year:RANGE', 'percent:RANGE', 'source:REQUIRED']);
  });
});
