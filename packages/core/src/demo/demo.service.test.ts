import { nationalTestDatabase, type TestDatabase } from '@hoctap/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, removeDemo } from './demo.service.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await nationalTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('the demo dataset', () => {
  it('loads', async () => {
    const lines: string[] = [];
    const result = await loadDemo(db.orm.em, { onProgress: (l) => lines.push(l) });
    console.log(lines.join('\n'), result);
    const again = await loadDemo(db.orm.em);
    expect(again.status).toBe('unchanged');
    console.log(await removeDemo(db.orm.em));
  });
});
