import { randomUUID } from 'node:crypto';
import { coreModule, guardPool, Role, TokenService, type Principal } from '@hoctap/core';
import { cloneDatabase, coreMigrations, DEFAULT_LIMITS, dropDatabase, openOrm } from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from './app.js';
import { buildHoctapSchema } from './schema.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server the tests create their databases on (set by the global setup). */
    testServerUrl: string;
    /** Migrated database with reference data (the provinces, no communes) that each test file clones. */
    testTemplate: string;
    /** The same with the shipped national map (10,047 old and 3,321 new communes): `nationalTestDatabase()`. */
    testNationalTemplate: string;
    /** Why the CLI could not be built for the tests that run it as a process; null when it was. */
    cliBuildError: string | null;
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  orm: MikroORM;
  /** Every SQL statement run through `orm`, for asserting that nested queries cost a constant number. */
  statements: string[];
  drop(): Promise<void>;
}

/** A database of this test file's own, copied from the migrated template in milliseconds. */
export async function createTestDatabase(
  serverUrl: string = inject('testServerUrl'),
  template: string = inject('testTemplate'),
): Promise<TestDatabase> {
  const name = `hoctap_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const url = await cloneDatabase(serverUrl, template, name);
  const statements: string[] = [];
  const orm = await openOrm({
    clientUrl: url,
    entities: coreModule.entities,
    migrations: coreMigrations,
    poolMax: 4,
    onQuery: (line) => statements.push(line),
    // As the server serves requests: bounded, and refusing a second connection inside a transaction.
    limits: DEFAULT_LIMITS,
    onPoolCreated: guardPool,
  });
  return {
    url,
    name,
    orm,
    statements,
    async drop() {
      await orm.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** A database of this test file's own with the whole national map, as `pnpm start` has it. */
export function nationalTestDatabase(): Promise<TestDatabase> {
  return createTestDatabase(inject('testServerUrl'), inject('testNationalTemplate'));
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApi {
  app: FastifyInstance;
  tokens: TokenService;
  /** Runs a GraphQL operation in-process (no socket) as the given caller. */
  execute<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; as?: Principal | string },
  ): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** The HTTP app over a test database, with a helper to call it as any caller. */
export async function createTestApi(orm: MikroORM, limits = { maxDepth: 10, maxCost: 20000 }): Promise<TestApi> {
  const tokens = new TokenService(TEST_JWT_SECRET);
  const app = await createApp({
    orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits,
    logLevel: process.env.HOCTAP_TEST_LOG_LEVEL ?? 'silent',
    production: false,
  });
  return {
    app,
    tokens,
    async execute(query, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const as = options.as;
      if (typeof as === 'string') headers.authorization = as;
      else if (as) {
        const token = await tokens.signPrincipal(as);
        if (token) headers.authorization = `Bearer ${token}`;
      }
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers,
        payload: { query, variables: options.variables },
      });
      return { status: response.statusCode, ...(response.json() as object) };
    },
    close: () => app.close(),
  };
}

export const testPrincipals = {
  admin: { kind: 'user', subject: 'test-admin', role: Role.ADMIN } as Principal,
  analyst: { kind: 'user', subject: 'test-analyst', role: Role.ANALYST } as Principal,
};

/**
 * For a test file: its own database and an API over it, created before the tests and dropped
 * after. Read `db` and `api` inside tests (they exist once `beforeAll` has run).
 */
export function useTestApi(): { readonly db: TestDatabase; readonly api: TestApi } {
  const handle: { db?: TestDatabase; api?: TestApi } = {};
  beforeAll(async () => {
    handle.db = await createTestDatabase();
    handle.api = await createTestApi(handle.db.orm);
  });
  afterAll(async () => {
    await handle.api?.close();
    await handle.db?.drop();
  });
  return {
    get db() {
      if (!handle.db) throw new Error('useTestApi: the database exists only inside tests and hooks.');
      return handle.db;
    },
    get api() {
      if (!handle.api) throw new Error('useTestApi: the API exists only inside tests and hooks.');
      return handle.api;
    },
  };
}
