import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApi, nationalTestDatabase, type TestApi, type TestDatabase } from '@hoctap/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every ```graphql block of the README, run as written against a database with the shipped map. */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the README’s GraphQL examples', () => {
  let db: TestDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await nationalTestDatabase();
    api = await createTestApi(db.orm);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((query) => [query.split('\n')[0]!, query]))('%s', async (_title, query) => {
    const result = await api.execute<Record<string, unknown>>(query);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {}).every((v) => v !== null)).toBe(true);
  });

  it('answers as the comments say', async () => {
    const [dongThap, , haNam] = await Promise.all(blocks.map((q) => api.execute<Record<string, any>>(q))); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(dongThap?.data?.adminUnit.children).toHaveLength(12);
    expect(dongThap?.data?.adminUnit.successors[0].unit).toEqual({ code: '82', name: 'Tỉnh Đồng Tháp' });
    expect(haNam?.data?.adminUnit.asOfNote).toContain('From the list of 2025-03-01');
    expect(haNam?.data?.adminUnit.current).toEqual([{ code: '37', name: 'Tỉnh Ninh Bình' }]);
  });
});
