import { describe, expect, it } from 'vitest';
import { NOMINATIONS_PER_COUNTRY } from './membership.data.js';
import {
  addMonths,
  awardEligibility,
  checkNomination,
  checkProgressReport,
  endedProgressPeriods,
  isProgressPeriod,
  membershipCountsFrom,
  progressReportsDue,
  wonOn,
} from './membership.rules.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2024-03-10', 12, '2025-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2020-12-31', 72, '2026-12-31'],
    ['2025-11-30', -11, '2024-12-30'],
  ] as const)('%s + %s months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('awardEligibility', () => {
  const joinedOn = '2024-03-10';
  it.each([
    ['11 months', '2025-02-10', false],
    ['12 months less a day', '2025-03-09', false],
    ['12 months exactly', '2025-03-10', false],
    ['12 months and a day', '2025-03-11', true],
    ['13 months', '2025-04-10', true],
  ])('after %s of membership (on %s) eligible: %s', (_label, nominationDay, eligible) => {
    const result = awardEligibility({ joinedOn, joinedYear: 2024, nominationDay });
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.rule)).toEqual(eligible ? [] : ['MEMBERSHIP_UNDER_12_MONTHS']);
    expect(result.eligibleFrom).toBe('2025-03-11');
  });

  it('refuses a day before joining', () => {
    expect(awardEligibility({ joinedOn, joinedYear: 2024, nominationDay: '2024-01-01' }).eligible).toBe(false);
  });

  it('counts from 31 December when only the year of joining is known, never overstating', () => {
    expect(membershipCountsFrom({ joinedYear: 2020 })).toBe('2020-12-31');
    expect(membershipCountsFrom({ joinedYear: 2020, joinedOn: '2020-09-01' })).toBe('2020-09-01');
    const on = (nominationDay: string) => awardEligibility({ joinedYear: 2020, nominationDay });
    expect(on('2021-12-31')).toMatchObject({ eligible: false, countsFrom: '2020-12-31', eligibleFrom: '2022-01-01' });
    expect(on('2021-12-31').reasons[0]?.message).toMatch(/only the year 2020 is known/);
    expect(on('2022-01-01').eligible).toBe(true);
  });

  it.each([
    ['the day before the sixth anniversary', '2027-11-14', false],
    ['the sixth anniversary', '2027-11-15', true],
    ['after six years', '2028-01-01', true],
    ['five years later', '2026-11-15', false],
  ])('a past winner (won 2021-11-15) on %s is eligible: %s', (_label, nominationDay, eligible) => {
    const result = awardEligibility({ joinedYear: 2020, nominationDay, lastWonOn: '2021-11-15' });
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.rule)).toEqual(eligible ? [] : ['WINNER_WAITS_6_YEARS']);
    expect(result.eligibleFrom).toBe('2027-11-15');
  });

  it('gives both reasons when both rules stand in the way', () => {
    const result = awardEligibility({
      joinedOn: '2024-06-01',
      joinedYear: 2024,
      nominationDay: '2024-12-01',
      lastWonOn: '2024-11-01',
    });
    expect(result.reasons.map((r) => r.rule)).toEqual(['MEMBERSHIP_UNDER_12_MONTHS', 'WINNER_WAITS_6_YEARS']);
    expect(result.eligibleFrom).toBe('2030-11-01');
  });

  it('counts a win from the day decided, else from 31 December of the award year', () => {
    expect(wonOn({ awardYear: 2021, outcomeOn: '2021-11-15' })).toBe('2021-11-15');
    expect(wonOn({ awardYear: 2021 })).toBe('2021-12-31');
  });
});

describe('checkNomination', () => {
  const eligible = awardEligibility({ joinedYear: 2020, nominationDay: '2026-03-01' });
  const base = {
    eligibility: eligible,
    nominatedOn: '2026-03-01',
    awardYear: 2027,
    alreadyNominated: 0,
    today: '2026-11-28',
  };

  it(`allows up to ${NOMINATIONS_PER_COUNTRY} cities per award`, () => {
    expect(NOMINATIONS_PER_COUNTRY).toBe(2);
    expect(checkNomination(base)).toEqual([]);
    expect(checkNomination({ ...base, alreadyNominated: 1 })).toEqual([]);
    expect(checkNomination({ ...base, alreadyNominated: 2 }).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'awardYear:NOMINATIONS_PER_COUNTRY',
    ]);
  });

  it('turns eligibility reasons into problems on the membership, and refuses future days', () => {
    const early = awardEligibility({ joinedYear: 2025, nominationDay: '2026-03-01' });
    expect(
      checkNomination({ ...base, eligibility: early, nominatedOn: '2026-12-01' }).map((p) => `${p.field}:${p.rule}`),
    ).toEqual(['membershipId:MEMBERSHIP_UNDER_12_MONTHS', 'nominatedOn:NOT_FUTURE']);
  });
});

describe('progress reports', () => {
  const sadec = { joinedYear: 2020 };

  it('are biennial, two calendar years from the first full year of membership', () => {
    expect(endedProgressPeriods(sadec, '2022-12-31').map((p) => p.period)).toEqual([]);
    expect(endedProgressPeriods(sadec, '2023-01-01')).toEqual([
      { period: '2021-2022', from: '2021-01-01', to: '2022-12-31' },
    ]);
    expect(endedProgressPeriods(sadec, '2026-11-28').map((p) => p.period)).toEqual(['2021-2022', '2023-2024']);
    expect(endedProgressPeriods({ joinedYear: 2025, joinedOn: '2025-09-10' }, '2026-11-28')).toEqual([]);
  });

  it('are due for ended periods without a report', () => {
    expect(progressReportsDue(sadec, [{ period: '2021-2022' }], '2026-11-28').map((p) => p.period)).toEqual([
      '2023-2024',
    ]);
    expect(progressReportsDue(sadec, [{ period: '2021-2022' }, { period: '2023-2024' }], '2026-11-28')).toEqual([]);
  });

  it('accept only the periods of the membership', () => {
    expect(isProgressPeriod(sadec, '2021-2022')).toBe(true);
    expect(isProgressPeriod(sadec, '2025-2026')).toBe(true);
    expect(isProgressPeriod(sadec, '2022-2023')).toBe(false);
    expect(isProgressPeriod(sadec, '2019-2020')).toBe(false);
    expect(isProgressPeriod(sadec, '2021-2023')).toBe(false);
    expect(isProgressPeriod(sadec, '2021')).toBe(false);
    expect(
      checkProgressReport({ period: '2022-2023', submittedOn: '2027-01-01', summary: ' ' }, sadec, '2026-11-28').map(
        (p) => `${p.field}:${p.rule}`,
      ),
    ).toEqual(['period:PERIOD', 'submittedOn:NOT_FUTURE', 'summary:REQUIRED']);
  });
});
