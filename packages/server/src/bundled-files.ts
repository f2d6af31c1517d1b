import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reads files of a bundle built at build time (the console, the GraphQL IDE), each once: they do
 * not change while the server runs. Null for a file that is not there (the bundle is not built).
 * Callers check names against their own whitelist before asking.
 */
export function bundledFiles(dir: string | null | undefined): (name: string) => Promise<Buffer | null> {
  const cache = new Map<string, Buffer>();
  return async (name) => {
    if (!dir) return null;
    const cached = cache.get(name);
    if (cached) return cached;
    const path = join(dir, name);
    if (!existsSync(path)) return null;
    const bytes = await readFile(path);
    cache.set(name, bytes);
    return bytes;
  };
}
