import 'reflect-metadata';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AccountResolver, GrantResolver, UserResolver } from './auth/account.resolver.js';
import { accountEntities } from './auth/account.entity.js';
import { ReferenceDataLoad } from './common/reference-data-load.entity.js';
import type { ReferenceDataSet } from './common/reference-data.js';
import { AdminUnitParent } from './geography/admin-unit-parent.entity.js';
import { AdminUnit } from './geography/admin-unit.entity.js';
import { GeographyResolver } from './geography/geography.resolver.js';
import { provincesReferenceData } from './geography/provinces.reference.js';
import { Succession } from './geography/succession.entity.js';
import { VillageResolver } from './geography/village.resolver.js';
import { CriteriaSet } from './criteria/criteria-set.entity.js';
import { nationalCriteriaReferenceData } from './criteria/criteria.reference.js';
import { CriteriaResolver, RatingResultResolver } from './criteria/criteria.resolver.js';
import {
  EvaluationResolver,
  RecognisingAuthorityResolver,
  RecognitionDecisionResolver,
} from './evaluations/evaluation.resolver.js';
import { CitizenResolver, SubjectResolver } from './subjects/subject.resolver.js';
import { WorkflowResolver } from './workflows/workflow.resolver.js';
import { PluginResolver } from './plugins/plugin.resolver.js';
import { AnalyticsResolver } from './analytics/analytics.resolver.js';
import { EducationStandardsResolver } from './education-standards/education-standards.resolver.js';
import { SteeringCommittee } from './programme/steering-committees/steering-committee.entity.js';
import { SteeringCommitteeResolver } from './programme/steering-committees/steering-committee.resolver.js';
import { TargetsResolver } from './programme/targets/targets.resolver.js';
import { LearningCentre } from './programme/learning-centres/learning-centre.entity.js';
import { LearningCentreResolver } from './programme/learning-centres/learning-centre.resolver.js';
import {
  FundEntry,
  StudyPromotionAssociation,
  StudyPromotionFund,
} from './programme/associations/association.entity.js';
import { AssociationResolver, FundResolver } from './programme/associations/association.resolver.js';
import { Plan, PlanTask, TaskReport } from './programme/plans/plan.entity.js';
import { Agency } from './programme/agencies/agency.entity.js';
import { AgencyResolver } from './programme/agencies/agency.resolver.js';
import { nationalAgenciesReferenceData } from './programme/agencies/agencies.reference.js';
import { PlanResolver, PlanTaskResolver, TaskReportResolver } from './programme/plans/plan.resolver.js';
import { Commendation } from './programme/commendations/commendation.entity.js';
import { CommendationResolver } from './programme/commendations/commendation.resolver.js';
import { ProvinceDocumentResolver } from './programme/plans/province-documents.resolver.js';
import { UnitTarget } from './programme/targets/unit-target.entity.js';
import { EducationSurvey } from './education-standards/education-survey.entity.js';
import { SurveyFigureRow } from './education-standards/survey-figure.entity.js';
import { Evaluation } from './evaluations/evaluation.entity.js';
import { RecognitionDecision } from './evaluations/recognition-decision.entity.js';
import { Subject } from './subjects/subject.entity.js';
import { WorkflowTransition } from './workflows/workflow-transition.entity.js';
// UNESCO GNLC (applications, memberships); registers the national `gnlc-application` workflow.
import { gnlcModule } from './gnlc/index.js';
// The reporting cycle: data sets, reports, approval up the chain; registers `data-set-report` and `dataSets`.
import { reportingModule } from './reporting/index.js';
// The extension points modules offer to plugins (each declares itself when it loads).
import './criteria/criteria.extension.js';
import './workflows/workflow.extension.js';
import './programme/agencies/agencies.extension.js';
import './programme/plans/plans.extension.js';
import './programme/targets/targets.extension.js';
import './common/reference-data.extension.js';
import './analytics/analytics.extension.js';

export { CORE_VERSION } from './version.js';

