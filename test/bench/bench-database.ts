// A database of a benchmark's own: an embedded PostgreSQL in a temporary folder (or the server in
// DATABASE_URL), migrated with the shipped national map as `hoctap start` has it, removed after.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, openDatabaseServer, withDatabase } from '@hoctap/db';
import { openPlatformDatabase, type PlatformDatabase } from '@hoctap/server';

export interface BenchDatabase {
  url: string;
  dataDir: string;
  /** The migrated database, open; `close()` it before handing the database to a server process. */
  db: PlatformDatabase;
  /** Drops the database, stops the embedded server and removes its folder. */
  remove(): Promise<void>;
}

export async function openBenchDatabase(label: string, progress?: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), `hoctap-bench-${label}-`));
  const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL, dataDir });
  const name = `hoctap_bench_${label}_${process.pid}`;
  await ensureDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  const db = await openPlatformDatabase({ databaseUrl: url, dataDir }, progress);
  return {
    url,
    dataDir,
    db,
    async remove() {
      await db.close().catch(() => undefined);
      await dropDatabase(server.url, name);
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
