/**
 * The plugin contract: what a province plugin declares. Everything here is a plain declaration;
 * the platform checks it before serving (plugin-check.rules.ts) and refuses to start on a problem,
 * naming the plugin. Plugins reach it through `@hoctap/plugin-sdk`, never through the core.
 */
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger, RequestContext } from '../common/context.js';
import type { ReferenceDataSet } from '../common/reference-data.js';
import type { CriteriaSetDefinition } from '../criteria/criteria.model.js';
import type { TargetDefinition } from '../programme/targets.data.js';
import type { PlanSeed } from '../programme/plan-seed.service.js';
import type { GuardRegistry, WorkflowExtension } from '../workflows/workflow.rules.js';

/** A province the plugin serves, from and until a date (ISO, both inclusive; open when absent). */
export interface PluginProvince {
  readonly code: string;
  readonly from?: string;
  readonly until?: string;
}

/** Takes a workflow action on a plugin's record; the generic `transition` mutation dispatches here. */
export type TransitionHandler = (
  ctx: RequestContext,
  input: { id: string; action: string; note: string | null; expectedVersion: number | null },
) => Promise<object>;

/** A target a province sets itself (e.g. Hà Nam's 2025 targets), shown beside the national ones. */
export interface ProvinceTargetDefinition extends TargetDefinition {
  /** The province codes (of the plugin's claims) the target belongs to. */
  readonly provinceCodes: readonly string[];
}

/** What `register()` may declare. Every call is recorded and listed in the `plugins` query. */
export interface PluginRegistrar {
  /**
   * Criteria sets issued by the province (issuer `{ level: 'PROVINCE', plugin: <id> }`), chosen
   * before the national set for subjects in `provinceCodes`. Each set's validity must lie within
   * the plugin's claim on each of those codes: codes are reused (82 was Tiền Giang until 2025).
   */
  criteriaSets(sets: readonly CriteriaSetDefinition[], options: { provinceCodes: readonly string[] }): void;
  /** Extra states, actions, guards or actors for a core workflow, applied to records in the plugin's provinces. */
  extendWorkflow(workflowId: string, extension: WorkflowExtension, guards?: GuardRegistry): void;
  /** A record type (GraphQL type name) of the plugin that follows a workflow through `transition`. */
  workflowNode(typeName: string, handler: TransitionHandler): void;
  /** The province's plans with their tasks; loaded idempotently by (issuer, document number). */
  plans(plans: readonly PlanSeed[]): void;
  /** The province's own targets and indicators. */
  targets(targets: readonly ProvinceTargetDefinition[]): void;
  /** Any other reference data; loaded when new or changed, like the core's. */
  referenceData(set: ReferenceDataSet): void;
  /** A way to group units in `analytics` that only the province knows (e.g. its GNLC cities). */
  analyticsDimension(dimension: PluginDimensionDefinition): void;
}

/**
 * A classification of a province's units for analytics: `values` maps unit codes (read on `asOf`,
 * at `level`) to a category; rows of other units fall in no category (null).
 */
export interface PluginDimensionDefinition {
  /** UPPER_SNAKE, starting with the plugin id in upper snake case, e.g. DONG_THAP_GNLC_CITY. */
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  readonly asOf: string;
  readonly values: Readonly<Record<string, string>>;
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

/** The PostgreSQL schema holding a plugin's tables. */
export const pluginSchemaOf = (id: string) => `plugin_${id.replaceAll('-', '_')}`;

/** The camelCase form of a prefix, which root fields start with: DongThap → dongThap. */
export const fieldPrefixOf = (prefix: string) => prefix.charAt(0).toLowerCase() + prefix.slice(1);
