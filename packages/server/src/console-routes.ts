import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { CSP } from './ide-routes.js';
import { bundledFiles } from './bundled-files.js';

/**
 * The console (packages/console, React + Vite) at `/`: its page and its bundled assets, read from
 * the console's `dist` (built by `pnpm build`, or by `pnpm start`, which builds first). Same-origin
 * only, under the IDE's content security policy; on in production too. When it is not built, `/`
 * answers 503 saying how to build it, and `/about` still says what the server is.
 */
export interface ConsoleOptions {
  /** Where the built console is (default: packages/console/dist). */
  consoleDir?: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** From src/ (tests, no build) and from dist/ alike: the sibling package's dist. */
const defaultConsoleDir = () => join(here, '../../console/dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
/** Vite's asset names: a stem, a hash and an extension; nothing that can leave the directory. */
const ASSET_NAME = /^[\w-]+(\.[\w-]+)*$/;

export function registerConsoleRoutes(app: FastifyInstance, options: ConsoleOptions = {}): void {
  const dir = options.consoleDir ?? defaultConsoleDir();
  const file = bundledFiles(dir);
  app.get('/', async (_request, reply) => {
    const page = await file('index.html');
    if (!page)
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Hoc Tap</title><p>Bảng điều khiển chưa được build / The console is not built: run <code>pnpm build</code> (or <code>pnpm start</code>, which builds it). <a href="/about">About this server</a></p>',
        );
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-cache')
      .send(page);
  });
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const name = request.params.name;
    const type = ASSET_NAME.test(name) ? TYPES[extname(name)] : undefined;
    const bytes = type ? await file(join('assets', name)) : null;
    if (!type || !bytes) return reply.code(404).send({ error: 'not found' });
    // Hashed names: a new build has new names, so an asset never changes under its name.
    return reply.type(type).header('cache-control', 'public, max-age=31536000, immutable').send(bytes);
  });
}
