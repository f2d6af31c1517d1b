import type { ApolloServerOptions } from '@apollo/server';
import type { RequestContext } from '@hoctap/core';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';

type PersistedQueryOptions = Exclude<ApolloServerOptions<RequestContext>['persistedQueries'], false | undefined>;
type ApqCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * The one Redis connection of a server (REDIS_URL), for what N servers behind a load balancer must
 * share: rate-limit counters and the automatic-persisted-query documents. Closed with the app.
 */
export function openSharedRedis(app: FastifyInstance, url: string): Redis {
  const redis = new Redis(url, { connectTimeout: 1000, maxRetriesPerRequest: 1, lazyConnect: false });
  // A Redis that goes away must not take the API with it: what it holds is skipped (and logged).
  redis.on('error', (error: Error) => app.log.warn({ err: error }, 'shared store (Redis) unavailable'));
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return redis;
}

/** How long a registered document stays: a client re-registers it by sending the text once more. */
const APQ_TTL_SECONDS = 24 * 60 * 60;

/**
 * Automatic persisted queries in Redis: a client registers a document with one server and sends
 * only its hash to any other. Apollo stores a document only once it has parsed and validated.
 * A Redis error reads as "not registered", and the client sends the document again.
 */
export class RedisApqCache implements ApqCache {
  constructor(
    private readonly redis: Redis,
    private readonly log: FastifyBaseLogger,
    private readonly prefix = 'hoctap-apq:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.log.warn({ err: error }, 'persisted-query store (Redis) unavailable');
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS);
    } catch (error) {
      this.log.warn({ err: error }, 'persisted-query store (Redis) unavailable');
    }
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key).catch(() => undefined);
  }
}

/** Apollo's persisted-query options: the shared store when there is one, else its in-process cache. */
export function persistedQueryOptions(redis: Redis | undefined, log: FastifyBaseLogger): PersistedQueryOptions {
  return redis ? { cache: new RedisApqCache(redis, log), ttl: APQ_TTL_SECONDS } : {};
}
