import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIdeRoutes } from './ide-routes.js';

/** The IDE bundled as `pnpm build` bundles it, into a directory of this test's own. */
describe('the landing page and the offline GraphQL IDE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoctap-ide-'));
  let dev: FastifyInstance;
  let production: FastifyInstance;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(import.meta.dirname, '../scripts/build-ide.mjs'), dir], { stdio: 'ignore' });
    dev = Fastify();
    registerIdeRoutes(dev, { production: false, ideDir: dir });
    production = Fastify();
    registerIdeRoutes(production, { production: true, ideDir: dir });
  }, 60_000);

  afterAll(async () => {
    await dev?.close();
    await production?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says at /about what the server is and links to the IDE', async () => {
    const page = await dev.inject({ url: '/about' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('xây dựng xã hội học tập');
    expect(page.body).toContain('href="/graphiql"');
  });

  it('serves the IDE from this server only: its page loads local assets, and its policy allows nothing else', async () => {
    const page = await dev.inject({ url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/', '/graphiql/assets/main.css', '/graphiql/assets/main.js']);
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const script = await dev.inject({ url: '/graphiql/assets/main.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toContain('hoctap.token');
    const css = await dev.inject({ url: '/graphiql/assets/main.css' });
    expect(css.body).not.toMatch(/@import|url\(\s*["']?https?:/);
    expect((await dev.inject({ url: '/graphiql/assets/..%2Fpackage.json' })).statusCode).toBe(404);
  });

  it('sends a browser opening /graphql to the IDE', async () => {
    const response = await dev.inject({ url: '/graphql', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect([response.statusCode, response.headers.location]).toEqual([302, '/graphiql']);
  });

  it('keeps the IDE off in production, and says so at /about', async () => {
    expect((await production.inject({ url: '/graphiql' })).statusCode).toBe(404);
    const page = await production.inject({ url: '/about' });
    expect(page.body).toContain('off in production');
    expect(page.body).not.toContain('href="/graphiql"');
  });
});
