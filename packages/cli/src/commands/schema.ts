import { readFile, writeFile } from 'node:fs/promises';
import { buildHoctapSchema, printHoctapSchema } from '@hoctap/server';

/** `hoctap schema print|check <file>`: writes the composed schema, or fails when the file is stale. */
export async function schemaCommand(action: 'print' | 'check', file: string): Promise<void> {
  const printed = printHoctapSchema(await buildHoctapSchema());
  if (action === 'print') {
    await writeFile(file, printed);
    console.error(`Wrote ${file}.`);
    return;
  }
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) throw new Error(`${file} is stale: run "pnpm hoctap schema print" and commit the result.`);
  console.error(`${file} is up to date.`);
}
