import { describe, expect, it } from 'vitest';
import { checkAnnualTarget, claimDayOfYear, claimOn, type AnnualTargetDraft } from './annual-target.rules.js';
import { THAI_BINH_PROVINCES } from './provinces.js';

const SCOPE = { plugin: 'thai-binh', claims: THAI_BINH_PROVINCES, today: '2026-11-28' };
const draft: AnnualTargetDraft = {
  year: 2024,
  indicator: '387-2025-FAMILIES',
  percent: 70,
  resolution: 'Nghị quyết (mẫu)/NQ-HĐND',
  adoptedOn: '2023-12-10',
};
const rules = (change: Partial<AnnualTargetDraft>) =>
  checkAnnualTarget({ ...draft, ...change }, SCOPE).map((p) => `${p.field}:${p.rule}`);

describe('checkAnnualTarget', () => {
  it.each<[string, Partial<AnnualTargetDraft>, string[]]>([
    ['a national indicator', {}, []],
    ['a code of the province', { indicator: 'TB_LEARNING_CLANS' }, []],
    ['the last year of the claim', { year: 2025, adoptedOn: '2025-06-30' }, []],
    ['a year after the claim', { year: 2026 }, ['year:OUTSIDE_PLUGIN_PROVINCES']],
    ['a year that is no year', { year: 1999 }, ['year:RANGE']],
    ['a fractional year', { year: 2024.5 }, ['year:RANGE']],
    ['adopted the day after the claim ended', { adoptedOn: '2025-07-01' }, ['adoptedOn:OUTSIDE_PLUGIN_PROVINCES']],
    ['adopted in the future', { adoptedOn: '2026-11-29' }, ['adoptedOn:NOT_FUTURE']],
    ['an adoption day that is no date', { adoptedOn: '2024-02-30x' }, ['adoptedOn:DATE']],
    ['percent 0', { percent: 0 }, []],
    ['percent 100', { percent: 100 }, []],
    ['percent two decimals', { percent: 65.25 }, []],
    ['percent below 0', { percent: -0.01 }, ['percent:RANGE']],
    ['percent above 100', { percent: 100.01 }, ['percent:RANGE']],
    ['percent not a number', { percent: Number.NaN }, ['percent:RANGE']],
    ['percent three decimals', { percent: 33.333 }, ['percent:DECIMALS']],
    ['an empty indicator', { indicator: '  ' }, ['indicator:REQUIRED']],
    ['an indicator with spaces', { indicator: 'learning families' }, ['indicator:FORMAT']],
    ['a very long indicator', { indicator: 'X'.repeat(65) }, ['indicator:FORMAT']],
    ['an empty resolution', { resolution: '' }, ['resolution:REQUIRED']],
    ['a very long resolution', { resolution: 'N'.repeat(301) }, ['resolution:MAX_LENGTH']],
  ])('%s', (_, change, expected) => {
    expect(rules(change)).toEqual(expected);
  });

  it('names the plugin and its provinces with their dates when outside them', () => {
    const [problem] = checkAnnualTarget({ ...draft, year: 2026 }, SCOPE);
    expect(problem?.message).toBe(
      "2026 is outside plugin thai-binh's provinces: it serves 34 Thái Bình (… – 2025-06-30)",
    );
  });
});

describe('claimDayOfYear', () => {
  it.each([
    [2024, { code: '34', day: '2024-12-31' }],
    [2025, { code: '34', day: '2025-06-30' }],
    [2026, null],
  ])('%i → %o', (year, expected) => {
    expect(claimDayOfYear(year, THAI_BINH_PROVINCES)).toEqual(expected);
  });

  it('respects a claim that starts during a year', () => {
    expect(claimDayOfYear(2025, [{ code: '82', from: '2025-07-01' }])).toEqual({ code: '82', day: '2025-12-31' });
    expect(claimDayOfYear(2024, [{ code: '82', from: '2025-07-01' }])).toBeNull();
  });
});

describe('claimOn', () => {
  it.each([
    ['2025-06-30', '34'],
    ['2025-07-01', null],
  ])('%s', (day, code) => {
    expect(claimOn(day, THAI_BINH_PROVINCES)?.code ?? null).toBe(code);
  });
});
