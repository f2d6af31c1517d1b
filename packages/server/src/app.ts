import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import {
  AccountStateCheck,
  GeographyCache,
  runRequestScope,
  loadMapBounds,
  type OidcVerifier,
  ScopeUnitCheck,
  type PluginRuntime,
  type RequestContext,
  type TokenService,
  type TransactionGate,
} from '@hoctap/core';
import type { ReplicaRouting } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { contextFactory } from './context.js';
import { formatError, httpErrorHandler } from './errors.js';
import { registerRateLimits, type RateLimits } from './rate-limits.js';
import { registerAnalyticsRoutes } from './analytics-routes.js';
import { registerDataSetRoutes } from './data-set-routes.js';
import { registerHealthRoutes } from './health.js';
import type { PluginSetEntry } from './plugin-set.rules.js';
import { registerConsoleRoutes } from './console-routes.js';
import { registerIdeRoutes } from './ide-routes.js';
import { errorLoggingPlugin } from './error-logging.js';
import { metricsPlugin, registerMetrics, type ServerMetrics } from './metrics.js';
import { registerPersistedOperations, type OperationsManifest } from './persisted-operations.js';
import { costLimitPlugin, limitRules, type QueryLimits } from './limits.js';
import { applyInputBounds, inputBoundsPlugin } from './input-bounds.js';
import type { Tracing } from './telemetry.js';
import { openSharedRedis, persistedQueryOptions } from './shared-redis.js';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  tokens: TokenService;
  limits: QueryLimits;
  /** The loaded plugins; absent: the core alone. */
  plugins?: PluginRuntime;
  /** Today's date (Vietnam) for each request; tests set it to replay a call window or a deadline. */
  clock?: () => string;
  logLevel: string;
  production: boolean;
  /** Where JSON log lines go (default stdout); tests capture them here. */
  logStream?: { write(line: string): void };
  /** Requests per minute per caller and per IP; absent: no limit (tests, benchmarks). */
  rateLimit?: RateLimits;
  /** Largest request body in bytes (default 1 MiB); larger ones are answered 413. */
  bodyLimitBytes?: number;
  /** Closed at the end of a shutdown's grace period: unfinished transactions then roll back. */
  transactions?: TransactionGate;
  /** Accepts an external OpenID Connect provider's access tokens. */
  oidc?: OidcVerifier;
  /** How often the account-state version is read, in ms (default 1000; tests 0). */
  accountPollMs?: number;
  /** Where the bundled GraphQL IDE is (default dist/ide); tests build it elsewhere. */
  ideDir?: string;
  /** Where the built console is (default packages/console/dist). */
  consoleDir?: string;
  /** Origins allowed to call the API from a browser page served elsewhere (CORS); empty: none but the API's own. */
  corsOrigins?: readonly string[];
  /** Prometheus metrics at /metrics (absent: none); with a token, scrapes must send it as a bearer. */
  metrics?: { registry: ServerMetrics; token?: string | undefined };
  /** Allow-list mode: only these operations run (HOCTAP_OPERATIONS=persisted-only). */
  persistedOperations?: OperationsManifest;
  /** Read-replica routing: its lag and rotation are shown by /readyz. */
  replicas?: ReplicaRouting;
  /** This server's plugins as recorded in the database; given, `/readyz` fails while the database's set differs. */
  pluginSet?: readonly PluginSetEntry[];
  /** Redis shared by every server (REDIS_URL): rate-limit counters and persisted-query documents. */
  redisUrl?: string;
  /** OpenTelemetry tracing of requests, operations and statements (OTEL_EXPORTER_OTLP_ENDPOINT). */
  tracing?: Tracing;
}

