import { AsyncLocalStorage } from 'node:async_hooks';
import { unavailable } from './errors.js';

/**
 * A request's open transaction holds one pooled connection. Any other query the request makes
 * before it commits (through the request's own EntityManager, a DataLoader, an access check)
 * takes a second connection; ten such requests at once hold all ten and wait for an eleventh
 * forever. The scope below marks the async work inside a transaction, and the guard installed on
 * the pool refuses a second connection there, so the mistake fails loudly in tests instead of
 * hanging a server under load.
 */
interface Scope {
  open: boolean;
  acquired: number;
}

const scope = new AsyncLocalStorage<Scope>();

/** Thrown when a query inside a transaction asks the pool for a second connection. */
export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A query asked for a second database connection while this request held a transaction open. ' +
        'Inside a transaction, query only through its own EntityManager (tx); do lookups and access checks before it.',
    );
    this.name = 'SecondConnectionError';
  }
}

/** Runs `work` (which opens exactly one transaction) inside a guarded scope. */
export async function inTransactionScope<T>(work: () => Promise<T>): Promise<T> {
  if (scope.getStore()?.open) throw new SecondConnectionError();
  const store: Scope = { open: true, acquired: 0 };
  try {
    return await scope.run(store, work);
  } finally {
    store.open = false;
  }
}

/** What the guard needs of a `pg` pool: its `connect`. */
interface ConnectablePool {
  connect(...args: unknown[]): unknown;
}

/**
 * Wraps a pool's `connect` so that a second acquisition inside an open transaction scope fails.
 * Pass it as MikroORM's `driverOptions.onPoolCreated`.
 */
export function guardPool(pool: ConnectablePool): void {
  const connect = pool.connect.bind(pool);
  pool.connect = (...args: unknown[]) => {
    const store = scope.getStore();
    if (store?.open && ++store.acquired > 1) {
      const error = new SecondConnectionError();
      const callback = args.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
      if (callback) return callback(error);
      return Promise.reject(error);
    }
    return connect(...args);
  };
}

/**
 * Whether transactions may still commit. At shutdown, once the grace period is over, the server
 * closes the gate: a transaction that has not committed yet rolls back instead, so no change is
 * saved after its caller was cut off (a retry would otherwise book a donation twice).
 */
export class TransactionGate {
  private closed = false;
  private readonly open = new Set<symbol>();

  /** Refuses new and unfinished transactions from now on. */
  close(): void {
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** How many transactions are running now. */
  get running(): number {
    return this.open.size;
  }

  enter(): symbol {
    this.assertOpen();
    const ticket = Symbol('transaction');
    this.open.add(ticket);
    return ticket;
  }

  leave(ticket: symbol): void {
    this.open.delete(ticket);
  }

  /** Called right before COMMIT: throws (and so rolls back) once the gate is closed. */
  assertOpen(): void {
    if (this.closed) throw TransactionGate.shuttingDown();
  }

  /** What a caller whose change was not saved because of the shutdown is told. */
  static shuttingDown() {
    return unavailable('The server is shutting down; nothing was saved. Try again in a moment.', { retryable: true });
  }
}
