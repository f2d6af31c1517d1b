/**
 * The test harness for plugin authors: a real PostgreSQL database with the core's and the
 * plugins' migrations and reference data, and the GraphQL API over it, in a few lines:
 *
 *   const platform = useTestPlatform({ plugins: [myPlugin], map: 'national' });
 *   it('…', async () => {
 *     const officer = await platform.officer('87', { asOf: '2024-06-01' });
 *     const { data, errors } = await platform.execute('{ plugins { id } }', { as: officer });
 *   });
 *
 * `map: 'national'` starts from the whole shipped map (real provinces, districts and communes,
 * before and after 1/7/2025), so a plugin need not build its units by hand.
 */
import {
  AdminLevel,
  AdminUnit,
  AdminUnitKindEnum,
  AdminUnitParent,
  Role,
  Succession,
  SuccessionKind,
  TokenService,
  coreModule,
  findUnitByCode,
  todayInVietnam,
  type PluginDefinition,
  type PluginRuntime,
  type Principal,
  guardPool,
} from '@hoctap/core';
import { coreMigrations, DEFAULT_LIMITS, openOrm } from '@hoctap/db';
import { createApp, installPlugins, preparePlugins } from '@hoctap/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { executeAs, TEST_JWT_SECRET, testPrincipals, type GraphQLResult, type TestCaller } from './api.js';
import { cloneTestDatabase, type TestMap } from './database.js';

export { AdminLevel, AdminUnitKindEnum, Role, SuccessionKind };

export interface TestUnit {
  code: string;
  name: string;
  level: AdminLevel;
  kind: AdminUnitKindEnum;
  /** The parent's code on the unit's last (or first) day. */
  parentCode: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface TestPlatform {
  /** Runs a GraphQL operation in-process as the caller (anonymous when `as` is absent). */
  execute<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; as?: TestCaller },
  ): Promise<GraphQLResult<T>>;
  readonly admin: Principal;
  readonly analyst: Principal;
  /** A caller scoped to the unit that has this code on `asOf` (default 2024-06-01). */
  officer(code: string, options?: { asOf?: string; role?: Role.OFFICER | Role.ASSOCIATION }): Promise<Principal>;
  /** The unit that has this code on `asOf` (default 2024-06-01); fails the test when there is none. */
  unit(code: string, options?: { asOf?: string }): Promise<AdminUnit>;
  /** Adds units of the map (for `map: 'provinces'`, or units the national map does not hold). */
  addUnits(units: readonly TestUnit[]): Promise<AdminUnit[]>;
  /** Records that `from` (its code on `fromAsOf`) is succeeded by `to` (its code on `toAsOf`). */
  addSuccession(input: {
    from: string;
    fromAsOf: string;
    to: string;
    toAsOf: string;
    kind?: SuccessionKind;
    effectiveDate?: string;
  }): Promise<void>;
  /** A fresh EntityManager on the test database. */
  em(): EntityManager;
  readonly orm: MikroORM;
  readonly plugins: PluginRuntime;
  readonly app: FastifyInstance;
  /** Sets the date requests see as today (default: the real today), e.g. to be inside a call window. */
  setToday(day: string | null): void;
  close(): Promise<void>;
}

/**
 * A platform with these plugins over a database of its own. The plugins are checked exactly as
 * the server checks them: a bad declaration rejects with the server's refusal message.
 */
export async function createTestPlatform(options: {
  plugins: readonly PluginDefinition[];
  limits?: { maxDepth: number; maxCost: number };
  /** The map the database starts with (default: the provinces only). */
  map?: TestMap;
}): Promise<TestPlatform> {
  const prepared = await preparePlugins(options.plugins);
  const database = await cloneTestDatabase(options.map);
  const orm = await openOrm({
    clientUrl: database.url,
    entities: [...coreModule.entities, ...options.plugins.flatMap((p) => p.entities ?? [])],
    migrations: coreMigrations,
    poolMax: 4,
    // As the server serves requests: bounded, and refusing a second connection inside a transaction.
    limits: DEFAULT_LIMITS,
    onPoolCreated: guardPool,
  });
  try {
    const { runtime } = await installPlugins(orm, prepared);
    const tokens = new TokenService(TEST_JWT_SECRET);
    const clock: { today: string | null } = { today: null };
    const app = await createApp({
      clock: () => clock.today ?? todayInVietnam(),
      orm,
      schema: prepared.schema,
      plugins: runtime,
      tokens,
      limits: options.limits ?? { maxDepth: 10, maxCost: 20000 },
      logLevel: process.env.HOCTAP_TEST_LOG_LEVEL ?? 'silent',
      production: false,
    });
    return platformOver({ orm, app, tokens, runtime, clock, drop: database.drop });
  } catch (error) {
    await orm.close();
    await database.drop();
    throw error;
  }
}

