import { coreModule } from '@hoctap/core';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

/** What a module (the core, or a plugin) adds to the GraphQL schema. */
export interface SchemaContribution {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL takes resolver classes
  resolvers: readonly Function[];
}

export async function buildHoctapSchema(contributions: readonly SchemaContribution[] = [coreModule]): Promise<GraphQLSchema> {
  const resolvers = contributions.flatMap((c) => c.resolvers);
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('No resolvers to build a schema from.');
  return buildSchema({
    resolvers: [first, ...rest],
    scalarsMap: [],
    // Input validation is done by each module's pure rules, which name the field and the rule.
    validate: false,
    emitSchemaFile: false,
    orphanedTypes: [],
  });
}

/** The schema as committed in schema/schema.graphql: sorted, so the file changes only when the API does. */
export function printHoctapSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