/** Everything the core contributes, listed explicitly (no globs): entities, resolvers, reference data. */
export const coreModule = {
  entities: [
    AuditEntry,
    ReferenceDataLoad,
    AdminUnit,
    AdminUnitParent,
    Succession,
    CriteriaSet,
    Subject,
    RecognitionDecision,
    Evaluation,
    WorkflowTransition,
    EducationSurvey,
    SurveyFigureRow,
    SteeringCommittee,
    LearningCentre,
    StudyPromotionAssociation,
    StudyPromotionFund,
    FundEntry,
    Agency,
    Plan,
    PlanTask,
    TaskReport,
    Commendation,
    UnitTarget,
    ...gnlcModule.entities,
    ...accountEntities,
    ...reportingModule.entities,
  ],
  resolvers: [
    AuthResolver,
    AccountResolver,
    UserResolver,
    GrantResolver,
    GeographyResolver,
    VillageResolver,
    CriteriaResolver,
    RatingResultResolver,
    SubjectResolver,
    CitizenResolver,
    EvaluationResolver,
    RecognitionDecisionResolver,
    RecognisingAuthorityResolver,
    WorkflowResolver,
    EducationStandardsResolver,
    SteeringCommitteeResolver,
    TargetsResolver,
    LearningCentreResolver,
    AssociationResolver,
    FundResolver,
    AgencyResolver,
    PlanResolver,
    PlanTaskResolver,
    TaskReportResolver,
    CommendationResolver,
    ProvinceDocumentResolver,
    PluginResolver,
    AnalyticsResolver,
    ...gnlcModule.resolvers,
    ...reportingModule.resolvers,
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL takes resolver classes
  ] as [Function, ...Function[]],
  referenceData: [
    provincesReferenceData,
    nationalCriteriaReferenceData,
    nationalAgenciesReferenceData,
    ...gnlcModule.referenceData,
  ] as ReferenceDataSet[],
};

