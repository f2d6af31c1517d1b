/**
 * Test databases: each test file gets a database of its own, cloned in milliseconds from a
 * migrated template. Inside this repository the server and the templates come from the test
 * run's global setup; anywhere else (a province's own repository) an embedded PostgreSQL is
 * started in a temporary directory on first use and the templates are built once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreModule, guardPool } from '@hoctap/core';
import {
  cloneDatabase,
  coreMigrations,
  createTemplateDatabase,
  DEFAULT_LIMITS,
  dropDatabase,
  openDatabaseServer,
  openOrm,
} from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';

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

/** Which map a test database starts with. */
export type TestMap =
  /** The 63 and 34 provinces only; tests add the units they need. */
  | 'provinces'
  /** The whole shipped national map, before and after 1/7/2025, as `pnpm start` has it. */
  | 'national';

export interface TestDatabase {
  url: string;
  name: string;
  orm: MikroORM;
  /** Every SQL statement run through `orm`, for asserting that nested queries cost a constant number. */
  statements: string[];
  drop(): Promise<void>;
}

interface TestServer {
  url: string;
  template(map: TestMap): Promise<string>;
}

/** The server and templates the global setup provides, or an embedded server of our own. */
export function testServer(): Promise<TestServer> {
  let url: string | undefined;
  let templates: Record<TestMap, string> | undefined;
  try {
    url = inject('testServerUrl');
    templates = { provinces: inject('testTemplate'), national: inject('testNationalTemplate') };
  } catch {
    // Not under a global setup that provides them.
  }
  if (url && templates?.provinces) {
    const given = templates;
    return Promise.resolve({ url, template: (map) => Promise.resolve(given[map]) });
  }
  standalone ??= startStandalone();
  return standalone;
}
let standalone: Promise<TestServer> | undefined;

async function startStandalone(): Promise<TestServer> {
  const server = await openDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: await mkdtemp(join(tmpdir(), 'hoctap-plugin-test-')),
  });
  const built = new Map<TestMap, Promise<string>>();
  const build = async (map: TestMap): Promise<string> => {
    const name = `hoctap_test_template_${map}`;
    await createTemplateDatabase(server.url, name, async (templateUrl) => {
      const db = await openPlatformDatabase({ databaseUrl: templateUrl, dataDir: '' }, undefined, null, {
        nationalMap: map === 'national',
      });
      await db.close();
    });
    return name;
  };
  return {
    url: server.url,
    template(map) {
      let name = built.get(map);
      if (!name) built.set(map, (name = build(map)));
      return name;
    },
  };
}

/** A fresh database name on the test server, copied from the template of `map`. */
export async function cloneTestDatabase(
  map: TestMap = 'provinces',
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const server = await testServer();
  const name = `hoctap_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const url = await cloneDatabase(server.url, await server.template(map), name);
  return { url, name, drop: () => dropDatabase(server.url, name) };
}

/** A database of this test file's own with the core's tables, bounded as the server serves requests. */
export async function createTestDatabase(options: { map?: TestMap } = {}): Promise<TestDatabase> {
  const { url, name, drop } = await cloneTestDatabase(options.map);
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
      await drop();
    },
  };
}

/** A database of this test file's own with the whole national map, as `pnpm start` has it. */
export function nationalTestDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ map: 'national' });
}
