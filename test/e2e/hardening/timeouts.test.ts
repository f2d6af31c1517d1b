/**
 * A request stuck on the database fails with a typed error instead of freezing the server: a row
 * lock held elsewhere past the lock timeout, a pool with no connection free past the acquire
 * timeout. Both answer UNAVAILABLE (503, Retry-After), and nothing is written.
 */
import { coreModule, guardPool, Role, TokenService, toGlobalId } from '@hoctap/core';
import { coreMigrations, openOrm } from '@hoctap/db';
import { buildHoctapSchema, createApp } from '@hoctap/server';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture } from '../../../packages/core/src/evaluations/evaluation.test-helpers.js';

let db: TestDatabase;
let orm: Awaited<ReturnType<typeof openOrm>>;
let app: Awaited<ReturnType<typeof createApp>>;
let token: string;
let fundId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const f = await addEvaluationFixture(db.orm.em.fork());
  const [fund] = await db.orm.em.fork().execute<{ id: string }[]>(
    `with a as (insert into study_promotion_association (id, unit_id, name, founded_on, members)
                values (gen_random_uuid(), ?, 'Chi hội', '2010-01-01', '[]') returning id)
     insert into study_promotion_fund (id, association_id, name) select gen_random_uuid(), a.id, 'Quỹ' from a returning id`,
    [f.commune.id],
  );
  fundId = fund!.id;
  // Short bounds, and a pool of two, so the test waits a moment rather than the defaults' seconds.
  orm = await openOrm({
    clientUrl: db.url,
    entities: coreModule.entities,
    migrations: coreMigrations,
    poolMax: 2,
    limits: { acquireTimeoutMs: 300, statementTimeoutMs: 2000, lockTimeoutMs: 300, idleInTransactionTimeoutMs: 2000 },
    onPoolCreated: guardPool,
  });
  const tokens = new TokenService(TEST_JWT_SECRET);
  token = await tokens.sign({ subject: 'timeout-admin', role: Role.ADMIN });
  app = await createApp({
    orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits: { maxDepth: 10, maxCost: 20000 },
    logLevel: 'silent',
    production: false,
  });
});

afterAll(async () => {
  await app?.close();
  await orm?.close();
  await db?.drop();
});

const donate = () =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    payload: {
      query: 'mutation ($i: FundEntryInput!) { recordFundEntry(input: $i) { id } }',
      variables: {
        i: {
          fundId: toGlobalId('StudyPromotionFund', fundId),
          expectedVersion: 1,
          kind: 'DONATION',
          date: '2024-03-01',
          amountVnd: 100000,
          counterpart: 'Bà C',
          donorType: 'INDIVIDUAL',
        },
      },
    },
  });

const entries = async () =>
  Number((await db.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from fund_entry'))[0]!.n);

async function holdingTheFund<T>(work: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: db.url });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('select * from study_promotion_fund where id = $1 for update', [fundId]);
    return await work();
  } finally {
    await holder.query('rollback');
    await holder.end();
  }
}

describe('a request stuck on the database', () => {
  it('waiting on a row lock past the lock timeout answers UNAVAILABLE and writes nothing', async () => {
    const response = await holdingTheFund(donate);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAVAILABLE', retryable: true } }] });
    expect(await entries()).toBe(0);
  });

  it('finding no free connection past the acquire timeout answers UNAVAILABLE, and the server goes on', async () => {
    // Both pooled connections wait on the lock; the third request finds none free.
    const answers = await holdingTheFund(() => Promise.all([donate(), donate(), donate()]));
    expect(answers.map((a) => a.statusCode)).toEqual([503, 503, 503]);
    expect(await entries()).toBe(0);
    const after = await donate();
    expect(after.json()).toMatchObject({ data: { recordFundEntry: { id: expect.any(String) } } });
    expect(await entries()).toBe(1);
  });
});
