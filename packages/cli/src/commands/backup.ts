import { backupDatabase, openDatabaseServer, restoreDatabase } from '@hoctap/db';
import { loadConfig } from '@hoctap/server';

export interface BackupOptions {
  out?: string;
}

export interface RestoreOptions {
  replace?: boolean;
}

/** The configured database (DATABASE_URL, or the embedded one in the data directory), for the length of `work`. */
async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const server = await openDatabaseServer({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await work(server.url);
  } finally {
    await server.stop();
  }
}

/** `hoctap backup`: pg_dump of the whole database (custom format) into a file. */
export async function backupCommand(options: BackupOptions): Promise<void> {
  const file = options.out ?? `hoctap-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.dump`;
  await withDatabase(async (url) => {
    await backupDatabase(url, file, (line) => console.error(line));
  });
  console.error(`Đã sao lưu / backup written: ${file}`);
}

/** `hoctap restore <file>`: pg_restore in one transaction into an empty database (or, with --replace, over one). */
export async function restoreCommand(file: string, options: RestoreOptions): Promise<void> {
  await withDatabase(async (url) => {
    await restoreDatabase(url, file, { replace: options.replace ?? false, progress: (line) => console.error(line) });
  });
  console.error(`Đã khôi phục / restored from ${file}. Run \`hoctap migrate\` if the backup is from an older version.`);
}
