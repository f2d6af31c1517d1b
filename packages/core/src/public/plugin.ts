/**
 * The plugin contract: what a province plugin declares. Everything here is a plain declaration;
 * the platform checks it before serving and refuses to start on a problem, naming the plugin.
 * Plugins reach it through `@hoctap/plugin-sdk`, never through the core. Types only: this file
 * and its siblings under `public/` are the surface plugins build on, and import nothing of the
 * core at run time.
 */
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginDimensionDefinition } from '../analytics/analytics.model.js';
import type { Logger } from '../common/context.js';
import type { ReferenceDataSet } from '../common/reference-data.js';
import type { CriteriaSetDefinition } from '../criteria/criteria.model.js';
import type { ProvinceTargetDefinition } from '../programme/targets/targets.data.js';
import type { DataElementDefinition, DataSetDefinition } from '../reporting/reporting.model.js';
import type { PlanSeed } from '../programme/plans/plan-seed.service.js';
import type { AgencyDefinition } from '../programme/agencies/agency.model.js';
import type { WorkflowNode, WorkflowRecord } from '../workflows/workflow-kernel.js';
import type { GuardRegistry, WorkflowExtension } from '../workflows/workflow.model.js';

/** A province the plugin serves, from and until a date (ISO, both inclusive; open when absent). */
export interface PluginProvince {
  readonly code: string;
  readonly from?: string;
  readonly until?: string;
}

/** A plugin's claim on a province, bound to the administrative unit that had the code then. */
export interface BoundProvince extends PluginProvince {
  readonly unitId: string;
  readonly name: string;
}

/**
 * What `register()` may declare; every call is recorded, checked at start-up and listed in the
 * `plugins` query. Each method is an extension point owned by the module it extends.
 */
export interface PluginRegistrar {
  /**
   * Criteria sets issued by the province (issuer `{ level: 'PROVINCE', plugin: <id> }`) for
   * subjects in `provinceCodes`. A set replaces the national one only when it names the source by
   * which the province issued it (`replacesNational`). Each set's validity must lie within the
   * plugin's claim on each of those codes: codes are reused (82 was Tiền Giang until 2025).
   */
  criteriaSets(sets: readonly CriteriaSetDefinition[], options: { provinceCodes: readonly string[] }): void;
  /**
   * A local step, guard or actor for a core workflow, applied to records in the plugin's
   * provinces. Prefer `insertSteps` (named by actions only), so national changes still reach it.
   */
  extendWorkflow(workflowId: string, extension: WorkflowExtension, guards?: GuardRegistry): void;
  /**
   * A record type of the plugin (its GraphQL type name starts with the plugin's prefix) that follows
   * a workflow of its own: the generic `transition` moves it, with history and audit, as the core's.
   */
  workflowNode<R extends WorkflowRecord>(node: WorkflowNode<R>): void;
  /**
   * The province's agencies (its People's Committee, departments, association, Party bodies): codes
   * start with the province's code; loaded before the plugin's plans, whose strings are matched to them.
   */
  agencies(agencies: readonly AgencyDefinition[]): void;
  /** The province's plans with their tasks; loaded idempotently by (issuer, document number). */
  plans(plans: readonly PlanSeed[]): void;
  /** The province's own targets and indicators, shown beside the national ones. */
  targets(targets: readonly ProvinceTargetDefinition[]): void;
  /** Any other reference data, named `<plugin id>.<name>`; loaded when new or changed, like the core's. */
  referenceData(set: ReferenceDataSet): void;
  /** A way to group units in `analytics` that only the province knows (e.g. its GNLC cities). */
  analyticsDimension(dimension: PluginDimensionDefinition): void;
  /**
   * The province's own data sets for the reporting cycle (reported by units of its provinces),
   * with any data elements of its own they use besides the national ones (`reportingElements`).
   */
  dataSets(sets: readonly DataSetDefinition[], options?: { elements?: readonly DataElementDefinition[] }): void;
}

/** What `init()` receives once the database is migrated and reference data is loaded. */
export interface PluginInitContext {
  readonly em: EntityManager;
  readonly logger: Logger;
  readonly config: Readonly<Record<string, string | undefined>>;
}

export interface PluginDefinition {
  /** kebab-case, e.g. "dong-thap"; its tables live in the PostgreSQL schema `plugin_dong_thap`. */
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** The plugin's own semantic version. */
  readonly version: string;
  /** The core versions it works with, as a semver range, e.g. "^1.0.0". */
  readonly core: string;
  readonly provinces: readonly PluginProvince[];
  /** PascalCase; every GraphQL type it adds starts with it, every root field with its camelCase form. */
  readonly graphqlPrefix: string;
  readonly entities?: readonly EntityClass<object>[];
  /** Its own migration history, kept in `plugin_<id>.migrations`. */
  readonly migrations?: readonly MigrationObject[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL takes resolver classes
  readonly resolvers?: readonly Function[];
  /** Declarations only: no I/O. */
  register?(registrar: PluginRegistrar): void;
  init?(context: PluginInitContext): Promise<void>;
}
