import { describe, expect, it } from 'vitest';
import { AdminLevel } from '../geography/geography.enums.js';
import { RECOGNITION_AUTHORITY_RULES, type RecognitionAuthorityRule } from './recognition-authority.data.js';
import {
  authorityUnitId,
  decidingUnitProblem,
  isAtAuthority,
  recognitionAuthorityFor,
  type LineageView,
} from './recognition-authority.rules.js';

/**
 * Issue 16, following DOMAIN.md ("Learning models", cycle column): Thông tư 24/2023/TT-BGDĐT units
 * are recognised by the chair of the district or province People's Committee; Thông tư 25/2023
 * communes by the head of the district education office, districts by the director of the
 * provincial department, provinces: unverified; after 1/7/2025 (no districts) who recognises
 * communes is unverified. Everything else is unverified and says so.
 */
describe('recognitionAuthorityFor: the rule per model, tier and year', () => {
  it.each([
    ['LEARNING_UNIT', 'DISTRICT', 2024, 'TT24-2023-UNIT-DISTRICT', 'DISTRICT', true],
    ['LEARNING_UNIT', 'DISTRICT', 2025, 'TT24-2023-UNIT-DISTRICT-AFTER-REFORM', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_UNIT', 'PROVINCE', 2024, 'TT24-2023-UNIT-PROVINCE', 'PROVINCE', true],
    ['LEARNING_UNIT', 'PROVINCE', 2026, 'TT24-2023-UNIT-PROVINCE', 'PROVINCE', true],
    ['LEARNING_UNIT', 'DISTRICT', 2023, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_UNIT', 'COMMUNE', 2024, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_COMMUNITY_COMMUNE', null, 2024, 'TT25-2023-COMMUNE', 'DISTRICT', true],
    ['LEARNING_COMMUNITY_COMMUNE', null, 2025, 'TT25-2023-COMMUNE-AFTER-REFORM', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_COMMUNITY_COMMUNE', null, 2023, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_COMMUNITY_DISTRICT', null, 2024, 'TT25-2023-DISTRICT', 'PROVINCE', true],
    ['LEARNING_COMMUNITY_DISTRICT', null, 2025, 'TT25-2023-DISTRICT-AFTER-REFORM', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_COMMUNITY_PROVINCE', null, 2024, 'TT25-2023-PROVINCE', 'NATIONAL', false],
    ['LEARNING_FAMILY', null, 2024, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_CLAN', null, 2024, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_COMMUNITY_VILLAGE', null, 2024, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
    ['LEARNING_CITIZEN', null, 2024, 'UNVERIFIED-ABOVE-SELF-ASSESSING', 'ABOVE_SELF_ASSESSING', false],
  ] as const)('%s %s in %i: %s (%s), verified %s', (model, tier, year, code, level, verified) => {
    const rule = recognitionAuthorityFor(model, tier, year);
    expect(rule).toMatchObject({ code, level, provenance: { verified } });
  });

  it('says what is unknown for every unverified rule, and names the source of every verified one', () => {
    for (const rule of RECOGNITION_AUTHORITY_RULES) {
      if (rule.provenance.verified) expect(rule.provenance.source, rule.code).toMatch(/Thông tư 2[45]\/2023/);
      else expect(rule.provenance.unknown?.length, rule.code).toBeGreaterThan(20);
    }
  });

  it('refuses data where two rules cover one case', () => {
    const twice: RecognitionAuthorityRule[] = [
      RECOGNITION_AUTHORITY_RULES[0]!,
      { ...RECOGNITION_AUTHORITY_RULES[0]!, code: 'COPY' },
    ];
    expect(() => recognitionAuthorityFor('LEARNING_UNIT', 'DISTRICT', 2024, twice)).toThrow(/all cover/);
  });
});

/** A district agency of Lấp Vò (its managing unit is the district itself), in province 87. */
const DISTRICT_UNIT: LineageView = {
  ids: ['lapvo', 'dongthap'],
  levels: [AdminLevel.DISTRICT, AdminLevel.PROVINCE],
  evaluatingIndex: 0,
};
/** A household of a village of Xã Tân Mỹ. */
const HOUSEHOLD: LineageView = {
  ids: ['village', 'tanmy', 'lapvo', 'dongthap'],
  levels: [AdminLevel.VILLAGE, AdminLevel.COMMUNE, AdminLevel.DISTRICT, AdminLevel.PROVINCE],
  evaluatingIndex: 1,
};

describe('who stands at the authority', () => {
  const tt24District = recognitionAuthorityFor('LEARNING_UNIT', 'DISTRICT', 2024);
  const unverified = recognitionAuthorityFor('LEARNING_FAMILY', null, 2024);
  const national = recognitionAuthorityFor('LEARNING_COMMUNITY_PROVINCE', null, 2024);

  it.each([
    ['the district itself (OWN) for its learning unit', tt24District, DISTRICT_UNIT, 'lapvo', 'OWN', true],
    ['the province (ABOVE) for a district learning unit', tt24District, DISTRICT_UNIT, 'dongthap', 'ABOVE', false],
    ['a district officer above a household (unverified rule)', unverified, HOUSEHOLD, 'lapvo', 'ABOVE', true],
    ['the province above a household (unverified rule)', unverified, HOUSEHOLD, 'dongthap', 'ABOVE', true],
    ['the commune itself for a household', unverified, HOUSEHOLD, 'tanmy', 'OWN', false],
    [
      'the province for its own community (national)',
      national,
      { ...DISTRICT_UNIT, ids: ['dongthap'], levels: [AdminLevel.PROVINCE] },
      'dongthap',
      'OWN',
      false,
    ],
  ] as const)('%s: %s', (_case, rule, lineage, scopeUnitId, standing, expected) => {
    expect(isAtAuthority(rule, lineage, { scopeUnitId, standing })).toBe(expected);
  });

  it('names the authority’s unit where the rule names one level', () => {
    expect(authorityUnitId(tt24District, DISTRICT_UNIT)).toBe('lapvo');
    expect(authorityUnitId(unverified, HOUSEHOLD)).toBeNull();
  });

  it.each([
    ['a district learning unit decided by its district', tt24District, DISTRICT_UNIT, 'lapvo', null],
    [
      'a district learning unit decided by the province',
      tt24District,
      DISTRICT_UNIT,
      'dongthap',
      /Chair of the district/,
    ],
    ['a household decided by its district (unverified rule)', unverified, HOUSEHOLD, 'lapvo', null],
    ['a household decided by its own commune', unverified, HOUSEHOLD, 'tanmy', /above the self-assessing/],
  ] as const)('a decision: %s', (_case, rule, lineage, unit, problem) => {
    const found = decidingUnitProblem(rule, lineage, unit);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
