import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';

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

/** `/healthz`: the process is up. `/readyz`: the database answers and every migration is applied. */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM): void {
  // Probes poll every few seconds: their requests are logged only when they go wrong (warn and up).
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    try {
      const pending = await withTimeout(
        (async () => {
          await orm.em.fork().execute('select 1');
          return orm.migrator.getPending();
        })(),
        READY_TIMEOUT_MS,
      );
      if (pending.length > 0) {
        request.log.warn({ pending: pending.length }, 'not ready: migrations not applied');
        return reply.code(503).send({ status: 'not ready', reason: `${pending.length} migration(s) not applied` });
      }
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready: database unreachable');
      return reply.code(503).send({ status: 'not ready', reason: `database unreachable: ${(error as Error).message}` });
    }
  });
}
