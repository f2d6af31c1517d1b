/**
 * Sign-in lockout (OWASP Authentication Cheat Sheet, "Account lockout"): after `maxFailures`
 * wrong passwords in a row the account refuses every sign-in for `lockMs`, even with the right
 * password; a success resets the count. The caller is told the same generic message either way.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

export const LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60_000 };

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

/** Whether the account is locked at `now`. */
export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after one sign-in attempt whose password was `correct`, or null when the attempt is
 * refused because the account is locked (the state then stays as it is).
 */
export function afterAttempt(
  state: LockoutState,
  correct: boolean,
  now: Date,
  policy: LockoutPolicy = LOCKOUT_POLICY,
): { state: LockoutState; signedIn: boolean } {
  if (isLocked(state, now)) return { state, signedIn: false };
  if (correct) return { state: { failedAttempts: 0, lockedUntil: null }, signedIn: true };
  // A lock that has run out starts a new count.
  const failures = (state.lockedUntil === null ? state.failedAttempts : 0) + 1;
  if (failures >= policy.maxFailures)
    return {
      state: { failedAttempts: failures, lockedUntil: new Date(now.getTime() + policy.lockMs) },
      signedIn: false,
    };
  return { state: { failedAttempts: failures, lockedUntil: null }, signedIn: false };
}
