import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS, type ConnectionLimits } from '@hoctap/db';
import { z } from 'zod';
import { SigningKeys } from '@hoctap/core';
import type { RateLimits } from './rate-limits.js';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** Environment variables the server reads; each has a default that suits a developer's machine. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: optionalText,
  HOCTAP_DATA_DIR: z.string().default('./.data'),
  HOCTAP_JWT_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  HOCTAP_JWT_KEYS: optionalText,
  HOCTAP_OIDC_ISSUER: optionalText,
  HOCTAP_OIDC_JWKS_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  HOCTAP_OIDC_CLAIM: optionalText,
  HOCTAP_OIDC_AUDIENCE: optionalText,
  HOCTAP_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  HOCTAP_MAX_COST: z.coerce.number().int().min(10).default(20000),
  HOCTAP_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  HOCTAP_PLUGINS: z
    .string()
    .default('default')
    .refine(
      (v) => /^(default|none|[a-z0-9@/._-]+(,[a-z0-9@/._-]+)*)$/.test(v.replaceAll(' ', '')),
      'must be "default", "none" or a comma-separated list of plugin ids or package names',
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  HOCTAP_ENV: z.enum(['development', 'production']).optional(),
  HOCTAP_DB_POOL_MAX: z.coerce.number().int().min(2).max(500).default(10),
  HOCTAP_DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.acquireTimeoutMs),
  HOCTAP_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.statementTimeoutMs),
  HOCTAP_DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.lockTimeoutMs),
  HOCTAP_DB_IDLE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.idleInTransactionTimeoutMs),
  HOCTAP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  HOCTAP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  HOCTAP_RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  HOCTAP_CORS_ORIGINS: z
    .string()
    .default('')
    .refine(
      (v) => v.split(',').every((o) => o.trim() === '' || /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o.trim())),
      'must be a comma-separated list of origins such as https://hoctap.example.gov.vn (scheme, host, optional port; no "*")',
    ),
  HOCTAP_METRICS: z.enum(['on', 'off']).default('on'),
  HOCTAP_METRICS_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
  HOCTAP_SLOW_QUERY_MS: z.coerce.number().int().min(0).default(1000),
  // OpenTelemetry's own variable names, so a collector's usual configuration applies as is.
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.refine(
    (v) => v === undefined || /^https?:\/\//.test(v),
    'must be an http(s) URL such as http://otel-collector:4318',
  ),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalText.refine(
    (v) => v === undefined || /^https?:\/\//.test(v),
    'must be an http(s) URL such as http://otel-collector:4318/v1/traces',
  ),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).default('hoctap-api'),
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .refine(
      (v) => v.split(',').every((u) => u.trim() === '' || /^postgres(ql)?:\/\//.test(u.trim())),
      'must be a comma-separated list of postgres:// URLs',
    ),
  HOCTAP_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(5000),
  HOCTAP_OPERATIONS: z.enum(['open', 'persisted-only']).default('open'),
  HOCTAP_PERSISTED_OPERATIONS: optionalText,
  REDIS_URL: optionalText.refine(
    (v) => v === undefined || /^rediss?:\/\//.test(v),
    'must be a redis:// or rediss:// URL',
  ),
});

/** Every environment variable the server reads: `.env.example` documents each one. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface ServerConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded one runs in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** From HOCTAP_JWT_SECRET, or generated once into the data directory for local use. */
  jwtSecret: string | undefined;
  /** From HOCTAP_JWT_KEYS: a JSON list of JWKs, the first signs, all verify (key rotation). */
  jwtKeys: string | undefined;
  /** An external OpenID Connect provider whose access tokens are accepted, when configured. */
  oidc: { issuer: string; jwksUrl: string; claim?: string; audience?: string } | undefined;
  maxDepth: number;
  maxCost: number;
  shutdownGraceMs: number;
  logLevel: string;
  production: boolean;
  /** Which plugins to load: the first-party ones ("default"), none, or a list of ids, package names or file paths ("default" may be one of them). */
  plugins: 'default' | string[];
  /** Pool size and how long a request may wait for or hold the database. */
  database: { poolMax: number; limits: ConnectionLimits };
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimitBytes: number;
  /** Requests per minute per caller (per token, or per IP when anonymous) and per IP; 0 turns a limit off. */
  rateLimit: RateLimits;
  /** Browser origins allowed to call the API (CORS allow-list); empty: only pages the API serves itself. */
  corsOrigins: string[];
  /** `/metrics`: on unless turned off; in production only with a token (scrapes send it as a bearer). */
  metrics: { enabled: boolean; token: string | undefined };
  /** Statements slower than this are logged (warn) with their text; 0: none. */
  slowQueryMs: number;
  /** OpenTelemetry traces sent by OTLP/HTTP to this URL (…/v1/traces); absent: no tracing. */
  tracing: { tracesUrl: string; serviceName: string } | undefined;
  /** `persisted-only`: only the operations of the manifest file run (production clients). */
  operations: { mode: 'open' | 'persisted-only'; manifestFile: string | undefined };
  /** Read replicas, and the lag past which one leaves the rotation. */
  replicas: { urls: string[]; maxLagMs: number };
}

