import { describe, expect, it } from 'vitest';
import { pickSet, type SetCandidate } from './set-choice.rules.js';

type Row = SetCandidate & { code: string };

const NATIONAL_TT24: Row = {
  code: 'TT24-2023-UNIT-DISTRICT',
  modelKind: 'LEARNING_UNIT',
  unitTier: 'DISTRICT',
  issuer: 'NATIONAL',
  validFrom: '2024-01-26',
};
/** A province set with no source saying the province issued criteria, like Kế hoạch 278/KH-UBND's placeholders. */
const PLAN_ONLY: Row = {
  code: 'PLAN-ONLY',
  modelKind: 'LEARNING_UNIT',
  unitTier: 'DISTRICT',
  issuer: 'plugin:dong-thap',
  provinceCodes: ['87'],
  validFrom: '2020-11-23',
  validTo: '2025-06-30',
};
const OWN_CRITERIA: Row = { ...PLAN_ONLY, code: 'OWN-CRITERIA', replacesNationalBasis: 'Quyết định X of the province' };

/**
 * Issue 16, following sources/002 (Đồng Tháp's plan, II.2.a): Kế hoạch 278/KH-UBND implements the
 * regulation on rating learning units; it issues no criteria, so Thông tư 24/2023/TT-BGDĐT (in force
 * from 26/1/2024, DOMAIN.md) rates Đồng Tháp's district and province learning units.
 */
describe('pickSet: a province set replaces the national one only where the province issued criteria', () => {
  it.each([
    ['87 in 2024, province set without a basis', [NATIONAL_TT24, PLAN_ONLY], '87', 2024, 'TT24-2023-UNIT-DISTRICT'],
    ['87 in 2024, province set with a basis', [NATIONAL_TT24, OWN_CRITERIA], '87', 2024, 'OWN-CRITERIA'],
    [
      'another province, province set with a basis',
      [NATIONAL_TT24, OWN_CRITERIA],
      '35',
      2024,
      'TT24-2023-UNIT-DISTRICT',
    ],
    ['87 in 2023, before Thông tư 24/2023, set without a basis', [NATIONAL_TT24, PLAN_ONLY], '87', 2023, null],
    ['87 in 2023, set with a basis', [NATIONAL_TT24, OWN_CRITERIA], '87', 2023, 'OWN-CRITERIA'],
    ['87 in 2025, after the province set ended', [NATIONAL_TT24, OWN_CRITERIA], '87', 2025, 'TT24-2023-UNIT-DISTRICT'],
    ['no province known', [NATIONAL_TT24, OWN_CRITERIA], null, 2024, 'TT24-2023-UNIT-DISTRICT'],
  ] as const)('%s', (_case, candidates, provinceCode, year, expected) => {
    const choice = { modelKind: 'LEARNING_UNIT', unitTier: 'DISTRICT', provinceCode, year } as const;
    expect(pickSet<Row>(candidates, choice)?.code ?? null).toBe(expected);
  });

  it('never lets an empty basis count as one', () => {
    const empty = { ...OWN_CRITERIA, replacesNationalBasis: '' };
    const choice = { modelKind: 'LEARNING_UNIT', unitTier: 'DISTRICT', provinceCode: '87', year: 2024 } as const;
    expect(pickSet<Row>([NATIONAL_TT24, empty], choice)?.code).toBe('TT24-2023-UNIT-DISTRICT');
  });
});
