import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { childrenCostContext, UNKNOWN_MAP_BOUNDS, type MapBounds } from '@hoctap/core';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/**
 * Depth and alias limits run as validation rules, so an abusive query is refused before any
 * resolver runs. Introspection is exempt: tools like the Sandbox need its deep queries.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  // Reported as validation errors (HTTP 400, GRAPHQL_VALIDATION_FAILED) rather than thrown, which
  // Apollo would turn into a 500.
  const report = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(`Query refused: ${error.message.replace(/^Syntax Error: /, '')}`));
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report],
    }),
    maxAliasesRule({ n: 30, propagateOnRejection: false, onReject: [report] }),
  ] as unknown as ValidationRule[];
}

/**
 * A list field with `first` costs its children `first` times over; other lists (successors,
 * ancestors: a handful of items) five times, unless the field declares its own complexity.
 */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // A connection's `nodes` and `edges` are the page its `first` already paid for.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? args.first : undefined;
  const isList = field.type.toString().includes('[') || field.type.toString().endsWith('Connection!');
  if (first !== undefined) return 1 + childComplexity * Math.max(first, 1);
  if (isList) return 1 + childComplexity * 5;
  return undefined;
};

/** Documents (with their operation and variables) whose estimated cost is kept. */
const COST_CACHE_SIZE = 2000;
/** Longest key (hash, operation name, variables as JSON) kept, in characters. */
const MAX_COST_KEY_LENGTH = 4096;

/**
 * Refuses operations whose estimated cost is above the limit, with the cost in the error, before
 * execution starts. A unit's `children` cost what the map can hold at their depth (`mapBounds`).
 * The estimate depends only on the document, the operation and the variables: it is made once
 * for each (keyed by the document's hash, the APQ hash when one is sent) and then looked up.
 */
export function costLimitPlugin(
  schema: GraphQLSchema,
  maxCost: number,
  mapBounds: MapBounds = UNKNOWN_MAP_BOUNDS,
): ApolloServerPlugin {
  const costs = new LRUCache<string, number>({ max: COST_CACHE_SIZE });
  const estimate = (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => {
    try {
      return getComplexity({
        schema,
        query: document,
        variables,
        ...(operationName ? { operationName } : {}),
        context: childrenCostContext(mapBounds, document),
        estimators: [fieldExtensionsEstimator(), paginationEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Estimating coerces the variables first: a bad value is the client's mistake, reported
      // as execution would report it, not as a server failure.
      if (error instanceof GraphQLError)
        throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
      throw error;
    }
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, queryHash }) {
          const variables = request.variables ?? {};
          const key = `${queryHash}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = estimate(document, variables, request.operationName ?? undefined);
            // Large variables (an import's rows) are not kept: the cache stays small.
            if (key.length <= MAX_COST_KEY_LENGTH) costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query refused: its estimated cost ${cost} is above the limit of ${maxCost}. Ask for fewer items or fewer fields.`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