/** Reads the configuration, naming each bad variable and its rule. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.HOCTAP_OPERATIONS === 'persisted-only' && !e.HOCTAP_PERSISTED_OPERATIONS)
    throw new Error(
      'Invalid configuration: HOCTAP_PERSISTED_OPERATIONS: required when HOCTAP_OPERATIONS=persisted-only (a manifest written by `hoctap operations manifest`)',
    );
  const production = e.HOCTAP_ENV === 'production' || (e.HOCTAP_ENV === undefined && e.NODE_ENV === 'production');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.HOCTAP_DATA_DIR),
    jwtSecret: e.HOCTAP_JWT_SECRET,
    jwtKeys: e.HOCTAP_JWT_KEYS,
    oidc: oidcConfig(e),
    maxDepth: e.HOCTAP_MAX_DEPTH,
    maxCost: e.HOCTAP_MAX_COST,
    shutdownGraceMs: e.HOCTAP_SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    production,
    plugins: pluginList(e.HOCTAP_PLUGINS),
    database: {
      poolMax: e.HOCTAP_DB_POOL_MAX,
      limits: {
        acquireTimeoutMs: e.HOCTAP_DB_ACQUIRE_TIMEOUT_MS,
        statementTimeoutMs: e.HOCTAP_DB_STATEMENT_TIMEOUT_MS,
        lockTimeoutMs: e.HOCTAP_DB_LOCK_TIMEOUT_MS,
        idleInTransactionTimeoutMs: e.HOCTAP_DB_IDLE_TX_TIMEOUT_MS,
      },
    },
    bodyLimitBytes: e.HOCTAP_BODY_LIMIT_BYTES,
    rateLimit: {
      perCaller: e.HOCTAP_RATE_LIMIT_PER_MINUTE,
      perIp: e.HOCTAP_RATE_LIMIT_IP_PER_MINUTE,
      redisUrl: e.REDIS_URL,
    },
    corsOrigins: e.HOCTAP_CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    metrics: {
      enabled: e.HOCTAP_METRICS === 'on' && (!production || e.HOCTAP_METRICS_TOKEN !== undefined),
      token: e.HOCTAP_METRICS_TOKEN,
    },
    slowQueryMs: e.HOCTAP_SLOW_QUERY_MS,
    tracing: tracingConfig(e),
    operations: { mode: e.HOCTAP_OPERATIONS, manifestFile: e.HOCTAP_PERSISTED_OPERATIONS },
    replicas: {
      urls: e.DATABASE_REPLICA_URLS.split(',')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
      maxLagMs: e.HOCTAP_REPLICA_MAX_LAG_MS,
    },
  };
}

/** The traces endpoint as the OTLP exporter specification derives it: the signal's own, or the base plus /v1/traces. */
function tracingConfig(e: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string | undefined;
  OTEL_SERVICE_NAME: string;
}): ServerConfig['tracing'] {
  const tracesUrl =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  return tracesUrl ? { tracesUrl, serviceName: e.OTEL_SERVICE_NAME } : undefined;
}

function oidcConfig(e: {
  HOCTAP_OIDC_ISSUER?: string | undefined;
  HOCTAP_OIDC_JWKS_URL?: string | undefined;
  HOCTAP_OIDC_CLAIM?: string | undefined;
  HOCTAP_OIDC_AUDIENCE?: string | undefined;
}): ServerConfig['oidc'] {
  if (!e.HOCTAP_OIDC_ISSUER && !e.HOCTAP_OIDC_JWKS_URL) return undefined;
  if (!e.HOCTAP_OIDC_ISSUER || !e.HOCTAP_OIDC_JWKS_URL)
    throw new Error('Invalid configuration: HOCTAP_OIDC_ISSUER and HOCTAP_OIDC_JWKS_URL go together');
  return {
    issuer: e.HOCTAP_OIDC_ISSUER,
    jwksUrl: e.HOCTAP_OIDC_JWKS_URL,
    ...(e.HOCTAP_OIDC_CLAIM ? { claim: e.HOCTAP_OIDC_CLAIM } : {}),
    ...(e.HOCTAP_OIDC_AUDIENCE ? { audience: e.HOCTAP_OIDC_AUDIENCE } : {}),
  };
}

function pluginList(value: string): 'default' | string[] {
  const v = value.trim();
  if (v === 'default') return 'default';
  if (v === 'none') return [];
  return v.split(',').map((name) => name.trim());
}

/**
 * The configured JWT secret, or for local use a random one kept in the data directory so that
 * `hoctap token` and the server agree without any setup. Production must configure its own.
 */
export async function resolveJwtSecret(
  config: Pick<ServerConfig, 'jwtSecret' | 'dataDir' | 'production'>,
): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.production)
    throw new Error(
      'Invalid configuration: HOCTAP_JWT_SECRET is required in production (NODE_ENV=production or HOCTAP_ENV=production)',
    );
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * The token signing keys: `HOCTAP_JWT_KEYS` when set (newest first signs, all verify), otherwise
 * one HS256 key from the shared secret (development only). Production refuses a shared secret:
 * its first key must be an ES256 private key, whose public half is served at /.well-known/jwks.json.
 */
export async function resolveSigningKeys(
  config: Pick<ServerConfig, 'jwtSecret' | 'jwtKeys' | 'dataDir' | 'production'>,
): Promise<SigningKeys> {
  if (config.jwtKeys) {
    const keys = SigningKeys.fromJson(config.jwtKeys);
    if (config.production && keys.signsWithSharedSecret)
      throw new Error(
        'Invalid configuration: in production the first key of HOCTAP_JWT_KEYS must be an ES256 (EC P-256) private key, not a shared HS256 secret',
      );
    return keys;
  }
  if (config.production)
    throw new Error(
      'Invalid configuration: production needs HOCTAP_JWT_KEYS with an ES256 private key (a bare HS256 secret in HOCTAP_JWT_SECRET is refused); see README "Accounts and sign-in"',
    );
  return SigningKeys.fromSecret(await resolveJwtSecret(config));
}
