import { DomainError, badInput, conflict, unavailable } from './errors.js';

/**
 * PostgreSQL's SQLSTATE classes and codes (Appendix A of its manual) that a caller can act on.
 * The database's own text (constraint names, key values) never reaches the caller: it names
 * internals and sometimes other people's data.
 */
const TRANSIENT = new Set([
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown (the backend was terminated, e.g. at shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
]);

/** Messages of the driver and pool when no connection could be had or kept. */
const CONNECTION_LOST =
  /timeout exceeded when trying to connect|Connection terminated|connection not open|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/i;

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * The refusal a database error means for the caller, or null when it means a fault of the server
 * (a bug, a missing table), which must be masked and logged instead.
 */
export function domainErrorOfDatabase(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Error)) return null;
  const code = codeOf(error);
  if (code === '23505')
    return conflict('The change conflicts with a record that already exists. Reload and try again.', {
      rule: 'UNIQUE',
    });
  if (code === '23503')
    return conflict('The change refers to a record that does not exist, or one still referred to by others.', {
      rule: 'REFERENCE',
    });
  if (code === '40001' || code === '40P01')
    return conflict('The change collided with another one made at the same time. Try again.', { rule: 'RETRY' });
  // Data exceptions (class 22) and integrity rules the edge should have caught (not null, check).
  if (code !== undefined && (code.startsWith('22') || code === '23502' || code === '23514'))
    return badInput([
      {
        field: 'input',
        rule: 'STORABLE',
        message: 'holds a value the database cannot store (out of range or invalid)',
      },
    ]);
  if ((code !== undefined && (TRANSIENT.has(code) || code.startsWith('08'))) || CONNECTION_LOST.test(error.message))
    return unavailable('The server is busy or could not reach its database in time; nothing was saved. Try again.', {
      retryable: true,
    });
  return null;
}
