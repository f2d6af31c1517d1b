import { randomBytes } from 'node:crypto';
import {
  CORE_VERSION,
  OidcVerifier,
  TokenService,
  TransactionGate,
  type PluginDefinition,
  type PluginRuntime,
  type ReferenceLoadReport,
} from '@hoctap/core';
import { terminateBackends, type DatabaseServer, type ReplicaRouting } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { resolveSigningKeys, type ServerConfig } from './config.js';
import { openPlatformDatabase } from './database.js';
import { ServerMetrics, type PoolCounts } from './metrics.js';
import { loadOperationsManifest } from './persisted-operations.js';
import { pluginSetOf } from './plugin-set.js';
import { watchSlowQueries, type SlowQuery } from './slow-queries.js';
import { Tracing } from './telemetry.js';
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
  /** Read-replica routing, when DATABASE_REPLICA_URLS is set. */
  replicas?: ReplicaRouting;
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
  options: {
    /** False: `--no-migrate`, the database must already be migrated with this plugin set. */ migrate?: boolean;
  } = {},
): Promise<Platform> {
  // Configuration, the port and the plugins' declarations and schema are all checked before the
  // database is touched: a bad start writes nothing.
  const tokens = new TokenService(await resolveSigningKeys(config));
  await assertPortFree(config.host, config.port);
  const prepared = await preparePlugins(plugins);
  const persistedOperations =
    config.operations.mode === 'persisted-only' && config.operations.manifestFile
      ? await loadOperationsManifest(config.operations.manifestFile)
      : undefined;
  const applicationName = `hoctap-${process.pid}-${randomBytes(4).toString('hex')}`;
  const metrics = config.metrics.enabled ? new ServerMetrics() : undefined;
  const tracing = config.tracing ? new Tracing({ ...config.tracing, serviceVersion: CORE_VERSION }) : undefined;
  // The pool exists before the app and its logger do: slow statements before then are not logged.
  let slowQueryLog: ((slow: SlowQuery) => void) | undefined;
  const db = await openPlatformDatabase(config, onProgress, prepared, {
    exclusive: true,
    serving: {
      limits: config.database.limits,
      poolMax: config.database.poolMax,
      applicationName,
      replicas: config.replicas,
      watchPool: (pool: PoolCounts) => {
        metrics?.watchPool(pool);
        watchSlowQueries(pool, config.slowQueryMs, (slow) => slowQueryLog?.(slow));
        tracing?.watchPool(pool);
      },
    },
    migrate: options.migrate ?? true,
  });
  try {
    const routing = db.replicas;
    if (metrics && routing) metrics.watchReplicas(() => routing.status());
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
      pluginSet: pluginSetOf(prepared),
      ...(db.replicas ? { replicas: db.replicas } : {}),
      ...(metrics ? { metrics: { registry: metrics, token: config.metrics.token } } : {}),
      ...(tracing ? { tracing } : {}),
      ...(config.rateLimit.redisUrl ? { redisUrl: config.rateLimit.redisUrl } : {}),
      corsOrigins: config.corsOrigins,
      ...(persistedOperations ? { persistedOperations } : {}),
      ...(config.oidc ? { oidc: new OidcVerifier(config.oidc) } : {}),
    });
    slowQueryLog = (slow) => app.log.warn({ slowQuery: slow }, `slow query: ${slow.ms} ms`);
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
      ...(db.replicas ? { replicas: db.replicas } : {}),
      close() {
        closing ??= (async () => {
          const grace = setTimeout(() => void endGracePeriod(), config.shutdownGraceMs);
          try {
            await app.close();
          } finally {
            clearTimeout(grace);
            await db.close();
            // The last requests' spans are sent before the process goes.
            await tracing?.shutdown().catch(() => undefined);
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close();
    await tracing?.shutdown().catch(() => undefined);
    throw error;
  }
}
