/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Tier of an administrative unit (cấp hành chính). There is no DISTRICT tier from 1 July 2025. */
export type AdminLevel =
  /** Commune-level unit (cấp xã). */
  | 'COMMUNE'
  /** District-level unit (cấp huyện), abolished on 1 July 2025. */
  | 'DISTRICT'
  /** Province-level unit (cấp tỉnh). */
  | 'PROVINCE'
  /** Village or residential group under a commune (thôn, ấp, tổ dân phố). */
  | 'VILLAGE';

/** Which administrative units to list. */
export type AdminUnitFilterInput = {
  /** The date the map is read at; default today. */
  asOf?: string | null | undefined;
  /** Only units of this tier. */
  level?: AdminLevel | null | undefined;
  /** Only direct children of the unit with this code (as of `asOf`). */
  parentCode?: string | null | undefined;
  /** Text to find in the name or an exact code; ignores case and diacritics ("dong thap" finds "Đồng Tháp"). Exact matches come first. */
  search?: string | null | undefined;
};

/** Legal kind of an administrative unit (loại đơn vị hành chính). */
export type AdminUnitKind =
  /** Centrally-run city (thành phố trực thuộc trung ương). */
  | 'CENTRAL_CITY'
  /** Rural commune (xã). */
  | 'COMMUNE'
  /** Province (tỉnh). */
  | 'PROVINCE'
  /** City under a province (thành phố thuộc tỉnh). */
  | 'PROVINCIAL_CITY'
  /** Rural district (huyện). */
  | 'RURAL_DISTRICT'
  /** Special zone (đặc khu), a commune-level unit from 1 July 2025. */
  | 'SPECIAL_ZONE'
  /** District-level town (thị xã). */
  | 'TOWN'
  /** Township (thị trấn). */
  | 'TOWNSHIP'
  /** Urban district (quận). */
  | 'URBAN_DISTRICT'
  /** Village, hamlet or residential group (thôn, ấp, tổ dân phố). */
  | 'VILLAGE'
  /** Urban ward (phường). */
  | 'WARD';

/** A new village, hamlet or residential group (thôn, ấp, tổ dân phố) under a commune. */
export type CreateVillageInput = {
  /** A local code; default `<communeCode>.<n>`. */
  code?: string | null | undefined;
  /** Code of the commune the village belongs to, as of `validFrom`. */
  communeCode: string;
  /** Name, e.g. "Ấp Tân Hòa". At most 200 characters. */
  name: string;
  /** First day the village exists; default today. */
  validFrom?: string | null | undefined;
};

/** What a caller may do. OFFICER and ASSOCIATION are scoped to one administrative unit and its subtree. */
export type Role =
  /** National administrator: reads and changes everything. */
  | 'ADMIN'
  /** Analyst: reads aggregates for the whole country, never personal rows. */
  | 'ANALYST'
  /** Study Promotion Association (Hội Khuyến học) of one administrative unit: reads and changes its subtree. */
  | 'ASSOCIATION'
  /** Government officer (cán bộ) of one administrative unit: reads and changes its subtree. */
  | 'OFFICER';

/** How much of a unit passed to a successor. */
export type SuccessionKind =
  /** The whole unit became part of the successor. */
  | 'FULL'
  /** Only part of the unit went to this successor; the rest went elsewhere. */
  | 'PARTIAL';

/** Changes to a village; fields left out stay as they are. */
export type UpdateVillageInput = {
  /** The `version` you read; if someone changed the village since, the update is refused with CONFLICT. */
  expectedVersion: number;
  /** Global id of the village. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** Last day the village exists (when it is dissolved or merged). */
  validTo?: string | null | undefined;
};

export type AdminUnitSummaryFragment = { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null };

export type AdminUnitByCodeQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type AdminUnitByCodeQuery = { adminUnit: { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null, ancestors: Array<{ code: string, name: string }>, successors: Array<{ kind: SuccessionKind, effectiveDate: string, legalBasis: string, unit: { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null } }>, current: Array<{ id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null }> } | null };

export type SearchAdminUnitsQueryVariables = Exact<{
  filter?: AdminUnitFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAdminUnitsQuery = { adminUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { authenticated: boolean, subject: string | null, role: Role | null, scope: { code: string, name: string } | null } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { createVillage: { id: string, code: string, name: string, version: number } };

export type UpdateVillageMutationVariables = Exact<{
  input: UpdateVillageInput;
}>;


export type UpdateVillageMutation = { updateVillage: { id: string, name: string, validTo: string | null, version: number } };

export const AdminUnitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<AdminUnitSummaryFragment, unknown>;
export const AdminUnitByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnitByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<AdminUnitByCodeQuery, AdminUnitByCodeQueryVariables>;
export const SearchAdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAdminUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnitFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<SearchAdminUnitsQuery, SearchAdminUnitsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateVillageMutation, CreateVillageMutationVariables>;
export const UpdateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateVillageMutation, UpdateVillageMutationVariables>;