function platformOver(parts: {
  orm: MikroORM;
  app: FastifyInstance;
  tokens: TokenService;
  runtime: PluginRuntime;
  clock: { today: string | null };
  drop: () => Promise<void>;
}): TestPlatform {
  const { orm, app, tokens } = parts;
  return {
    orm,
    app,
    plugins: parts.runtime,
    admin: testPrincipals.admin,
    analyst: testPrincipals.analyst,
    em: () => orm.em.fork(),
    setToday(day) {
      parts.clock.today = day;
    },
    execute: (query, options) => executeAs(app, tokens, query, options),
    async officer(code, options = {}) {
      const asOf = options.asOf ?? '2024-06-01';
      const unit = await findUnitByCode(orm.em.fork(), code, asOf);
      if (!unit) throw new Error(`test platform: no unit has code ${code} on ${asOf}`);
      const role = options.role ?? Role.OFFICER;
      return { kind: 'user', subject: `${role.toLowerCase()}-${code}`, role, unitId: unit.id, unitCode: unit.code };
    },
    async unit(code, options = {}) {
      const asOf = options.asOf ?? '2024-06-01';
      const unit = await findUnitByCode(orm.em.fork(), code, asOf);
      if (!unit) throw new Error(`test platform: no unit has code ${code} on ${asOf}`);
      return unit;
    },
    addUnits: (units) => addTestUnits(orm.em.fork(), units),
    async addSuccession(input) {
      const em = orm.em.fork();
      const from = await findUnitByCode(em, input.from, input.fromAsOf);
      const to = await findUnitByCode(em, input.to, input.toAsOf);
      if (!from || !to) throw new Error(`test platform: no unit ${!from ? input.from : input.to} for the succession`);
      em.create(Succession, {
        from,
        to,
        kind: input.kind ?? SuccessionKind.FULL,
        effectiveDate: input.effectiveDate ?? '2025-07-01',
        legalBasis: 'test',
      });
      await em.flush();
    },
    async close() {
      await app.close();
      await orm.close();
      await parts.drop();
    },
  };
}

/** Adds units of the map under their parents (found by code on the unit's last, or first, day). */
export async function addTestUnits(em: EntityManager, units: readonly TestUnit[]): Promise<AdminUnit[]> {
  const created: AdminUnit[] = [];
  for (const { parentCode, ...unit } of units) {
    const day = unit.validTo ?? unit.validFrom ?? '2024-01-01';
    const parent = await findUnitByCode(em, parentCode, day);
    if (!parent) throw new Error(`test platform: no parent ${parentCode} on ${day} for unit ${unit.code}`);
    const row = em.create(AdminUnit, { validFrom: null, validTo: null, ...unit, source: 'test' });
    em.create(AdminUnitParent, { unit: row, parent, validFrom: unit.validFrom ?? null, validTo: unit.validTo ?? null });
    await em.flush();
    created.push(row);
  }
  return created;
}

/** For a test file: a platform created before its tests and closed after them. */
export function useTestPlatform(options: Parameters<typeof createTestPlatform>[0]): TestPlatform {
  let platform: TestPlatform | undefined;
  beforeAll(async () => {
    platform = await createTestPlatform(options);
  });
  afterAll(async () => {
    await platform?.close();
  });
  const get = (): TestPlatform => {
    if (!platform) throw new Error('useTestPlatform: the platform exists only inside tests and hooks.');
    return platform;
  };
  return new Proxy({} as TestPlatform, {
    get: (_, key) => {
      const value = get()[key as keyof TestPlatform];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(get()) : value;
    },
  });
}