export { audit, diff, type Actor, type AuditRecord } from './audit/audit.service.js';
export { AuditEntry } from './audit/audit-entry.entity.js';
export { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from './auth/access.js';
export { ANONYMOUS, describePrincipal, isScoped, type Principal } from './auth/principal.js';
export { Role } from './auth/roles.js';
export { decideAccess, type Access } from './auth/scope.rules.js';
export { TokenService, type TokenClaims } from './auth/token.service.js';
export { SigningKeys, type SigningKey, type SigningAlgorithm } from './auth/signing-keys.js';
export { AccountStateCheck, type AccountStateOptions } from './auth/account-state.js';
export { OidcVerifier, type OidcOptions } from './auth/oidc.js';
export { User, UserGrant, AuthSession, RefreshToken, PasswordReset } from './auth/account.entity.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { passwordProblems } from './auth/password.rules.js';
export { principalOfGrant, normaliseLogin, ACCESS_TOKEN_SECONDS } from './auth/session.service.js';
export { issueReset } from './auth/user.service.js';
export {
  accountPrincipal,
  addUserLocally,
  countUsers,
  grantLocally,
  listUsersLocally,
  type LocalGrant,
  type LocalUserRow,
} from './auth/account-admin.service.js';
export { type AccountRef } from './auth/principal.js';
export { ScopeUnitCheck } from './auth/scope-unit-check.js';
export { LoaderRegistry, type Logger, type RequestContext } from './common/context.js';
export {
  badInput,
  conflict,
  DomainError,
  ERROR_CODES,
  forbidden,
  isDomainError,
  notFound,
  unauthenticated,
  unavailable,
  type ErrorCode,
  type FieldProblem,
} from './common/errors.js';
export { domainErrorOfDatabase } from './common/database-errors.js';
export { mutate, type MutationLog, type MutationOptions } from './common/mutate.js';
export { hasWritten, markWritten, runRequestScope } from './common/read-your-writes.js';
export { guardPool, inTransactionScope, SecondConnectionError, TransactionGate } from './common/transaction-scope.js';
export { loadReferenceData, type ReferenceDataSet, type ReferenceLoadReport } from './common/reference-data.js';
export { DateScalar, todayInVietnam } from './common/scalars.js';
export { stated, unverified, provenanceProblems, type Provenance } from './common/provenance.js';
export { ProvenanceType } from './common/provenance.types.js';
export { AdminUnit } from './geography/admin-unit.entity.js';
export { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography/geography.enums.js';
export { AdminUnitParent } from './geography/admin-unit-parent.entity.js';
export { Succession } from './geography/succession.entity.js';
export { childrenCostContext, loadMapBounds, type ChildrenCostContext } from './geography/map-bounds.js';
export { UNKNOWN_MAP_BOUNDS, type MapBounds } from './geography/children-cost.rules.js';
export { findUnitByCode } from './geography/geography.service.js';
export {
  rollUp,
  rollUpMany,
  successionGraph,
  type RolledValue,
  type SuccessionEdge,
} from './geography/rollup.rules.js';
export { parseDvhc, type DvhcParseResult, type DvhcProblem } from './geography/dvhc-import.rules.js';
export { DVHC_CORRECTIONS, tidyName, type DvhcCorrection } from './geography/dvhc-corrections.data.js';
export {
  decodeMapFile,
  encodeMapFile,
  MAP_FILE_FORMAT,
  type MapFile,
  type MapFileProblem,
  type MapSource,
} from './geography/map-file.rules.js';
export { NATIONAL_MAP_FILE, nationalMapReferenceData, readNationalMap } from './geography/national-map.reference.js';
export { LAST_DAY_BEFORE_REFORM, PRE_REFORM_LIST_DATE } from './geography/provinces.data.js';
export {
  importAdminUnits,
  importDvhc,
  importMapFile,
  type MapImportResult,
  type DvhcImportResult,
  type ImportCounts,
  type ImportSuccession,
  type ImportUnit,
} from './geography/geo-import.service.js';
export {
  importEvaluationsCsv,
  type EvaluationImportOptions,
  type EvaluationImportResult,
  type ImportState,
  type RowProblem,
} from './evaluations/evaluation-import.service.js';
export { MODEL_KINDS, type ModelKind, type UnitTier } from './criteria/criteria.model.js';
export { NATIONAL_CRITERIA_SETS } from './criteria/national-sets.data.js';

// The plugin contract and what the SDK hands to plugin authors.
export type {
  BoundProvince,
  PluginDefinition,
  PluginInitContext,
  PluginProvince,
  PluginRegistrar,
} from './public/plugin.js';
export type { PluginDimensionDefinition } from './analytics/analytics.model.js';
export type { ProvinceTargetDefinition } from './programme/targets/targets.data.js';
export { fieldPrefixOf, pluginSchemaOf } from './plugins/plugin-names.js';
export {
  collectContributions,
  contributionsTo,
  defineExtensionPoint,
  extensionPoints,
  type ExtensionPoint,
  type PluginContributions,
  type PointEntry,
  type PointProblem,
} from './plugins/extension-point.js';
export {
  checkPlugins,
  claimInForce,
  covers,
  describeProblems,
  type CoreFacts,
  type PluginProblem,
  type PluginUnderCheck,
} from './plugins/plugin-check.rules.js';
export {
  PluginRuntime,
  type LoadedPlugin,
  type SchemaContribution as PluginSchemaContribution,
} from './plugins/plugin-runtime.js';
export { pluginUnit } from './plugins/plugin-access.js';
export { upsertPlanSeeds, checkPlanSeed, type PlanSeed, type TaskSeed } from './programme/plans/plan-seed.service.js';
export { NATIONAL_TARGETS, type IndicatorFormula, type TargetDefinition } from './programme/targets/targets.data.js';
export type {
  CriteriaSetDefinition,
  CriterionDefinition,
  GradeDefinition,
  IndicatorDefinition,
} from './criteria/criteria.model.js';
export { upsertCriteriaSets } from './criteria/criteria.service.js';
export { checkCriteriaSet, rate, validateScoreSheet } from './criteria/rating.rules.js';
export { CriteriaSet } from './criteria/criteria-set.entity.js';
export {
  availableActions,
  checkWorkflow,
  decideTransition,
  extendWorkflow,
  isEditable,
  isLocked,
  standingOf,
  type ActionDefinition,
  type ActorRule,
  type CallerContext,
  type Guard,
  type GuardFailure,
  type GuardRegistry,
  type InsertedStep,
  type Standing,
  type StateDefinition,
  type TransitionDecision,
  type WorkflowDefinition,
  type WorkflowExtension,
} from './workflows/workflow.rules.js';
export {
  coreWorkflows,
  registerCoreWorkflow,
  workflowOf,
  type RegisteredWorkflow,
} from './workflows/workflow.registry.js';
export { WORKFLOW_EXTENSIONS, WORKFLOW_NODES, workflowFor } from './workflows/workflow.extension.js';
export {
  applyTransition,
  coreWorkflowNodes,
  registerWorkflowNode,
  workflowActions,
  workflowNodeOf,
  type NodeCaller,
  type TransitionInput,
  type TransitionStep,
  type WorkflowNode,
  type WorkflowRecord,
} from './workflows/workflow-kernel.js';
export { recordStep, type Step } from './workflows/workflow-history.js';
export { WorkflowActionType, WorkflowNodeInterface, WorkflowStepType } from './workflows/workflow.types.js';
export { accessibleUnit } from './auth/access.js';
export { assertVersion, flushOrConflict } from './common/flush.js';
export { timeOrderedId } from './common/ids.js';
export { fromGlobalId, idOfType, toGlobalId } from './common/node-id.js';
export { PageInfo, connectionOf, pageWindow, toConnection, type Page, type PageArgs } from './common/connection.js';
export { geographyLoaders, currentUnits } from './geography/geography.service.js';
export { checkYear, FIRST_YEAR, lineageDay } from './evaluations/evaluation.rules.js';
export { pickSet, type SetCandidate } from './criteria/set-choice.rules.js';
export { jsonLiteral } from './common/sql.js';
export { SURVEY_CODES } from './education-standards/survey-codes.js';
export { STANDARD_CODES } from './education-standards/standards.data.js';

// UNESCO GNLC: what a province plugin builds on (its cities' memberships, the application workflow).
export {
  GNLC_APPLICATION_WORKFLOW,
  GNLC_APPLICATION_WORKFLOW_ID,
  GnlcMembership,
  GnlcMembershipType,
  listGnlcMemberships,
} from './gnlc/index.js';

// Bulk entry of data sets as spreadsheets (the server's template and import routes).
export {
  dataSetTemplate,
  importDataSet,
  type DataSetTemplate,
  type ImportResult,
  type TemplateRow,
} from './reporting/bulk-entry.service.js';
export {
  CODE_COLUMN,
  FIRST_DATA_ROW,
  FIRST_VALUE_COLUMN,
  KEY_ROW,
  NAME_COLUMN,
  VERSION_COLUMN,
  validationOf,
  type CellProblem,
  type SheetGrid,
  type TemplateColumn,
} from './reporting/bulk-entry.rules.js';

// Analytics: measures × dimensions × filters over summary tables kept by triggers.
export { runAnalytics } from './analytics/analytics.service.js';
export { parseAnalyticsQuery } from './analytics/analytics-parse.js';
export { planAnalytics, type AnalyticsPlan } from './analytics/analytics-query.rules.js';
export { fetchStatement, type Statement as AnalyticsStatement } from './analytics/analytics-sql.js';
export { refreshStandardResults } from './education-standards/standard-results.service.js';
export { GeographyCache, type GeographySnapshot } from './geography/geography-cache.js';
export type {
  AnalyticsFilters,
  AnalyticsQuery,
  AnalyticsTable,
  Cell as AnalyticsCell,
  Cell,
  DimensionSpec,
  Header as AnalyticsHeader,
  Header,
  RowKind as AnalyticsRowKind,
  RowKind,
} from './analytics/analytics.model.js';

// The demo dataset (`hoctap demo`): fixed, labelled "[Demo]", removable.
export {
  demoMarker,
  demoTokenHolders,
  loadDemo,
  removeDemo,
  type DemoLoadResult,
  type DemoOptions,
  type DemoRemoval,
} from './demo/demo.service.js';
export { DEMO_LABEL, DEMO_VERSION } from './demo/demo.data.js';
export { DEMO_QUERIES, DEMO_TOKEN_LABELS, type DemoQuery, type DemoTokenHolder } from './demo/demo-queries.data.js';
