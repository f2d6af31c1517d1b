import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerConsoleRoutes } from './console-routes.js';

/** A console build laid out as Vite lays it out, in a directory of this test's own. */
describe('the console at /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoctap-console-'));
  let built: FastifyInstance;
  let unbuilt: FastifyInstance;

  beforeAll(() => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
    writeFileSync(join(dir, 'assets/index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    built = Fastify();
    registerConsoleRoutes(built, { consoleDir: dir });
    unbuilt = Fastify();
    registerConsoleRoutes(unbuilt, { consoleDir: join(dir, 'missing') });
  });

  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves its page under a same-origin policy, and its hashed assets for long', async () => {
    const page = await built.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/assets/index-abc.js');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    const script = await built.inject({ url: '/assets/index-abc.js' });
    expect([script.statusCode, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(script.headers['cache-control']).toContain('immutable');
  });

  it('serves nothing outside its assets', async () => {
    expect((await built.inject({ url: '/assets/..%2Fsecret.txt' })).statusCode).toBe(404);
    expect((await built.inject({ url: '/assets/..%2Findex.html' })).statusCode).toBe(404);
    expect((await built.inject({ url: '/assets/nothing.js' })).statusCode).toBe(404);
  });

  it('says how to build it when it is not built', async () => {
    const page = await unbuilt.inject({ url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('pnpm build');
    expect(page.body).toContain('href="/about"');
  });
});
