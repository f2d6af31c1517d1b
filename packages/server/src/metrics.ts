import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestContext } from '@hoctap/core';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { publicError } from './errors.js';

/** What the pool gauges read: `pg`'s pool counts. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Operation names come from the caller: an attacker sending a new name per request would grow the
 * label set without bound. Names must look like GraphQL names and only the first this many distinct
 * ones get their own series; the rest count as "other".
 */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Seconds: from a cached map read (2 ms) to a national export (10 s). */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The server's Prometheus metrics: one registry per app, so tests and several apps never share counters. */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly pools: PoolCounts[] = [];

  readonly httpRequests = new Counter({
    name: 'hoctap_http_requests_total',
    help: 'HTTP requests answered, by route and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'hoctap_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending its answer, by route.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly operationDuration = new Histogram({
    name: 'hoctap_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'hoctap_graphql_errors_total',
    help: 'GraphQL errors sent to callers, by code (INTERNAL_SERVER_ERROR for everything masked).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'hoctap_' });
    const pools = this.pools;
    const sum = (key: keyof PoolCounts) => pools.reduce((n, p) => n + p[key], 0);
    new Gauge({
      name: 'hoctap_db_pool_connections',
      help: 'Database connections of the serving pool, by state (in use, idle) and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        this.set({ state: 'in_use' }, sum('totalCount') - sum('idleCount'));
        this.set({ state: 'idle' }, sum('idleCount'));
        this.set({ state: 'waiting' }, sum('waitingCount'));
      },
    });
  }

  /** Replica lag and rotation, as measured by the routing (DATABASE_REPLICA_URLS). */
  watchReplicas(status: () => readonly { name: string; lagMs: number | null; inRotation: boolean }[]): void {
    new Gauge({
      name: 'hoctap_db_replica_lag_seconds',
      help: 'How far each read replica is behind the primary (-1 when it could not be asked).',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const r of status()) this.set({ replica: r.name }, r.lagMs === null ? -1 : r.lagMs / 1000);
      },
    });
    new Gauge({
      name: 'hoctap_db_replica_in_rotation',
      help: 'Whether reads go to each replica (1) or it is left out for lag or errors (0).',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const r of status()) this.set({ replica: r.name }, r.inRotation ? 1 : 0);
      },
    });
  }

  /** A pool whose counts the gauges report (the serving ORM's, once created). */
  watchPool(pool: PoolCounts): void {
    this.pools.push(pool);
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}

/** Times each operation and counts its errors by code. */
export function metricsPlugin(metrics: ServerMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const shown = publicError(unwrapResolverError(error));
            metrics.graphqlErrors.inc({ code: shown ? String(shown.extensions.code) : 'INTERNAL_SERVER_ERROR' });
          }
        },
        async willSendResponse({ operationName, operation }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.operationDuration.observe(
            { operation: metrics.operationLabel(operationName), type: operation?.operation ?? 'invalid' },
            seconds,
          );
        },
      };
    },
  };
}

/**
 * Counts and times every HTTP answer, and serves `/metrics` in Prometheus's text format. With a
 * token, a scrape must send it as a bearer (metrics name operations and show load: not for everyone).
 */
export function registerMetrics(app: FastifyInstance, metrics: ServerMetrics, options: { token?: string }): void {
  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern, never the raw URL: ids and query strings would make a series per request.
    const route = request.routeOptions.url ?? 'unmatched';
    const method = request.method;
    metrics.httpRequests.inc({ method, route, status: `${Math.floor(reply.statusCode / 100)}xx` });
    metrics.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (options.token && !sameSecret(request.headers.authorization ?? '', `Bearer ${options.token}`))
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'metrics token required' });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