/** version-traceid-parentid-flags (https://www.w3.org/TR/trace-context/#traceparent-header). */
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The HTTP application: GraphQL at /graphql (GET and POST), analytics as CSV and XLSX, and the health probes. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: ['req.headers.authorization'],
      // A GET carries the operation and its variables in the query string (a password, a citizen's
      // name): the log keeps the path only.
      serializers: {
        req: (request: { method: string; url: string; id: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split('?')[0],
          id: request.id,
          remoteAddress: request.ip,
        }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // A caller's request id, or the trace id of a W3C traceparent, is kept so logs can be followed
    // across services (a proxy's or a client's trace joins the server's log lines).
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      if (typeof given === 'string' && /^[\w.-]{1,100}$/.test(given)) return given;
      const trace = TRACEPARENT.exec(String(req.headers.traceparent ?? ''));
      return trace?.[1] && !/^0+$/.test(trace[1]) ? trace[1] : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
  });
  app.setErrorHandler(httpErrorHandler);
  if (options.persistedOperations) registerPersistedOperations(app, options.persistedOperations);
  options.tracing?.register(app);
  // Each request in a scope of its own: once it has written, its reads leave the replicas.
  app.addHook('onRequest', (_request, _reply, done) => runRequestScope(done));
  if (options.corsOrigins?.length)
    await app.register(fastifyCors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'traceparent', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });
  // Analytics tables and exports are large and repetitive JSON or CSV: they shrink ~10×.
  await app.register(fastifyCompress, { threshold: 2048, encodings: ['br', 'gzip', 'deflate'] });
  if (options.metrics)
    registerMetrics(app, options.metrics.registry, options.metrics.token ? { token: options.metrics.token } : {});
  const redisUrl = options.redisUrl ?? options.rateLimit?.redisUrl;
  const redis = redisUrl ? openSharedRedis(app, redisUrl) : undefined;
  if (options.rateLimit) await registerRateLimits(app, options.rateLimit, redis);
  // While shutting down, answers still being sent close their connection, so that keep-alive
  // clients do not hold the server open after the last request in flight has finished.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    validationRules: limitRules(options.limits),
    // The platform shuts down itself (HTTP first, then Apollo, then the database); Apollo's own
    // signal handlers would stop it mid-request and re-raise the signal.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, which triples the size of an analytics table.
    stringifyResult: (result) => JSON.stringify(result),
    // Documents registered by hash (APQ) are shared by every server when Redis is configured.
    persistedQueries: persistedQueryOptions(redis, app.log),
    logger: app.log,
    introspection: !options.production,
    // Stacks carry absolute paths and internals: they go to the log, never to the caller.
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      costLimitPlugin(options.schema, options.limits.maxCost, await loadMapBounds(options.orm.em.fork())),
      inputBoundsPlugin(options.schema, applyInputBounds(options.schema)),
      errorLoggingPlugin(),
      ...(options.metrics ? [metricsPlugin(options.metrics.registry)] : []),
      ...(options.tracing ? [options.tracing.apolloPlugin()] : []),
      // Apollo's landing pages load from CDNs with telemetry: the server serves its own IDE instead.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // One in-memory map for GraphQL and the exports alike.
  const shared = {
    plugins: options.plugins,
    clock: options.clock,
    geography: new GeographyCache(),
    scopeUnits: new ScopeUnitCheck(),
    accounts: new AccountStateCheck({
      requireAccount: options.production,
      ...(options.accountPollMs !== undefined ? { pollMs: options.accountPollMs } : {}),
    }),
    ...(options.transactions ? { transactions: options.transactions } : {}),
    oidc: options.oidc,
  };
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: contextFactory(options.orm, options.tokens, shared),
  });
  registerAnalyticsRoutes(app, {
    context: contextFactory(options.orm, options.tokens, shared),
  });
  registerDataSetRoutes(app, {
    context: contextFactory(options.orm, options.tokens, shared),
  });
  registerHealthRoutes(app, options.orm, {
    ...(options.pluginSet ? { pluginSet: options.pluginSet } : {}),
    ...(options.replicas ? { replicas: options.replicas } : {}),
  });
  // The public keys access tokens are signed with (ES256), for services that verify them.
  app.get('/.well-known/jwks.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return options.tokens.keys.jwks();
  });
  registerIdeRoutes(app, { production: options.production, ...(options.ideDir ? { ideDir: options.ideDir } : {}) });
  registerConsoleRoutes(app, options.consoleDir ? { consoleDir: options.consoleDir } : {});
  // Fastify stops accepting, waits for requests in flight, then runs this hook.
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  return app;
}
