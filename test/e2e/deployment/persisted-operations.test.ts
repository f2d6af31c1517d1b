/** HOCTAP_OPERATIONS=persisted-only: only the registered client operations run. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TokenService } from '@hoctap/core';
import { buildHoctapSchema, buildOperationsManifest, createApp, loadConfig, sha256Hex } from '@hoctap/server';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const operationsDir = join(import.meta.dirname, '../../../schema/operations');
let db: TestDatabase;
let app: FastifyInstance;
let manifest: Map<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  const files = (await readdir(operationsDir)).filter((f) => f.endsWith('.graphql'));
  manifest = buildOperationsManifest(await Promise.all(files.map((f) => readFile(join(operationsDir, f), 'utf8'))));
  app = await createApp({
    orm: db.orm,
    schema: await buildHoctapSchema(),
    tokens: new TokenService(TEST_JWT_SECRET),
    limits: { maxDepth: 10, maxCost: 20000 },
    logLevel: 'silent',
    production: true,
    persistedOperations: manifest,
  });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const post = (payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });

/** A registered operation that needs no variables and no token. */
function anonymousOperation(): [string, string] {
  const found = [...manifest].find(([, text]) => /^query \w+ \{/.test(text) && !text.includes('$'));
  if (!found) throw new Error('schema/operations holds no query without variables');
  return found;
}

describe('persisted-only operations', () => {
  it('the manifest holds every operation of schema/operations, each keyed by the sha256 of its text', () => {
    expect(manifest.size).toBeGreaterThanOrEqual(10);
    for (const [hash, text] of manifest) expect(sha256Hex(text)).toBe(hash);
  });

  it('runs a registered operation sent by its text, or by its hash alone', async () => {
    const [hash, text] = anonymousOperation();
    const byText = await post({ query: text });
    expect(byText.statusCode).toBe(200);
    expect(byText.json().errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byHash.statusCode).toBe(200);
    expect(byHash.json()).toEqual(byText.json());
  });

  it('refuses anything else before it runs: an ad hoc query, an unknown hash, a registered hash with other text', async () => {
    const [hash] = anonymousOperation();
    for (const payload of [
      { query: '{ __typename }' },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      { query: '{ adminUnits { totalCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    ]) {
      const answer = await post(payload);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    }
  });

  it('needs a manifest file in the configuration', () => {
    expect(() => loadConfig({ HOCTAP_OPERATIONS: 'persisted-only' })).toThrow(
      /HOCTAP_PERSISTED_OPERATIONS: required when HOCTAP_OPERATIONS=persisted-only/,
    );
  });
});
