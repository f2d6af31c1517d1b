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
