import pg from 'pg';
import { quoteIdent, withDatabase } from './database-url.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface DatabaseServer {
  /** URL of the application database. */
  url: string;
  /** True when this process started the server and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  /** An external server's URL (DATABASE_URL). When given, no server is ever started. */
  databaseUrl?: string | undefined;
  /** Where the embedded server keeps its files (HOCTAP_DATA_DIR). */
  dataDir: string;
  /** Name of the application database on the embedded server. */
  databaseName?: string;
  onLog?: (line: string) => void;
  /** Refuse an embedded cluster that another live process owns (a second server); see EmbeddedOptions. */
  exclusive?: boolean;
}

/** Creates a database unless it exists; safe to call on every start. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Connects to the configured PostgreSQL: the external one named by DATABASE_URL, or else an
 * embedded one started here with its data in the data directory.
 */
export async function openDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dir: options.dataDir,
    exclusive: options.exclusive ?? false,
    ...(options.onLog ? { onLog: options.onLog } : {}),
  });
  const name = options.databaseName ?? 'hoctap';
  try {
    await ensureDatabase(server.url, name);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, name), embedded: true, stop: () => server.stop() };
}

/**
 * Ends every backend of the named application that is running something (a statement, or an open
 * transaction): its transaction rolls back. Used at the end of a shutdown's grace period, on a
 * connection of its own because the pool may be exhausted. Returns how many were ended.
 */
export async function terminateBackends(url: string, applicationName: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = $1 and pid <> pg_backend_pid() and state <> 'idle'`,
      [applicationName],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
