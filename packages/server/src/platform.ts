import { TokenService, type PluginDefinition, type PluginRuntime, type ReferenceLoadReport } from '@hoctap/core';
import type { DatabaseServer } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { resolveJwtSecret, type ServerConfig } from './config.js';
import { openPlatformDatabase } from './database.js';
import { preparePlugins } from './plugins.js';
import { assertPortFree } from './port.js';

export interface Platform {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  orm: MikroORM;
  app: FastifyInstance;
  tokens: TokenService;
  database: DatabaseServer;
  migrationsApplied: string[];
  referenceData: ReferenceLoadReport[];
  plugins: PluginRuntime;
  /** Stops accepting requests, lets those in flight finish, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/** Everything `hoctap start` does: database, migrations, reference data, schema, HTTP. */
export async function startPlatform(
  config: ServerConfig,
  onProgress: (line: string) => void = () => undefined,
  plugins: readonly PluginDefinition[] = [],
): Promise<Platform> {
  // Configuration, the port and the plugins' declarations and schema are all checked before the
  // database is touched: a bad start writes nothing.
  const tokens = new TokenService(await resolveJwtSecret(config));
  await assertPortFree(config.host, config.port);
  const prepared = await preparePlugins(plugins);
  const db = await openPlatformDatabase(config, onProgress, prepared, { exclusive: true });
  try {
    const app = await createApp({
      orm: db.orm,
      schema: prepared.schema,
      plugins: db.plugins,
      tokens,
      limits: { maxDepth: config.maxDepth, maxCost: config.maxCost },
      logLevel: config.logLevel,
      production: config.production,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    return {
      url,
      orm: db.orm,
      app,
      tokens,
      database: db.database,
      migrationsApplied: db.migrationsApplied,
      referenceData: db.referenceData,
      plugins: db.plugins,
      close() {
        closing ??= (async () => {
          // Requests still running after the grace period are cut so shutdown always ends.
          const force = setTimeout(() => app.server.closeAllConnections(), config.shutdownGraceMs);
          try {
            await app.close();
          } finally {
            clearTimeout(force);
            await db.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
