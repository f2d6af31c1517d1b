/**
 * The core's public surface: everything a province plugin may use, and nothing else. The plugin
 * SDK re-exports it whole (`@hoctap/plugin-sdk`), so what is listed here is a promise kept across
 * minor versions; everything not listed is internal and may change. No entity class or service
 * leaks through: a plugin reads the core's data through the named helpers below.
 */

// The contract: what a plugin declares, and the plain data it declares.
export type { BoundProvince, PluginDefinition, PluginInitContext, PluginProvince, PluginRegistrar } from './plugin.js';
export { CORE_VERSION } from '../version.js';
export type { PluginDimensionDefinition } from '../analytics/analytics.model.js';
export type {
  CriteriaSetDefinition,
  CriterionDefinition,
  GradeDefinition,
  IndicatorDefinition,
  ModelKind,
} from '../criteria/criteria.model.js';
export type {
  IndicatorFormula,
  ProvinceTargetDefinition,
  TargetDefinition,
} from '../programme/targets/targets.data.js';
export type {
  ApprovalLevel,
  CategoryCombo,
  CategoryOption,
  DataElementDefinition,
  DataSetDefinition,
  Importance,
  Operator,
  PeriodType,
  ValidationRuleDefinition,
  ValueType,
} from '../reporting/reporting.model.js';
export type { PlanSeed, TaskSeed } from '../programme/plans/plan-seed.service.js';
export type { AgencyDefinition, AgencyKind } from '../programme/agencies/agency.model.js';
export type { ReferenceDataSet } from '../common/reference-data.js';
export { stated, unverified, type Provenance } from '../common/provenance.js';

// Who is asking and what they may see or change. A mutation asks `assertMayWrite` first, then
// where (`pluginUnit`, `assertAccess`), then checks its input.
export type { Logger, RequestContext } from '../common/context.js';
export { ANONYMOUS, type Principal } from '../auth/principal.js';
export { Role } from '../auth/roles.js';
export type { Access } from '../auth/scope.rules.js';
export { accessibleUnit, assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../auth/access.js';
export { pluginUnit } from '../plugins/plugin-access.js';

// The errors clients understand; anything else is masked as INTERNAL_SERVER_ERROR.
export {
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
  unauthenticated,
  unavailable,
  type FieldProblem,
} from '../common/errors.js';

// Changes: one transaction, audited as the caller, versions checked.
export { mutate, type MutationLog, type MutationOptions } from '../common/mutate.js';
export { assertVersion } from '../common/flush.js';

// Records: ids, dates, pages, the map.
export { timeOrderedId } from '../common/ids.js';
export { fromGlobalId, idOfType, toGlobalId } from '../common/node-id.js';
export { DateScalar, todayInVietnam } from '../common/scalars.js';
export { PageInfo, connectionOf, pageWindow, toConnection, type Page, type PageArgs } from '../common/connection.js';
export { AdminLevel } from '../geography/geography.enums.js';
export type { AdminUnit } from '../geography/admin-unit.entity.js';
export { findUnitByCode } from '../geography/geography.service.js';
export { checkYear, lineageDay } from '../evaluations/evaluation.rules.js';

// Workflows: a core workflow extended for the plugin's provinces, or a record type of its own
// moved by the generic `transition` (see WorkflowNode).
export type {
  ActionDefinition,
  ActorRule,
  CallerContext,
  Guard,
  GuardFailure,
  GuardRegistry,
  InsertedStep,
  RegisteredWorkflow,
  Standing,
  StateDefinition,
  WorkflowDefinition,
  WorkflowExtension,
} from '../workflows/workflow.model.js';
export type { NodeCaller, TransitionStep, WorkflowNode, WorkflowRecord } from '../workflows/workflow-kernel.js';
export { workflowActions } from '../workflows/workflow-kernel.js';
export { checkWorkflow, extendWorkflow, isEditable, isLocked, standingOf } from '../workflows/workflow.rules.js';
export { WorkflowActionType, WorkflowNodeInterface, WorkflowStepType } from '../workflows/workflow.types.js';

// UNESCO GNLC: the national application workflow a province extends, and the memberships of its cities.
export {
  GNLC_APPLICATION_WORKFLOW,
  GNLC_APPLICATION_WORKFLOW_ID,
  GnlcMembershipType,
  listGnlcMemberships,
} from '../gnlc/index.js';

// Criteria sets: a province's own set is checked and rated by the same rules as the national ones.
export { checkCriteriaSet, rate, validateScoreSheet } from '../criteria/rating.rules.js';
