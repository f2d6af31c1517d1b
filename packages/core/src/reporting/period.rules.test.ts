import { describe, expect, it } from 'vitest';
import { addDays, dueOn, isOnTime, parsePeriod, periodProblem } from './period.rules.js';

describe('parsePeriod', () => {
  it.each([
    ['2025', 'YEARLY', '2025-01-01', '2025-12-31'],
    ['2025H1', 'HALF_YEARLY', '2025-01-01', '2025-06-30'],
    ['2025H2', 'HALF_YEARLY', '2025-07-01', '2025-12-31'],
    ['2025Q1', 'QUARTERLY', '2025-01-01', '2025-03-31'],
    ['2025Q3', 'QUARTERLY', '2025-07-01', '2025-09-30'],
    ['2025Q4', 'QUARTERLY', '2025-10-01', '2025-12-31'],
    ['2025-07', 'MONTHLY', '2025-07-01', '2025-07-31'],
    ['2025-02', 'MONTHLY', '2025-02-01', '2025-02-28'],
    ['2024-02', 'MONTHLY', '2024-02-01', '2024-02-29'],
    ['2024-12', 'MONTHLY', '2024-12-01', '2024-12-31'],
  ])('%s is %s from %s to %s', (code, type, startOn, endOn) => {
    expect(parsePeriod(code)).toEqual({ code, type, year: Number(code.slice(0, 4)), startOn, endOn });
  });

  it.each(['', '25', '2025H3', '2025H0', '2025Q0', '2025Q5', '2025-13', '2025-00', '2025-7', '2025W01', ' 2025'])(
    '%j names no period',
    (code) => expect(parsePeriod(code)).toBeNull(),
  );
});

describe('due day and timeliness', () => {
  it.each([
    ['2025', 59, '2026-02-28'],
    ['2023', 59, '2024-02-28'],
    ['2025H1', 0, '2025-06-30'],
    ['2025Q3', 15, '2025-10-15'],
    ['2025-07', 31, '2025-08-31'],
    ['2025-12', 1, '2026-01-01'],
  ])('%s with %i due days is due on %s', (code, days, due) => {
    expect(dueOn(parsePeriod(code)!, days)).toBe(due);
  });

  it.each([
    ['2026-01-30', '2026-01-31', true],
    ['2026-01-31', '2026-01-31', true],
    ['2026-02-01', '2026-01-31', false],
    [null, '2026-01-31', null],
  ])('submitted on %s, due %s: on time %s', (submitted, due, expected) => {
    expect(isOnTime(submitted, due)).toBe(expected);
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('periodProblem', () => {
  it.each([
    ['2025', 'YEARLY', null],
    ['2025Q1', 'QUARTERLY', null],
    ['2025Q1', 'YEARLY', /QUARTERLY period; the data set is YEARLY/],
    ['2025-07', 'HALF_YEARLY', /MONTHLY/],
    ['x', 'YEARLY', /no period code/],
  ] as const)('%s for %s', (code, type, expected) => {
    const problem = periodProblem(code, type);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
