import { describe, expect, it } from 'vitest';
import {
  recogniserOf,
  rollUpStandard,
  ruleVersionForYear,
  selectRuleVersion,
  type ChildStandard,
} from './rollup.rules.js';
import {
  postReformVersion,
  STANDARD_CODES,
  STANDARDS_FROM_2025_07_01,
  STANDARDS_ND20_2014,
  STANDARDS_RULE_VERSIONS,
  type RollupLevel,
  type StandardCode,
  type StandardsRuleVersion,
} from './standards.data.js';

/** `total` child units of which the first `met` meet the standard. */
function children(met: number, total: number): ChildStandard[] {
  return Array.from({ length: total }, (_, i) => ({ unitCode: `U${String(i + 1).padStart(3, '0')}`, met: i < met }));
}

const OLD = STANDARDS_ND20_2014;
const NEW = STANDARDS_FROM_2025_07_01;

describe('rollUpStandard', () => {
  // [name, version, level, standard, met children, total children, expected met]
  it.each<[string, StandardsRuleVersion, RollupLevel, StandardCode, number, number, boolean]>([
    ['district at exactly 90% of communes', OLD, 'DISTRICT', 'PRIMARY_2', 9, 10, true],
    ['district at 89% of communes', OLD, 'DISTRICT', 'PRIMARY_2', 89, 100, false],
    ['district at 90% of 100 communes', OLD, 'DISTRICT', 'LITERACY_2', 90, 100, true],
    ['district, lower secondary 3, needs 100%', OLD, 'DISTRICT', 'LOWER_SECONDARY_3', 99, 100, false],
    ['district, lower secondary 3, at 100%', OLD, 'DISTRICT', 'LOWER_SECONDARY_3', 12, 12, true],
    ['district, lower secondary 2, needs 95% (unverified)', OLD, 'DISTRICT', 'LOWER_SECONDARY_2', 94, 100, false],
    ['district, lower secondary 2, at 95% (unverified)', OLD, 'DISTRICT', 'LOWER_SECONDARY_2', 19, 20, true],
    ['province needs 100% of districts', OLD, 'PROVINCE', 'PRIMARY_3', 5, 6, false],
    ['province at 100% of districts', OLD, 'PROVINCE', 'PRIMARY_3', 6, 6, true],
    ['province, literacy 1, at 90% of districts', OLD, 'PROVINCE', 'LITERACY_1', 9, 10, true],
    ['province, literacy 1, at 89% of districts', OLD, 'PROVINCE', 'LITERACY_1', 89, 100, false],
    ['province from communes at 90% (placeholder)', NEW, 'PROVINCE', 'PRIMARY_1', 90, 100, true],
    ['province from communes at 89% (placeholder)', NEW, 'PROVINCE', 'PRIMARY_1', 89, 100, false],
    ['province from communes, lower secondary 3, at 100%', NEW, 'PROVINCE', 'LOWER_SECONDARY_3', 40, 40, true],
    ['province from communes, lower secondary 3, below 100%', NEW, 'PROVINCE', 'LOWER_SECONDARY_3', 39, 40, false],
    ['no child units is not met', OLD, 'DISTRICT', 'PRESCHOOL_5', 0, 0, false],
  ])('%s', (_name, version, level, standard, met, total, expected) => {
    const result = rollUpStandard(version, level, standard, children(met, total));
    expect(result.met).toBe(expected);
    expect(result.share).toEqual({ numerator: met, denominator: total, rate: total === 0 ? null : met / total });
    expect(result.failing).toHaveLength(total - met);
  });

  it('names the failing units and the threshold', () => {
    const result = rollUpStandard(OLD, 'DISTRICT', 'PRIMARY_1', [
      { unitCode: '29845', met: true },
      { unitCode: '29848', met: false },
      { unitCode: '29851', met: false },
    ]);
    expect(result).toEqual({
      standard: 'PRIMARY_1',
      level: 'DISTRICT',
      from: 'COMMUNE',
      met: false,
      share: { numerator: 1, denominator: 3, rate: 1 / 3 },
      threshold: 0.9,
      verified: true,
      failing: ['29848', '29851'],
    });
  });

  it('counts districts for a province before the reform and communes after it', () => {
    expect(rollUpStandard(OLD, 'PROVINCE', 'PRIMARY_1', children(1, 1)).from).toBe('DISTRICT');
    const after = rollUpStandard(NEW, 'PROVINCE', 'PRIMARY_1', children(1, 1));
    expect(after.from).toBe('COMMUNE');
    expect(after.verified).toBe(false);
    expect(after.note).toMatch(/unverified/);
  });

  it('has no district level after the reform', () => {
    expect(() => rollUpStandard(NEW, 'DISTRICT', 'PRIMARY_1', children(1, 1))).toThrow(/no DISTRICT level/);
  });

  it('refuses a unit counted twice', () => {
    expect(() =>
      rollUpStandard(OLD, 'DISTRICT', 'PRIMARY_1', [
        { unitCode: 'A', met: true },
        { unitCode: 'A', met: true },
      ]),
    ).toThrow(/listed twice/);
  });

  it('takes the province share of communes as a parameter', () => {
    const verified = postReformVersion({
      id: 'test',
      provinceShareOfCommunes: { PRIMARY_1: { percent: 80, verified: true, note: 'from the real decree' } },
    });
    const result = rollUpStandard(verified, 'PROVINCE', 'PRIMARY_1', children(8, 10));
    expect(result).toMatchObject({ met: true, threshold: 0.8, verified: true, note: 'from the real decree' });
    // Standards not given keep the unverified placeholder.
    expect(rollUpStandard(verified, 'PROVINCE', 'PRIMARY_2', children(8, 10))).toMatchObject({
      met: false,
      threshold: 0.9,
      verified: false,
    });
  });
});

