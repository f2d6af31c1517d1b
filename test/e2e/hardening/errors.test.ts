/**
 * What a caller sees when something fails: typed errors pass through with their code; anything
 * else is INTERNAL_SERVER_ERROR with the request id and no internals (no SQL, no constraint
 * names, no stack), while the server's log keeps the whole error under the same id.
 */
import { Role, TokenService } from '@hoctap/core';
import { buildHoctapSchema, createApp } from '@hoctap/server';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let db: TestDatabase;
let app: Awaited<ReturnType<typeof createApp>>;
let token: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const tokens = new TokenService(TEST_JWT_SECRET);
  token = await tokens.sign({ subject: 'test-admin', role: Role.ADMIN });
  app = await createApp({
    orm: db.orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits: { maxDepth: 10, maxCost: 20000 },
    logLevel: 'info',
    production: false,
    bodyLimitBytes: 64 * 1024,
    logStream: { write: (line) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
  });
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('an unexpected failure', () => {
  it('answers INTERNAL_SERVER_ERROR with the request id and no database text; the log has it all', async () => {
    // A table gone from under the server: the kind of fault no caller should learn the details of.
    await db.orm.em.fork().execute('drop table commendation cascade');
    const response = await post(
      { query: '{ commendations(unitCode: "87", year: 2024) { id } }' },
      { 'x-request-id': 'req-hardening-1' },
    );
    const body = response.json<{ errors: { message: string; extensions: Record<string, unknown> }[] }>();
    expect(response.headers['x-request-id']).toBe('req-hardening-1');
    expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-hardening-1' });
    // The path names the field asked for; nothing else may name the database.
    const { path, ...rest } = body.errors[0] as { path?: unknown };
    expect(path).toEqual(['commendations']);
    expect(JSON.stringify(rest)).not.toMatch(/commendation|relation|select|stack|\/work\//i);
    const logged = logLines.find((l) => l.requestId === 'req-hardening-1' && l.level === 50);
    expect(logged).toMatchObject({ err: { message: 'relation "commendation" does not exist', code: '42P01' } });
  });

  it('never sends a stack trace, even outside production', async () => {
    const response = await post({ query: '{ nope }' });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/stacktrace/);
  });
});

describe('the HTTP layer', () => {
  it('answers a body over the limit with 413 and PAYLOAD_TOO_LARGE in the GraphQL error shape', async () => {
    const response = await post({ query: `{ viewer { role } }`, variables: { pad: 'x'.repeat(70_000) } });
    expect(response.statusCode).toBe(413);
    const error = response.json<{ errors: { message: string; extensions: { code: string } }[] }>().errors[0]!;
    expect(error.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/limit of 65536 bytes/);
  });

  it('answers malformed JSON with 400 and BAD_REQUEST', async () => {
    const response = await post('{"query": "{ viewer { role } }"');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(
      'BAD_REQUEST',
    );
  });
});
