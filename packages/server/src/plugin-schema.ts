import {
  coreModule,
  fieldPrefixOf,
  type PluginDefinition,
  type PluginProblem,
  type PluginSchemaContribution,
} from '@hoctap/core';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildHoctapSchema } from './schema.js';

interface Names {
  types: Set<string>;
  rootFields: Set<string>;
  /** Type.field for every field of an object type. */
  fields: Set<string>;
}

function namesOf(schema: GraphQLSchema): Names {
  const types = new Set<string>();
  const rootFields = new Set<string>();
  const fields = new Set<string>();
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    if (name.startsWith('__')) continue;
    if (roots.has(name) && isObjectType(type)) {
      for (const field of Object.keys(type.getFields())) rootFields.add(`${name}.${field}`);
      continue;
    }
    types.add(name);
    if (isObjectType(type)) for (const field of Object.keys(type.getFields())) fields.add(`${name}.${field}`);
  }
  return { types, rootFields, fields };
}

/** The core's names without the types (and their fields) named with a plugin's prefix. */
function withoutPluginTypes(names: Names, prefixes: readonly string[]): Names {
  const pluginType = (type: string) => prefixes.some((prefix) => type.startsWith(prefix));
  return {
    types: new Set([...names.types].filter((t) => !pluginType(t))),
    rootFields: names.rootFields,
    fields: new Set([...names.fields].filter((f) => !pluginType(f.split('.')[0]!))),
  };
}

/**
 * The root fields and core-type fields a plugin's resolver classes declare, read from
 * TypeGraphQL's metadata: a built schema cannot show them, because TypeGraphQL silently keeps
 * only one of two fields with the same name.
 */
function declaredFields(plugin: PluginDefinition): { rootFields: string[]; typeFields: string[] } {
  const storage = getMetadataStorage();
  const classes = new Set<unknown>(plugin.resolvers ?? []);
  const rootFields = [
    ...storage.queries.filter((q) => classes.has(q.target)).map((q) => `Query.${q.schemaName}`),
    ...storage.mutations.filter((m) => classes.has(m.target)).map((m) => `Mutation.${m.schemaName}`),
  ];
  const typeFields = storage.fieldResolvers
    .filter((f) => classes.has(f.target))
    .flatMap((f) => {
      const owner = f.getObjectType?.();
      const type =
        storage.objectTypes.find((t) => t.target === owner) ?? storage.interfaceTypes.find((t) => t.target === owner);
      return type ? [`${type.name}.${f.schemaName}`] : [];
    });
  return { rootFields, typeFields };
}

export interface PluginSchemaResult {
  problems: PluginProblem[];
  contributions: Map<string, PluginSchemaContribution>;
  /** The composed schema, when there are no problems. */
  schema: GraphQLSchema | null;
}

/**
 * Builds the core's schema, then the core's with each plugin alone, and compares: what a plugin
 * adds must carry its prefix, must not redefine a core type or field, and must not collide with
 * another plugin's. Then builds the composed schema.
 */
export async function composePluginSchemas(plugins: readonly PluginDefinition[]): Promise<PluginSchemaResult> {
  // TypeGraphQL adds every type that implements an interface the schema uses (a plugin's record
  // implementing WorkflowNode), whatever resolvers it is built from: those are the plugins'.
  const core = withoutPluginTypes(
    namesOf(await buildHoctapSchema([coreModule])),
    plugins.map((p) => p.graphqlPrefix).filter((prefix): prefix is string => !!prefix),
  );
  const problems: PluginProblem[] = [];
  const contributions = new Map<string, PluginSchemaContribution>();
  const owners = {
    types: new Map<string, string>(),
    rootFields: new Map<string, string>(),
    fields: new Map<string, string>(),
  };
  for (const plugin of plugins) {
    const add = (rule: string, message: string) => problems.push({ plugin: plugin.id, rule, message });
    const prefix = plugin.graphqlPrefix;
    const fieldPrefix = fieldPrefixOf(prefix);
    const declared = declaredFields(plugin);
    for (const field of declared.rootFields)
      if (core.rootFields.has(field)) add('DUPLICATE_ROOT_FIELD', `${field} is already defined by the core`);
    for (const field of declared.typeFields)
      if (core.fields.has(field)) add('DUPLICATE_FIELD', `${field} is already defined by the core`);
    if (!plugin.resolvers?.length) {
      contributions.set(plugin.id, { types: [], rootFields: [], fields: [] });
      continue;
    }
    let names: Names;
    try {
      names = namesOf(await buildHoctapSchema([coreModule, { resolvers: plugin.resolvers }]));
    } catch (error) {
      add('SCHEMA_BUILD_FAILED', error instanceof Error ? error.message : String(error));
      continue;
    }
    const types = [...names.types].filter((t) => !core.types.has(t)).sort();
    const rootFields = [
      ...new Set([...[...names.rootFields].filter((f) => !core.rootFields.has(f)), ...declared.rootFields]),
    ].sort();
    const fields = [...names.fields].filter((f) => core.types.has(f.split('.')[0]!) && !core.fields.has(f)).sort();
    for (const type of types)
      if (!type.startsWith(prefix)) add('BAD_TYPE_NAME', `type ${type} must start with the plugin's prefix ${prefix}`);
    for (const field of rootFields)
      if (!field.split('.')[1]!.startsWith(fieldPrefix))
        add('BAD_FIELD_NAME', `${field} must start with the plugin's prefix ${fieldPrefix}`);
    for (const field of fields)
      if (!field.split('.')[1]!.startsWith(fieldPrefix))
        add('BAD_FIELD_NAME', `field ${field} added to a core type must start with ${fieldPrefix}`);
    for (const [kind, list] of [
      ['types', types],
      ['rootFields', rootFields],
      ['fields', fields],
    ] as const) {
      for (const name of list) {
        const owner = owners[kind].get(name);
        if (owner && owner !== plugin.id)
          add(
            kind === 'types' ? 'DUPLICATE_TYPE' : kind === 'rootFields' ? 'DUPLICATE_ROOT_FIELD' : 'DUPLICATE_FIELD',
            `${name} is also defined by plugin ${owner}`,
          );
        else owners[kind].set(name, plugin.id);
      }
    }
    contributions.set(plugin.id, { types, rootFields, fields });
  }
  if (problems.length > 0) return { problems, contributions, schema: null };
  const schema = await buildHoctapSchema([coreModule, ...plugins.map((p) => ({ resolvers: p.resolvers ?? [] }))]);
  return { problems, contributions, schema };
}