describe('ruleVersionForYear', () => {
  it.each([
    [2024, null, 'nd20-2014'],
    [2025, null, 'nd20-2014-from-2025-07-01'],
    [2025, '2025-06-30', 'nd20-2014'],
    [2026, '2027-01-01', 'nd20-2014-from-2025-07-01'],
  ])('judges %s of a unit valid until %s under %s', (year, validTo, id) => {
    expect(ruleVersionForYear(STANDARDS_RULE_VERSIONS, year, validTo)?.id).toBe(id);
  });
});

describe('selectRuleVersion', () => {
  it.each([
    ['2014-06-01', 'nd20-2014'],
    ['2025-06-30', 'nd20-2014'],
    ['2025-07-01', 'nd20-2014-from-2025-07-01'],
    ['2031-12-31', 'nd20-2014-from-2025-07-01'],
  ])('on %s picks %s', (date, id) => {
    const version = selectRuleVersion(STANDARDS_RULE_VERSIONS, date);
    expect(version?.id).toBe(id);
  });

  it('picks the level structure by date', () => {
    expect(selectRuleVersion(STANDARDS_RULE_VERSIONS, '2025-06-30')?.levels).toBe('COMMUNE_DISTRICT_PROVINCE');
    expect(selectRuleVersion(STANDARDS_RULE_VERSIONS, '2025-07-01')?.levels).toBe('COMMUNE_PROVINCE');
  });

  it('answers undefined when no version is in force', () => {
    expect(selectRuleVersion([NEW], '2025-06-30')).toBeUndefined();
  });

  it('refuses overlapping versions', () => {
    expect(() => selectRuleVersion([OLD, { ...NEW, validFrom: '2025-06-30' }], '2025-06-30')).toThrow(/all in force/);
  });

  it.each(['2025-02-30', '2025-7-1', '01/07/2025', ''])('refuses the date "%s"', (date) => {
    expect(() => selectRuleVersion(STANDARDS_RULE_VERSIONS, date)).toThrow(RangeError);
  });
});

describe('recogniserOf', () => {
  it.each<[StandardsRuleVersion, 'COMMUNE' | 'DISTRICT' | 'PROVINCE', StandardCode, string | undefined, boolean]>([
    [OLD, 'COMMUNE', 'PRIMARY_3', 'DISTRICT_PEOPLES_COMMITTEE', true],
    [OLD, 'DISTRICT', 'LITERACY_2', 'PROVINCE', true],
    [OLD, 'PROVINCE', 'LOWER_SECONDARY_3', 'MINISTRY_OF_EDUCATION', true],
    [NEW, 'COMMUNE', 'PRIMARY_3', 'PROVINCE', false],
    [NEW, 'DISTRICT', 'PRIMARY_3', undefined, false],
    [NEW, 'PROVINCE', 'PRIMARY_1', 'PROVINCE_CHAIR', true],
    [NEW, 'PROVINCE', 'PRIMARY_2', 'PROVINCE_CHAIR', true],
    [NEW, 'PROVINCE', 'LOWER_SECONDARY_1', 'PROVINCE_CHAIR', true],
    [NEW, 'PROVINCE', 'LOWER_SECONDARY_2', 'PROVINCE_CHAIR', true],
    [NEW, 'PROVINCE', 'LITERACY_1', 'PROVINCE_CHAIR', true],
    [NEW, 'PROVINCE', 'PRESCHOOL_5', 'PROVINCE_CHAIR', false],
    [NEW, 'PROVINCE', 'PRIMARY_3', 'MINISTER_OF_EDUCATION', true],
    [NEW, 'PROVINCE', 'LOWER_SECONDARY_3', 'MINISTER_OF_EDUCATION', true],
    [NEW, 'PROVINCE', 'LITERACY_2', 'MINISTER_OF_EDUCATION', true],
  ])('%#: %s %s %s → %s', (version, unit, standard, authority, verified) => {
    const recogniser = recogniserOf(version, unit, standard);
    expect(recogniser?.authority).toBe(authority);
    if (recogniser) expect(recogniser.verified).toBe(verified);
  });

  it('names exactly one recogniser for every standard at every level of each version', () => {
    const levels = {
      COMMUNE_DISTRICT_PROVINCE: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      COMMUNE_PROVINCE: ['COMMUNE', 'PROVINCE'],
    } as const;
    for (const version of STANDARDS_RULE_VERSIONS)
      for (const unit of levels[version.levels])
        for (const standard of STANDARD_CODES)
          expect(version.recognisers.filter((r) => r.unit === unit && r.standards.includes(standard))).toHaveLength(1);
  });
});
