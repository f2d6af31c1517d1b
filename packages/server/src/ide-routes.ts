import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_VERSION } from '@hoctap/core';
import type { FastifyInstance } from 'fastify';
import { bundledFiles } from './bundled-files.js';

/**
 * `GET /about` says what this server is (the console is at `/`, console-routes.ts); `/graphiql` serves the GraphQL IDE bundled at build time from
 * the project's own dependencies (scripts/build-ide.mjs): no CDN, no telemetry, and a content
 * security policy that lets the page talk to this server only. Off in production, like
 * introspection.
 */
export interface IdeOptions {
  production: boolean;
  /** Where the bundle is (default: dist/ide beside the compiled server). */
  ideDir?: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** dist/ide beside dist/app.js; from the sources (tests, no build), the package's dist/ide. */
const defaultIdeDir = () => [join(here, 'ide'), join(here, '../dist/ide')].find((d) => existsSync(d));

const ASSETS: Record<string, string> = {
  'main.js': 'text/javascript; charset=utf-8',
  'main.css': 'text/css; charset=utf-8',
  'main.js.LEGAL.txt': 'text/plain; charset=utf-8',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'";

function aboutPage(production: boolean): string {
  const ide = production
    ? '<p>The GraphQL IDE and introspection are off in production.</p>'
    : '<p><a href="/graphiql"><strong>Open the GraphQL IDE</strong></a> (GraphiQL, served by this server: it works offline). Paste a bearer token from <code>pnpm hoctap token --role ANALYST</code> or <code>pnpm hoctap demo</code> in its top bar.</p>';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hoc Tap — GraphQL API</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}</style></head>
<body>
<h1>Hoc Tap</h1>
<p><strong>Nền tảng GraphQL cho xây dựng xã hội học tập</strong> — a GraphQL platform for Vietnam's learning-society programme: learning citizens, families, clans, communities and units and their ratings, literacy and universal-education standards, steering committees, community learning centres, study-promotion associations and funds, provincial plans and the UNESCO Global Network of Learning Cities.</p>
${ide}
<ul>
<li>GraphQL: <code>POST /graphql</code> with <code>Authorization: Bearer &lt;token&gt;</code> (no token: published data only)</li>
<li>Analytics exports: <code>/analytics.csv</code>, <code>/analytics.xlsx</code></li>
<li>Health: <a href="/healthz"><code>/healthz</code></a>, readiness: <a href="/readyz"><code>/readyz</code></a></li>
</ul>
<p><a href="/">Bảng điều khiển / The console</a></p>
<p>Core version ${CORE_VERSION}. Free software under the GNU Affero General Public License, version 3 or later.</p>
</body></html>`;
}

export function registerIdeRoutes(app: FastifyInstance, options: IdeOptions): void {
  const about = aboutPage(options.production);
  app.get('/about', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).send(about),
  );
  if (options.production) return;
  const dir = options.ideDir ?? defaultIdeDir();
  const file = bundledFiles(dir);
  app.get('/graphiql', async (_request, reply) => {
    const page = await file('index.html');
    if (!page)
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The GraphQL IDE is not built: run `pnpm build` (or `pnpm start`, which builds it).');
    return reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).send(page);
  });
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const type = ASSETS[request.params.name];
    const bytes = type ? await file(join('assets', request.params.name)) : null;
    if (!type || !bytes) return reply.code(404).send({ error: 'not found' });
    return reply.type(type).header('cache-control', 'public, max-age=3600').send(bytes);
  });
  // A browser opening /graphql (as Apollo's landing page taught) is sent to the IDE.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url === '/graphql' && (request.headers.accept ?? '').includes('text/html'))
      await reply.redirect('/graphiql', 302);
  });
}
