/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AdminUnitSummary on AdminUnit {\n  id\n  code\n  name\n  kind\n  level\n  validFrom\n  validTo\n}\n\nquery AdminUnitByCode($code: String!, $asOf: Date) {\n  adminUnit(code: $code, asOf: $asOf) {\n    ...AdminUnitSummary\n    ancestors {\n      code\n      name\n    }\n    successors {\n      kind\n      effectiveDate\n      legalBasis\n      unit {\n        ...AdminUnitSummary\n      }\n    }\n    current {\n      ...AdminUnitSummary\n    }\n  }\n}\n\nquery SearchAdminUnits($filter: AdminUnitFilterInput, $first: Int, $after: String) {\n  adminUnits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...AdminUnitSummary\n    }\n  }\n}": typeof types.AdminUnitSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    authenticated\n    subject\n    role\n    scope {\n      code\n      name\n    }\n  }\n}": typeof types.ViewerDocument,
    "mutation CreateVillage($input: CreateVillageInput!) {\n  createVillage(input: $input) {\n    id\n    code\n    name\n    version\n  }\n}\n\nmutation UpdateVillage($input: UpdateVillageInput!) {\n  updateVillage(input: $input) {\n    id\n    name\n    validTo\n    version\n  }\n}": typeof types.CreateVillageDocument,
};
const documents: Documents = {
    "fragment AdminUnitSummary on AdminUnit {\n  id\n  code\n  name\n  kind\n  level\n  validFrom\n  validTo\n}\n\nquery AdminUnitByCode($code: String!, $asOf: Date) {\n  adminUnit(code: $code, asOf: $asOf) {\n    ...AdminUnitSummary\n    ancestors {\n      code\n      name\n    }\n    successors {\n      kind\n      effectiveDate\n      legalBasis\n      unit {\n        ...AdminUnitSummary\n      }\n    }\n    current {\n      ...AdminUnitSummary\n    }\n  }\n}\n\nquery SearchAdminUnits($filter: AdminUnitFilterInput, $first: Int, $after: String) {\n  adminUnits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...AdminUnitSummary\n    }\n  }\n}": types.AdminUnitSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    authenticated\n    subject\n    role\n    scope {\n      code\n      name\n    }\n  }\n}": types.ViewerDocument,
    "mutation CreateVillage($input: CreateVillageInput!) {\n  createVillage(input: $input) {\n    id\n    code\n    name\n    version\n  }\n}\n\nmutation UpdateVillage($input: UpdateVillageInput!) {\n  updateVillage(input: $input) {\n    id\n    name\n    validTo\n    version\n  }\n}": types.CreateVillageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUnitSummary on AdminUnit {\n  id\n  code\n  name\n  kind\n  level\n  validFrom\n  validTo\n}\n\nquery AdminUnitByCode($code: String!, $asOf: Date) {\n  adminUnit(code: $code, asOf: $asOf) {\n    ...AdminUnitSummary\n    ancestors {\n      code\n      name\n    }\n    successors {\n      kind\n      effectiveDate\n      legalBasis\n      unit {\n        ...AdminUnitSummary\n      }\n    }\n    current {\n      ...AdminUnitSummary\n    }\n  }\n}\n\nquery SearchAdminUnits($filter: AdminUnitFilterInput, $first: Int, $after: String) {\n  adminUnits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...AdminUnitSummary\n    }\n  }\n}"): (typeof documents)["fragment AdminUnitSummary on AdminUnit {\n  id\n  code\n  name\n  kind\n  level\n  validFrom\n  validTo\n}\n\nquery AdminUnitByCode($code: String!, $asOf: Date) {\n  adminUnit(code: $code, asOf: $asOf) {\n    ...AdminUnitSummary\n    ancestors {\n      code\n      name\n    }\n    successors {\n      kind\n      effectiveDate\n      legalBasis\n      unit {\n        ...AdminUnitSummary\n      }\n    }\n    current {\n      ...AdminUnitSummary\n    }\n  }\n}\n\nquery SearchAdminUnits($filter: AdminUnitFilterInput, $first: Int, $after: String) {\n  adminUnits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...AdminUnitSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    authenticated\n    subject\n    role\n    scope {\n      code\n      name\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    authenticated\n    subject\n    role\n    scope {\n      code\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateVillage($input: CreateVillageInput!) {\n  createVillage(input: $input) {\n    id\n    code\n    name\n    version\n  }\n}\n\nmutation UpdateVillage($input: UpdateVillageInput!) {\n  updateVillage(input: $input) {\n    id\n    name\n    validTo\n    version\n  }\n}"): (typeof documents)["mutation CreateVillage($input: CreateVillageInput!) {\n  createVillage(input: $input) {\n    id\n    code\n    name\n    version\n  }\n}\n\nmutation UpdateVillage($input: UpdateVillageInput!) {\n  updateVillage(input: $input) {\n    id\n    name\n    validTo\n    version\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;