import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_QUERIES, demoTokenHolders, loadDemo, type DemoTokenHolder, type Principal } from '@hoctap/core';
import { createTestApi, nationalTestDatabase, type TestApi, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every ```graphql block of the README, run as written against a database with the shipped map:
 * anonymously, or, for a block that starts with `# as COMMUNE_TOKEN` (…), with that token of
 * `hoctap demo` on the demo dataset.
 */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const allBlocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const TOKENS: Record<string, DemoTokenHolder> = {
  COMMUNE_TOKEN: 'communeOfficer',
  PROVINCE_TOKEN: 'provinceOfficer',
  ANALYST_TOKEN: 'analyst',
};
const demoTokenOf = (block: string) => /^# as (\w+):/.exec(block)?.[1];
const blocks = allBlocks.filter((b) => !demoTokenOf(b));
const demoBlocks = allBlocks.filter((b) => demoTokenOf(b));
/** A demo block without its first line, the comment naming its token. */
const queryOf = (block: string) => block.slice(block.indexOf('\n') + 1).trimEnd();

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

  describe('the demo’s queries', () => {
    beforeAll(async () => {
      await loadDemo(db.orm.em, { today: '2026-12-07' });
    });

    it('are the three `hoctap demo` prints, each for the token it names', () => {
      expect(demoBlocks.map((b) => [TOKENS[demoTokenOf(b)!], queryOf(b)])).toEqual(
        DEMO_QUERIES.map((q) => [q.as, q.query]),
      );
    });

    it.each(demoBlocks.map((block) => [block.split('\n')[0]!, block]))('%s', async (_title, block) => {
      const holders = await demoTokenHolders(db.orm.em);
      const result = await api.execute<Record<string, unknown>>(queryOf(block), {
        as: holders[TOKENS[demoTokenOf(block)!]!] as Principal,
      });
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).every((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(
        true,
      );
    });
  });
});
