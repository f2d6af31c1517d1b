import { describe, expect, it } from 'vitest';
import {
  postReformVersion,
  STANDARD_CODES,
  STANDARDS_FROM_2025_07_01,
  STANDARDS_ND20_2014,
  STANDARDS_RULE_VERSIONS,
} from './standards.data.js';
import { isSurveyCode } from './survey-codes.js';

describe('rule versions', () => {
  it.each(STANDARDS_RULE_VERSIONS.map((v) => [v.id, v] as const))('%s is consistent', (_id, version) => {
    for (const standard of STANDARD_CODES) {
      const thresholds = version.thresholds[standard];
      expect(thresholds.length).toBeGreaterThan(0);
      for (const t of thresholds) {
        // Integer percents keep the comparison exact; ĐBKK never raises the bar.
        expect(Number.isInteger(t.percent) && t.percent > 0 && t.percent <= 100).toBe(true);
        expect(Number.isInteger(t.especiallyDifficultPercent)).toBe(true);
        expect(t.especiallyDifficultPercent).toBeLessThanOrEqual(t.percent);
        if (!t.verified) expect(t.note).toBeTruthy();
      }
    }
    const levels = Object.keys(version.rollup).sort();
    expect(levels).toEqual(version.levels === 'COMMUNE_DISTRICT_PROVINCE' ? ['DISTRICT', 'PROVINCE'] : ['PROVINCE']);
    for (const shares of Object.values(version.rollup))
      for (const standard of STANDARD_CODES) {
        const share = shares[standard];
        expect(Number.isInteger(share.percent) && share.percent > 0 && share.percent <= 100).toBe(true);
        if (!share.verified) expect(share.note).toBeTruthy();
      }
    for (const r of version.recognisers) if (!r.verified) expect(r.note).toBeTruthy();
  });

  it('marks only what DOMAIN.md marks unverified before the reform', () => {
    const unverifiedThresholds = STANDARD_CODES.filter((s) =>
      STANDARDS_ND20_2014.thresholds[s].some((t) => !t.verified),
    );
    expect(unverifiedThresholds).toEqual(['LOWER_SECONDARY_2']);
    const district = STANDARDS_ND20_2014.rollup.DISTRICT;
    expect(STANDARD_CODES.filter((s) => district && !district[s].verified)).toEqual(['LOWER_SECONDARY_2']);
    expect(district?.LOWER_SECONDARY_2.percent).toBe(95);
  });

  it('defaults every post-reform province share to the old district share, unverified', () => {
    const province = STANDARDS_FROM_2025_07_01.rollup.PROVINCE;
    for (const standard of STANDARD_CODES) {
      expect(province?.[standard]).toMatchObject({
        from: 'COMMUNE',
        percent: STANDARDS_ND20_2014.rollup.DISTRICT?.[standard].percent,
        verified: false,
      });
    }
  });

  it('meets at the day the districts were abolished', () => {
    expect(STANDARDS_ND20_2014.validTo).toBe('2025-06-30');
    expect(STANDARDS_FROM_2025_07_01.validFrom).toBe('2025-07-01');
  });

  it('cites the legal texts in its notes, never a file of this repository users do not have', () => {
    expect(JSON.stringify(STANDARDS_RULE_VERSIONS)).not.toMatch(/DOMAIN\.md|\/work\/shared/);
  });

  it('cites only the decrees DOMAIN.md names', () => {
    const cited = new Set(
      STANDARDS_RULE_VERSIONS.flatMap((v) => [...v.legalBasis, ...v.recognisers.map((r) => r.legalBasis)]),
    );
    expect([...cited].sort()).toEqual([
      'Nghị định 142/2025/NĐ-CP',
      'Nghị định 143/2025/NĐ-CP',
      'Nghị định 20/2014/NĐ-CP',
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STANDARDS_ND20_2014.thresholds.PRIMARY_1[0])).toBe(true);
    expect(Object.isFrozen(postReformVersion().rollup.PROVINCE)).toBe(true);
    expect(Object.isFrozen(STANDARDS_RULE_VERSIONS)).toBe(true);
  });

  it('uses only known survey codes', () => {
    for (const version of STANDARDS_RULE_VERSIONS)
      for (const standard of STANDARD_CODES)
        for (const t of version.thresholds[standard]) {
          expect(isSurveyCode(t.code)).toBe(true);
          if (t.especiallyDifficultCode) expect(isSurveyCode(t.especiallyDifficultCode)).toBe(true);
        }
  });
});
