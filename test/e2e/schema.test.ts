import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dongThap from '@hoctap/plugin-dong-thap';
import haNam from '@hoctap/plugin-ha-nam';
import thaiBinh from '@hoctap/plugin-thai-binh';
import { preparePlugins, schemaFileDrift } from '@hoctap/server';

const committed = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
let schema: GraphQLSchema;
let scratch: string;

beforeAll(async () => {
  // The committed schema is the core's with the first-party plugins, as `hoctap start` serves it by default.
  schema = (await preparePlugins([dongThap, haNam, thaiBinh])).schema;
  scratch = await mkdtemp(join(tmpdir(), 'hoctap-schema-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (run "pnpm hoctap schema print" when this fails)', async () => {
    expect(await schemaFileDrift(committed, schema)).toBeNull();
  });

  it('is reported stale, with the line, when someone edits it by hand', async () => {
    const edited = join(scratch, 'schema.graphql');
    await copyFile(committed, edited);
    const text = await readFile(edited, 'utf8');
    await writeFile(edited, text.replace('type AdminUnit {', 'type AdminUnit {\n  hacked: Boolean'));
    expect(await schemaFileDrift(edited, schema)).toMatch(
      /is stale \(first difference at line \d+: file has " {2}hacked: Boolean"/,
    );
  });

  it('is reported missing when absent', async () => {
    expect(await schemaFileDrift(join(scratch, 'nope.graphql'), schema)).toMatch(/is missing/);
  });

  it('describes every type and field', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
