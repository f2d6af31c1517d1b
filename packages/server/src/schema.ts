import { coreModule } from '@hoctap/core';
import { readFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyInputBounds } from './input-bounds.js';

/** What a module (the core, or a plugin) adds to the GraphQL schema. */
export interface SchemaContribution {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL takes resolver classes
  resolvers: readonly Function[];
}

export async function buildHoctapSchema(
  contributions: readonly SchemaContribution[] = [coreModule],
): Promise<GraphQLSchema> {
  const resolvers = contributions.flatMap((c) => c.resolvers);
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('No resolvers to build a schema from.');
  const schema = await buildSchema({
    resolvers: [first, ...rest],
    // Input validation is done by each module's pure rules, which name the field and the rule.
    validate: false,
    emitSchemaFile: false,
  });
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Questions: read the map, learning models, standards and the programme, as of a date.';
  if (mutation) mutation.description = 'Changes. Each runs in one transaction, checks who is asking, and is audited.';
  // Every input's bound, stated in its description and checked before any resolver runs.
  applyInputBounds(schema);
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so the file changes only when the API does. */
export function printHoctapSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * Compares a committed schema file with the schema the code builds. Returns null when they match,
 * else a message saying how to fix it, with the first line that differs.
 */
export async function schemaFileDrift(file: string, schema: GraphQLSchema): Promise<string | null> {
  const printed = printHoctapSchema(schema);
  const committed = await readFile(file, 'utf8').catch(() => null);
  if (committed === printed) return null;
  if (committed === null) return `${file} is missing: run "pnpm hoctap schema print".`;
  const a = committed.split('\n');
  const b = printed.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? b.length : line + 1;
  return `${file} is stale (first difference at line ${at}: file has ${JSON.stringify(a[at - 1] ?? '')}, code gives ${JSON.stringify(b[at - 1] ?? '')}). Run "pnpm hoctap schema print" and commit the result.`;
}
