import { describe, expect, it } from 'vitest';
import { afterAttempt, isLocked, type LockoutState } from './lockout.rules.js';

const now = new Date('2026-12-08T10:00:00Z');
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const policy = { maxFailures: 5, lockMs: 15 * 60_000 };

describe('afterAttempt', () => {
  const cases: [string, LockoutState, boolean, { state: LockoutState; signedIn: boolean }][] = [
    [
      'right password, clean',
      { failedAttempts: 0, lockedUntil: null },
      true,
      { state: { failedAttempts: 0, lockedUntil: null }, signedIn: true },
    ],
    [
      'right password resets failures',
      { failedAttempts: 4, lockedUntil: null },
      true,
      { state: { failedAttempts: 0, lockedUntil: null }, signedIn: true },
    ],
    [
      'first failure counts',
      { failedAttempts: 0, lockedUntil: null },
      false,
      { state: { failedAttempts: 1, lockedUntil: null }, signedIn: false },
    ],
    [
      'fourth failure counts',
      { failedAttempts: 3, lockedUntil: null },
      false,
      { state: { failedAttempts: 4, lockedUntil: null }, signedIn: false },
    ],
    [
      'fifth failure locks',
      { failedAttempts: 4, lockedUntil: null },
      false,
      { state: { failedAttempts: 5, lockedUntil: minutes(15) }, signedIn: false },
    ],
    [
      'locked: right password refused, state kept',
      { failedAttempts: 5, lockedUntil: minutes(1) },
      true,
      { state: { failedAttempts: 5, lockedUntil: minutes(1) }, signedIn: false },
    ],
    [
      'locked: wrong password does not extend',
      { failedAttempts: 5, lockedUntil: minutes(1) },
      false,
      { state: { failedAttempts: 5, lockedUntil: minutes(1) }, signedIn: false },
    ],
    [
      'lock run out: right password signs in',
      { failedAttempts: 5, lockedUntil: minutes(-1) },
      true,
      { state: { failedAttempts: 0, lockedUntil: null }, signedIn: true },
    ],
    [
      'lock run out: a failure starts a new count',
      { failedAttempts: 5, lockedUntil: minutes(-1) },
      false,
      { state: { failedAttempts: 1, lockedUntil: null }, signedIn: false },
    ],
    [
      'lock ending exactly now is over',
      { failedAttempts: 5, lockedUntil: now },
      true,
      { state: { failedAttempts: 0, lockedUntil: null }, signedIn: true },
    ],
  ];
  it.each(cases)('%s', (_name, state, correct, expected) => {
    expect(afterAttempt(state, correct, now, policy)).toEqual(expected);
  });
});

describe('isLocked', () => {
  it.each([
    [null, false],
    [minutes(-5), false],
    [now, false],
    [minutes(5), true],
  ] as const)('locked until %s → %s', (lockedUntil, locked) => {
    expect(isLocked({ failedAttempts: 5, lockedUntil }, now)).toBe(locked);
  });
});
