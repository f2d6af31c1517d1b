import { checkCriteriaSet, rate } from '@hoctap/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { LEARNING_UNIT_SETS } from './criteria.data.js';

const sheet = (set: (typeof LEARNING_UNIT_SETS)[number], value: (code: string) => number) =>
  set.criteria.flatMap((c) => c.indicators).map((i) => ({ indicatorCode: i.code, value: value(i.code) }));

describe.each(LEARNING_UNIT_SETS.map((s) => [s.code, s] as const))(
  'criteria set %s (Kế hoạch 278/KH-UBND)',
  (_, set) => {
    it('passes the checks the core applies to every set', () => {
      expect(checkCriteriaSet(set)).toEqual([]);
    });

    it("is Đồng Tháp's own learning-unit set, labelled sample data, in force from 23/11/2020 to 30/6/2025", () => {
      expect(set).toMatchObject({
        modelKind: 'LEARNING_UNIT',
        issuer: { level: 'PROVINCE', plugin: 'dong-thap' },
        sample: true,
        validFrom: '2020-11-23',
        validTo: '2025-06-30',
      });
      expect(set.description).toMatch(/^Sample data: /);
      expect(set.description).toContain('not verified');
    });

    it.each([
      ['every criterion met', () => 1, 'RECOGNISED', true],
      ['one criterion not met', (code: string) => (code === '2.1' ? 0 : 1), null, false],
    ])('rates a sheet with %s', (_what, value, rating, recognised) => {
      expect(rate(set, sheet(set, value))).toMatchObject({ rating, recognised });
    });
  },
);

it('rates district and province units alike', () => {
  expect(LEARNING_UNIT_SETS.map((s) => s.unitTier)).toEqual(['DISTRICT', 'PROVINCE']);
  const [district, province] = LEARNING_UNIT_SETS;
  expect(district!.criteria).toEqual(province!.criteria);
});
