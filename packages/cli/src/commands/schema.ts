import { writeFile } from 'node:fs/promises';
import { loadConfig, preparePlugins, printHoctapSchema, schemaFileDrift } from '@hoctap/server';
import { resolvePlugins } from '../plugins.js';

/** `hoctap schema print|check <file>`: writes the composed schema (core and configured plugins), or fails when the file is stale. */
export async function schemaCommand(action: 'print' | 'check', file: string): Promise<void> {
  const { schema } = await preparePlugins(await resolvePlugins(loadConfig().plugins));
  if (action === 'print') {
    await writeFile(file, printHoctapSchema(schema));
    console.error(`Wrote ${file}.`);
    return;
  }
  const drift = await schemaFileDrift(file, schema);
  if (drift) throw new Error(drift);
  console.error(`${file} is up to date.`);
}
