import { randomBytes } from 'node:crypto';
import {
  OidcVerifier,
  TokenService,
  TransactionGate,
  type PluginDefinition,
  type PluginRuntime,
  type ReferenceLoadReport,
} from '@hoctap/core';
import { terminateBackends, type DatabaseServer } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { resolveSigningKeys, type ServerConfig } from './config.js';
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

/** How long requests rolled back at the end of the grace period get to send their answer. */
const ROLLBACK_ANSWER_MS = 1000;

/** Everything `hoctap start` does: database, migrations, reference data, schema, HTTP. */
export async function startPlatform(
  config: ServerConfig,
  onProgress: (line: string) => void = () => undefined,
  plugins: readonly PluginDefinition[] = [],
): Promise<Platform> {
  // Configuration, the port and the plugins' declarations and schema are all checked before the
  // database is touched: a bad start writes nothing.
  const tokens = new TokenService(await resolveSigningKeys(config));
  await assertPortFree(config.host, config.port);
  const prepared = await preparePlugins(plugins);
  const applicationName = `hoctap-${process.pid}-${randomBytes(4).toString('hex')}`;
  const db = await openPlatformDatabase(config, onProgress, prepared, {
    exclusive: true,
    serving: { limits: config.database.limits, poolMax: config.database.poolMax, applicationName },
  });
  try {
    const transactions = new TransactionGate();
    const app = await createApp({
      orm: db.orm,
      schema: prepared.schema,
      plugins: db.plugins,
      tokens,
      limits: { maxDepth: config.maxDepth, maxCost: config.maxCost },
      logLevel: config.logLevel,
      production: config.production,
      rateLimit: config.rateLimit,
      bodyLimitBytes: config.bodyLimitBytes,
      transactions,
      ...(config.oidc ? { oidc: new OidcVerifier(config.oidc) } : {}),
    });
    const url = await app.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    // Past the grace period nothing more may commit: a client cut off now would retry a change
    // that was saved after all. Close the gate, end the statements still running (their
    // transactions roll back), give those requests a moment to answer, then cut what is left.
    const endGracePeriod = async () => {
      transactions.close();
      await terminateBackends(db.database.url, applicationName).catch((error: unknown) =>
        app.log.error({ err: error }, 'could not end the database work of requests still running'),
      );
      setTimeout(() => app.server.closeAllConnections(), ROLLBACK_ANSWER_MS).unref();
    };
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
          const grace = setTimeout(() => void endGracePeriod(), config.shutdownGraceMs);
          try {
            await app.close();
          } finally {
            clearTimeout(grace);
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
