/**
 * Typed GraphQL documents for Hoc Tap client apps, generated from `schema/schema.graphql` and the
 * example operations in `schema/operations` (`pnpm codegen`). Use them with any GraphQL client
 * that understands TypedDocumentNode (urql, Apollo Client, graphql-request).
 */
export * from './gql/index.js';
export * from './gql/graphql.js';
