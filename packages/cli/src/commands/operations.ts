import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOperationsManifest } from '@hoctap/server';

export interface OperationsManifestOptions {
  from: string;
  out: string;
}

/** `hoctap operations manifest`: the allow-list of a client's operations for HOCTAP_OPERATIONS=persisted-only. */
export async function operationsManifestCommand(options: OperationsManifestOptions): Promise<void> {
  const files = (await readdir(options.from)).filter((f) => f.endsWith('.graphql')).sort();
  const sources = await Promise.all(files.map((f) => readFile(join(options.from, f), 'utf8')));
  const manifest = buildOperationsManifest(sources);
  await writeFile(options.out, JSON.stringify(Object.fromEntries(manifest), null, 2) + '\n');
  console.error(
    `${manifest.size} operation(s) from ${files.length} file(s) in ${options.from} written to ${options.out}.`,
  );
}
