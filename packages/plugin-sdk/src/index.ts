/**
 * The public surface a province plugin may use. Plugins import only this package (lint enforces
 * it): the contract (`definePlugin`), the building blocks for entities and resolvers, and the
 * core helpers that keep a plugin's data as safe as the core's (access checks, audit, versions,
 * workflows). Everything else in the platform is internal and may change between minor versions.
 */
import type { PluginDefinition } from '@hoctap/core';

export { definePlugin } from './define-plugin.js';

// The contract.
export type {
  PluginDefinition,
  PluginDimensionDefinition,
  PluginInitContext,
  PluginProvince,
  PluginRegistrar,
  ProvinceTargetDefinition,
  TransitionHandler,
  PlanSeed,
  TaskSeed,
  TargetDefinition,
  IndicatorFormula,
  CriteriaSetDefinition,
  CriterionDefinition,
  GradeDefinition,
  IndicatorDefinition,
  ReferenceDataSet,
} from '@hoctap/core';

// Who is asking, what they may do, and the errors clients understand.
export {
  CORE_VERSION,
  Role,
  ANONYMOUS,
  accessibleUnit,
  assertAccess,
  assertMayReadRows,
  assertMayWrite,
  missingRecord,
  mutate,
  pluginUnit,
  audit,
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
  unauthenticated,
  unavailable,
  type Access,
  type FieldProblem,
  type MutationLog,
  type MutationOptions,
  type Principal,
  type RequestContext,
} from '@hoctap/core';

// Facts and what is known of them: an unverified fact says what is unknown (DOMAIN.md).
export { stated, unverified, ProvenanceType, type Provenance } from '@hoctap/core';

// Records: ids, versions, pages, the map.
export {
  AdminUnit,
  AdminLevel,
  DateScalar,
  PageInfo,
  assertVersion,
  checkYear,
  connectionOf,
  currentUnits,
  findUnitByCode,
  flushOrConflict,
  fromGlobalId,
  geographyLoaders,
  idOfType,
  lineageDay,
  pageWindow,
  timeOrderedId,
  toConnection,
  toGlobalId,
  todayInVietnam,
  type Page,
  type PageArgs,
} from '@hoctap/core';

// Workflows: the engine is pure; a plugin's records use it as the core's do.
export {
  WorkflowActionType,
  WorkflowNodeInterface,
  WorkflowStepType,
  availableActions,
  checkWorkflow,
  decideTransition,
  extendWorkflow,
  isLocked,
  recordStep,
  standingOf,
  workflowFor,
  type ActionDefinition,
  type ActorRule,
  type CallerContext,
  type Guard,
  type GuardFailure,
  type GuardRegistry,
  type Standing,
  type StateDefinition,
  type WorkflowDefinition,
  type WorkflowExtension,
} from '@hoctap/core';

// UNESCO GNLC: the national application workflow a province extends, and its cities' memberships.
export {
  GNLC_APPLICATION_WORKFLOW,
  GNLC_APPLICATION_WORKFLOW_ID,
  GnlcMembership,
  GnlcMembershipType,
  listGnlcMemberships,
} from '@hoctap/core';

// Criteria sets: a province's own set is checked with the same rules as the national ones.
export { checkCriteriaSet, rate, validateScoreSheet } from '@hoctap/core';

// Building blocks: TypeGraphQL for the schema, MikroORM (legacy decorators) for tables.
export {
  Arg,
  Args,
  ArgsType,
  Ctx,
  // Input bounds (maxLength, maxItems, min, max) on an input field, or `argBounds` on a field's arguments.
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
export { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
export { OptionalProps, type MigrationObject } from '@mikro-orm/core';
export { Migration } from '@mikro-orm/migrations';
export type { EntityManager } from '@mikro-orm/postgresql';

/** The type of a plugin module's default export. */
export type HoctapPlugin = PluginDefinition;
