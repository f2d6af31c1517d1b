import { TokenService } from '@hoctap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { buildHoctapSchema } from './schema.js';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@hoctap/plugin-sdk/testing';

let db: TestDatabase;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('error logging', () => {
  it('logs a GraphQL error with the request id the caller sent and the error code', async () => {
    const app = await createApp({
      orm: db.orm,
      schema: await buildHoctapSchema(),
      tokens: new TokenService(TEST_JWT_SECRET),
      limits: { maxDepth: 10, maxCost: 20000 },
      logLevel: 'info',
      production: false,
      logStream: { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' },
        payload: { query: '{ adminUnits(first: 500) { totalCount } }' },
      });
      expect(response.headers['x-request-id']).toBe('trace-me-42');
      expect(lines).toContainEqual(
        expect.objectContaining({
          requestId: 'trace-me-42',
          code: 'BAD_USER_INPUT',
          msg: 'first: must be between 0 and 100',
        }),
      );
      expect(JSON.stringify(lines)).not.toMatch(/authorization/i);

      // A GET's query string (the operation and its variables) never reaches the log.
      lines.length = 0;
      const secret = 'mat-khau-bi-mat-2026';
      await app.inject({
        method: 'GET',
        url: `/graphql?query=${encodeURIComponent('mutation ($p: String!) { signIn(login: "a@b.vn", password: $p) { accessToken } }')}&variables=${encodeURIComponent(JSON.stringify({ p: secret }))}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(lines.some((l) => (l.req as { url?: string } | undefined)?.url === '/graphql')).toBe(true);
      expect(JSON.stringify(lines)).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});
