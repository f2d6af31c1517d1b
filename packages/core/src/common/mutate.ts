import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type AuditRecord } from '../audit/audit.service.js';
import type { Step } from '../workflows/workflow-history.js';
import { recordStep } from '../workflows/workflow-history.js';
import type { RequestContext } from './context.js';
import { domainErrorOfDatabase } from './database-errors.js';
import { conflict, DomainError } from './errors.js';
import { inTransactionScope, TransactionGate } from './transaction-scope.js';
import { markWritten } from './read-your-writes.js';

/** What a mutation writes beside its change, in its transaction, as the caller. */
export interface MutationLog {
  /** An audit entry: who (the caller, with the request id), what, which record, what changed. */
  audit(record: AuditRecord): void;
  /** One step of a record's workflow history. */
  step(step: Step): void;
}

export interface MutationOptions {
  /**
   * The refusal a unique violation means here (e.g. "this subject already has an evaluation for
   * 2024"); without it, a generic CONFLICT.
   */
  onUnique?: () => DomainError;
}

/**
 * Runs one change: a transaction on its own connection, the work, its audit entries and history,
 * a flush that turns a lost optimistic-lock race into CONFLICT, and a commit refused once the
 * server is shutting down. Database errors become domain errors; anything else propagates (and is
 * masked by the server). Authorise and look up what the work needs before calling it: inside,
 * query only through `tx` (a second connection fails, see transaction-scope.ts).
 */
export async function mutate<T>(
  ctx: RequestContext,
  what: string,
  work: (tx: EntityManager, log: MutationLog) => Promise<T>,
  options: MutationOptions = {},
): Promise<T> {
  const ticket = ctx.transactions?.enter();
  markWritten();
  try {
    return await inTransactionScope(() =>
      ctx.em.transactional(async (tx) => {
        const log: MutationLog = {
          audit: (record) => audit(tx, ctx.principal, record, ctx.requestId),
          step: (step) => recordStep(tx, ctx, step),
        };
        const result = await work(tx, log);
        await tx.flush();
        ctx.transactions?.assertOpen();
        return result;
      }),
    );
  } catch (error) {
    const refusal = refusalOf(error, what, options);
    // Past the shutdown's grace period the server ended this work itself: say so.
    if (ctx.transactions?.isClosed && refusal instanceof DomainError && refusal.code === 'UNAVAILABLE')
      throw TransactionGate.shuttingDown();
    throw refusal;
  } finally {
    if (ticket) ctx.transactions?.leave(ticket);
  }
}

function refusalOf(error: unknown, what: string, options: MutationOptions): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof OptimisticLockError)
    return conflict(`The ${what} was changed by someone else meanwhile. Reload it and try again.`, {
      rule: 'VERSION',
    });
  if ((error as { code?: unknown } | null)?.code === '23505' && options.onUnique) return options.onUnique();
  return domainErrorOfDatabase(error) ?? error;
}
