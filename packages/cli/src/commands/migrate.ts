import { loadConfig, openPlatformDatabase, preparePlugins } from '@hoctap/server';
import { resolvePlugins } from '../plugins.js';

/** `hoctap migrate`: applies pending core and plugin migrations and reference data, then exits. */
export async function migrateCommand(): Promise<void> {
  const config = loadConfig();
  const prepared = await preparePlugins(await resolvePlugins(config.plugins));
  const db = await openPlatformDatabase(config, (line) => console.error(line), prepared);
  await db.close();
}
