import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Read-your-writes with read replicas: reads go to a replica unless the request they belong to has
 * written, after which everything it reads comes from the primary (a replica may not have the
 * change yet, and a caller who just saved must see what they saved). The server runs each request
 * in a store of its own; outside one (jobs, the CLI, tests) reads use replicas as configured.
 */
const requests = new AsyncLocalStorage<{ written: boolean }>();

export function runRequestScope<T>(work: () => T): T {
  return requests.run({ written: false }, work);
}

/** Called by every mutation: from now on this request reads from the primary. */
export function markWritten(): void {
  const store = requests.getStore();
  if (store) store.written = true;
}

export function hasWritten(): boolean {
  return requests.getStore()?.written ?? false;
}

/**
 * For raw SQL that only reads (analytics, the map cache, scope lookups): it may run on a replica.
 * Inside a transaction MikroORM runs it on the transaction's connection whatever this says.
 */
export const READ = { connectionType: 'read' } as const;
