import { loadConfig, openPlatformDatabase } from '@hoctap/server';

/** `hoctap migrate`: applies pending migrations and reference data, then exits. */
export async function migrateCommand(): Promise<void> {
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  await db.close();
}
