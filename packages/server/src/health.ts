import type { ReplicaRouting, ReplicaStatus } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { pluginSetDifference } from './plugin-set.js';
import { describePluginSetDifference, type PluginSetEntry } from './plugin-set.rules.js';

const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export type Readiness = ({ status: 'ready' } | { status: 'not ready'; reason: string }) & {
  /** With read replicas: each one's lag and whether reads go to it. */
  replicas?: ReplicaStatus[];
};

export interface ReadinessOptions {
  /** This server's plugins; given, the server is not ready while the database records another set. */
  pluginSet?: readonly PluginSetEntry[];
  /** Read replicas: shown in the answer; a lagging replica leaves the rotation, the server stays ready. */
  replicas?: ReplicaRouting;
}

/**
 * Ready: the database answers within 2 s, every migration is applied and, given `pluginSet`, the
 * database was migrated with this server's plugins: a server left behind when another migrated
 * with a different set leaves the load balancer's rotation by itself.
 */
export async function checkReadiness(orm: MikroORM, options: ReadinessOptions = {}): Promise<Readiness> {
  const readiness = await primaryReadiness(orm, options);
  return options.replicas ? { ...readiness, replicas: options.replicas.status() } : readiness;
}

async function primaryReadiness(orm: MikroORM, options: ReadinessOptions): Promise<Readiness> {
  let found;
  try {
    found = await withTimeout(
      (async () => {
        const em = orm.em.fork();
        await em.execute('select 1');
        return {
          pending: await orm.migrator.getPending(),
          plugins: options.pluginSet ? await pluginSetDifference(em, options.pluginSet) : null,
        };
      })(),
      READY_TIMEOUT_MS,
    );
  } catch (error) {
    return { status: 'not ready', reason: `database unreachable: ${(error as Error).message}` };
  }
  if (found.pending.length > 0)
    return { status: 'not ready', reason: `${found.pending.length} migration(s) not applied` };
  if (found.plugins)
    return {
      status: 'not ready',
      reason: `plugin set differs from the database's: ${describePluginSetDifference(found.plugins)}`,
    };
  return { status: 'ready' };
}

/** `/healthz`: the process is up. `/readyz`: see `checkReadiness`. */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM, options: ReadinessOptions = {}): void {
  // Probes poll every few seconds: their requests are logged only when they go wrong (warn and up).
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    const readiness = await checkReadiness(orm, options);
    if (readiness.status === 'ready') return readiness;
    request.log.warn(`not ready: ${readiness.reason}`);
    return reply.code(503).send(readiness);
  });
}
