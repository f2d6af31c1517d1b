/**
 * Bounds on every input: how long a text, how many items in a list, which years. Checked at the
 * edge, before any resolver runs, so a 900 KB name, a NUL byte or year 2147483647 never reaches
 * PostgreSQL (where it would fail as a database error, or fill an index). Each bound is stated in
 * the field's description, where clients read it; a field may set its own with TypeGraphQL's
 * `@Extensions({ maxLength, maxItems, min, max })`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export interface Bounds {
  /** Longest text, in UTF-16 code units (what JavaScript's `length` counts). */
  maxLength?: number;
  maxItems?: number;
  min?: number;
  max?: number;
}

/** Defaults for what declares no bound of its own. */
export const DEFAULT_MAX_LENGTH = 300;
export const DEFAULT_MAX_ITEMS = 100;
/** Ids this API issues are about 60 characters long. */
export const ID_MAX_LENGTH = 200;
/** A year of the programme's data, a birth year, a plan's horizon. */
export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

const isYearName = (name: string) => name === 'year' || /[a-z]Year$/.test(name) || /^year(From|To)$/.test(name);

/**
 * The bounds of one input field or argument: its own extensions (for an argument, those its field
 * declares in `argBounds`, since TypeGraphQL gives arguments no extensions), else the defaults
 * for its type and name.
 */
function boundsFor(field: GraphQLInputField | GraphQLArgument, declared?: Bounds): Bounds {
  const own = declared ?? ((field.extensions ?? {}) as Bounds);
  const type = getNullableType(field.type);
  const named = getNamedType(field.type).name;
  const bounds: Bounds = {};
  if (isListType(type)) bounds.maxItems = own.maxItems ?? DEFAULT_MAX_ITEMS;
  if (named === 'String') bounds.maxLength = own.maxLength ?? DEFAULT_MAX_LENGTH;
  if (named === 'ID') bounds.maxLength = own.maxLength ?? ID_MAX_LENGTH;
  if (named === 'Int' && (own.min !== undefined || own.max !== undefined || isYearName(field.name))) {
    bounds.min = own.min ?? (isYearName(field.name) ? YEAR_RANGE.min : undefined);
    bounds.max = own.max ?? (isYearName(field.name) ? YEAR_RANGE.max : undefined);
  }
  if (named === 'Float' && (own.min !== undefined || own.max !== undefined)) {
    bounds.min = own.min;
    bounds.max = own.max;
  }
  return bounds;
}

/** The bound in words, as the description states it. */
function describeBounds(b: Bounds): string {
  const parts: string[] = [];
  if (b.maxItems !== undefined) parts.push(`at most ${b.maxItems} items`);
  if (b.maxLength !== undefined) parts.push(`at most ${b.maxLength} characters${b.maxItems ? ' each' : ''}`);
  if (b.min !== undefined && b.max !== undefined) parts.push(`from ${b.min} to ${b.max}`);
  else if (b.min !== undefined) parts.push(`at least ${b.min}`);
  else if (b.max !== undefined) parts.push(`at most ${b.max}`);
  return parts.length ? `Limit: ${parts.join('; ')}.` : '';
}

/** The bounds of a schema's inputs, computed once when the schema is built. */
export type BoundsMap = WeakMap<GraphQLInputField | GraphQLArgument, Bounds>;

/**
 * Computes every input's bounds and writes them into its description, so the printed schema says
 * them. Idempotent: a description already stating its limit is left as it is.
 */
export function applyInputBounds(schema: GraphQLSchema): BoundsMap {
  const map: BoundsMap = new WeakMap();
  const note = (field: GraphQLInputField | GraphQLArgument, declared?: Bounds) => {
    const bounds = boundsFor(field, declared);
    map.set(field, bounds);
    const text = describeBounds(bounds);
    if (text && !field.description?.includes('Limit: '))
      field.description = field.description ? `${field.description} ${text}` : text;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) note(field);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        const declared = (field.extensions as { argBounds?: Record<string, Bounds> }).argBounds ?? {};
        for (const arg of field.args) note(arg, declared[arg.name]);
      }
  }
  return map;
}

interface Problem {
  field: string;
  rule: string;
  message: string;
}

// Lone surrogates cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text at all; other
// control characters (but tab and line breaks) have no place in an official's record.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: string, bounds: Bounds, path: string, problems: Problem[]): void {
  if (CONTROL.test(value) || LONE_SURROGATE.test(value))
    problems.push({
      field: path,
      rule: 'TEXT',
      message: 'must be text without control characters (such as NUL) or broken Unicode',
    });
  if (bounds.maxLength !== undefined && value.length > bounds.maxLength)
    problems.push({
      field: path,
      rule: 'MAX_LENGTH',
      message: `must be at most ${bounds.maxLength} characters (has ${value.length})`,
    });
}

interface Walk {
  map: BoundsMap;
  problems: Problem[];
}

/** Where a value sits: its input type, its bounds and its path for messages. */
interface Place {
  type: GraphQLInputType;
  bounds: Bounds;
  path: string;
}

function checkValue(value: unknown, { type, bounds, path }: Place, walk: Walk): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, { type: nullable.ofType, bounds, path }, walk);
    if (bounds.maxItems !== undefined && value.length > bounds.maxItems)
      return void walk.problems.push({
        field: path,
        rule: 'MAX_ITEMS',
        message: `must have at most ${bounds.maxItems} items (has ${value.length})`,
      });
    const each = { ...bounds, maxItems: undefined };
    value.forEach((item, i) => checkValue(item, { type: nullable.ofType, bounds: each, path: `${path}[${i}]` }, walk));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field)
        checkValue(
          item,
          { type: field.type, bounds: walk.map.get(field) ?? {}, path: path ? `${path}.${name}` : name },
          walk,
        );
    }
    return;
  }
  if (typeof value === 'string') return checkText(value, bounds, path, walk.problems);
  if (typeof value === 'number') {
    if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max))
      walk.problems.push({
        field: path,
        rule: 'RANGE',
        message: `must be from ${bounds.min ?? '−∞'} to ${bounds.max ?? '∞'}`,
      });
  }
}

/** The problems of an operation's arguments, with variables coerced as execution will coerce them. */
export function inputProblems(
  schema: GraphQLSchema,
  map: BoundsMap,
  request: { document: DocumentNode; operationName?: string | null | undefined; variables: Record<string, unknown> },
): Problem[] {
  const { document, operationName, variables } = request;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Values execution would refuse are its to report, with its own messages.
  if (coerced.errors) return [];
  const walk: Walk = { map, problems: [] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def || !node.arguments?.length) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, coerced.coerced);
        } catch {
          return; // execution reports a bad literal
        }
        // Problems name fields as the services' rules do: within the `input` object, or the argument.
        for (const arg of def.args)
          checkValue(
            values[arg.name],
            { type: arg.type, bounds: map.get(arg) ?? {}, path: arg.name === 'input' ? '' : arg.name },
            walk,
          );
      },
    }),
  );
  return walk.problems;
}

/** Refuses an operation whose inputs break a bound: 400, BAD_USER_INPUT, every problem named. */
export function inputBoundsPlugin(schema: GraphQLSchema, bounds: BoundsMap): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems = inputProblems(schema, bounds, {
            document,
            operationName: request.operationName,
            variables: request.variables ?? {},
          });
          if (problems.length === 0) return;
          throw new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
            extensions: { code: 'BAD_USER_INPUT', problems, http: { status: 400 } },
          });
        },
      };
    },
  };
}
