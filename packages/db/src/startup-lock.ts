import pg from 'pg';

/**
 * The key of the session-level advisory lock every Hoc Tap process takes around its start-up work
 * (migrations, reference data, the standards refresh, plugin installation). Any fixed 64-bit number
 * would do; this one spells "hoctap" in ASCII so it is recognisable in pg_locks.
 */
export const STARTUP_LOCK_KEY = 0x686f63746170n;

/**
 * Runs `work` while holding the start-up lock, so N servers (or `hoctap migrate` processes) started
 * together on one database run their migrations and start-up jobs one after another: the first does
 * the work, the others wait, then find nothing left to do. Without it two fresh starts fail on
 * `create extension` and on the migrations table, and two standards refreshes race on the same keys.
 *
 * The lock lives on a connection of its own that holds no transaction, so the work's own
 * connections (and its transactions) are never blocked by it; the lock ends with that session,
 * which also frees it when a process dies mid-start.
 */
export async function withStartupLock<T>(
  url: string,
  work: () => Promise<T>,
  onWait: (line: string) => void = () => undefined,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'hoctap-startup-lock' });
  await client.connect();
  // A dropped lock connection would silently let another process in; surface it in the log instead.
  client.on('error', (error) => onWait(`The start-up lock's connection failed: ${error.message}`));
  try {
    const key = STARTUP_LOCK_KEY.toString();
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1::bigint) as locked', [
      key,
    ]);
    if (!rows[0]?.locked) {
      onWait('Another Hoc Tap process is starting up on this database; waiting for it to finish …');
      await client.query('select pg_advisory_lock($1::bigint)', [key]);
    }
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
