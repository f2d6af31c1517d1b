import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from './errors.js';

/**
 * Flushes, turning a lost race into CONFLICT: another transaction bumped the version between our
 * read and our write, and the update must be refused rather than silently overwrite theirs.
 */
export async function flushOrConflict(em: EntityManager, what: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError)
      throw conflict(`The ${what} was changed by someone else meanwhile. Reload and try again.`);
    throw error;
  }
}

/**
 * Refuses with CONFLICT when the caller read another version than the one stored: someone changed
 * the record in between, and writing now would silently undo their change.
 */
export function assertVersion(current: number, expected: number, what: string): void {
  if (current !== expected)
    throw conflict(
      `The ${what} was changed by someone else (version ${current}, you read ${expected}). Reload it and try again.`,
      { currentVersion: current },
    );
}
