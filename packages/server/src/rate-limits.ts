import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimits {
  /** Per caller: per bearer token, or per IP for anonymous callers. */
  perCaller: number;
  /** Per IP, whoever asks: many tokens from one address share it. */
  perIp: number;
  /**
   * Redis (REDIS_URL) holding the counters, so that N servers behind a load balancer enforce one
   * limit instead of N; absent: each process counts on its own.
   */
  redisUrl?: string | undefined;
}

/** Probes are polled by load balancers and must never be refused for being frequent. */
const EXEMPT = new Set(['/healthz', '/readyz']);

/** The caller's bucket: a hash of the token (never the token itself, which would sit in memory), or the IP. */
function callerKey(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.trim() !== '')
    return `token:${createHash('sha256').update(header).digest('base64url').slice(0, 22)}`;
  return `anonymous:${request.ip}`;
}

/**
 * Two fixed-window limits, each answered with 429, `RATE_LIMITED` and `Retry-After`: per caller,
 * so one script cannot starve the officials of its province, and per IP, so a flood of made-up
 * tokens from one address is held too.
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits, redis?: Redis): Promise<void> {
  if (limits.perCaller <= 0 && limits.perIp <= 0) return;
  await app.register(rateLimit, {
    global: false,
    timeWindow: 60_000,
    // A Redis that goes away must not take the API with it: limits are then skipped (and logged).
    ...(redis ? { redis, nameSpace: 'hoctap-rate-limit:', skipOnError: true } : {}),
    allowList: (request) => EXEMPT.has(request.url.split('?')[0] ?? ''),
  });
  // The plugin's own hook runs once per request, so both limits are checked here, each in its bucket.
  const checks = [
    ...(limits.perIp > 0 ? [app.createRateLimit({ max: limits.perIp, keyGenerator: (r) => `ip:${r.ip}` })] : []),
    ...(limits.perCaller > 0 ? [app.createRateLimit({ max: limits.perCaller, keyGenerator: callerKey })] : []),
  ];
  app.addHook('onRequest', async (request, reply) => {
    for (const check of checks) {
      const result = await check(request);
      if (result.isAllowed || !result.isExceeded) continue;
      return reply
        .code(429)
        .header('retry-after', String(result.ttlInSeconds))
        .send({
          errors: [
            {
              message: `Quá nhiều yêu cầu / Too many requests: the limit is ${result.max} a minute. Try again in ${result.ttlInSeconds} s.`,
              extensions: { code: 'RATE_LIMITED', limit: result.max, retryAfterSeconds: result.ttlInSeconds },
            },
          ],
        });
    }
    return undefined;
  });
}
