/** An operator configures the server from .env.example: it must name every variable the server reads. */
import { readFile } from 'node:fs/promises';
import { CONFIG_VARIABLES } from '@hoctap/server';
import { describe, expect, it } from 'vitest';

describe('.env.example', () => {
  it('documents every variable the server reads', async () => {
    const text = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const missing = CONFIG_VARIABLES.filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
