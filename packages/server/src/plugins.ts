import {
  AdminLevel,
  AdminUnit,
  CORE_VERSION,
  PluginRuntime,
  checkPlugins,
  collectContributions,
  contributionsTo,
  describeProblems,
  extensionPoints,
  loadReferenceData,
  pluginSchemaOf,
  todayInVietnam,
  type BoundProvince,
  type LoadedPlugin,
  type Logger,
  type PluginContributions,
  type PluginDefinition,
  type PluginProblem,
  type PluginSchemaContribution,
  type ReferenceDataSet,
  type ReferenceLoadReport,
} from '@hoctap/core';
import { migratePlugin, pendingPluginMigrations, PluginMigrationError } from '@hoctap/db';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { composePluginSchemas } from './plugin-schema.js';

/** The server refuses to start: every problem is named, plugin by plugin. */
export class PluginLoadError extends Error {
  constructor(readonly problems: readonly PluginProblem[]) {
    super(describeProblems(problems));
    this.name = 'PluginLoadError';
  }
}

/** Plugins whose declarations and schema passed every check; nothing is written yet. */
export interface PreparedPlugins {
  plugins: { definition: PluginDefinition; contributions: PluginContributions; schema: PluginSchemaContribution }[];
  schema: GraphQLSchema;
}

/**
 * Checks what the plugins declare (pure rules), then what they add to the schema, and composes
 * the schema. Throws PluginLoadError before anything touches the database.
 */
export async function preparePlugins(definitions: readonly PluginDefinition[]): Promise<PreparedPlugins> {
  const collected: { definition: PluginDefinition; contributions: PluginContributions }[] = [];
  const problems: PluginProblem[] = [];
  for (const [i, definition] of definitions.entries()) {
    try {
      collected.push({ definition, contributions: collectContributions(definition) });
    } catch (error) {
      problems.push({
        plugin: definition.id ?? `#${i + 1}`,
        rule: 'REGISTER_FAILED',
        message: `register() threw: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  problems.push(...checkPlugins(collected, { version: CORE_VERSION }));
  if (problems.length > 0) throw new PluginLoadError(problems);
  const composed = await composePluginSchemas(definitions);
  if (!composed.schema) throw new PluginLoadError(composed.problems);
  return {
    plugins: collected.map((c) => ({ ...c, schema: composed.contributions.get(c.definition.id)! })),
    schema: composed.schema,
  };
}

export interface InstalledPlugins {
  runtime: PluginRuntime;
  referenceData: ReferenceLoadReport[];
}

/**
 * After the core is migrated and its reference data loaded: each plugin's migrations (in its own
 * schema), its provinces bound to units of the map, its reference data (criteria sets, plans and
 * its own), then `init()`. Any failure throws PluginLoadError naming the plugin.
 */
export async function installPlugins(
  orm: MikroORM,
  prepared: PreparedPlugins,
  options: {
    logger?: Logger;
    config?: Readonly<Record<string, string | undefined>>;
    today?: string;
    /**
     * False for a server started with `--no-migrate`: the plugins' migrations and reference data
     * must already be in place (`hoctap migrate` did them); a pending migration refuses the start.
     */
    apply?: boolean;
  } = {},
): Promise<InstalledPlugins> {
  const apply = options.apply ?? true;
  const today = options.today ?? todayInVietnam();
  const loaded: LoadedPlugin[] = [];
  const reports: ReferenceLoadReport[] = [];
  for (const { definition, contributions, schema } of prepared.plugins) {
    const fail = (rule: string, message: string): never => {
      throw new PluginLoadError([{ plugin: definition.id, rule, message }]);
    };
    let migrationsApplied: string[] = [];
    if (apply) {
      migrationsApplied = await migratePlugin(orm, pluginSchemaOf(definition.id), definition.migrations ?? []).catch(
        (error: unknown) => {
          if (error instanceof PluginMigrationError) return fail('MIGRATION_FAILED', error.message);
          throw error;
        },
      );
    } else {
      const pending = await pendingPluginMigrations(orm, pluginSchemaOf(definition.id), definition.migrations ?? []);
      if (pending.length > 0)
        fail(
          'MIGRATIONS_PENDING',
          `${pending.length} migration(s) not applied (${pending.join(', ')}): run \`hoctap migrate\` first`,
        );
    }
    const provinces = await bindProvinces(orm.em.fork(), definition);
    if (typeof provinces === 'string') fail('UNKNOWN_PROVINCE', provinces);
    if (apply) {
      try {
        reports.push(...(await loadReferenceData(orm.em.fork(), referenceDataOf(definition, contributions, today))));
      } catch (error) {
        fail('REFERENCE_DATA_FAILED', error instanceof Error ? error.message : String(error));
      }
    }
    loaded.push({ definition, contributions, schema, provinces: provinces as BoundProvince[], migrationsApplied });
  }
  for (const { definition } of loaded) {
    try {
      await definition.init?.({
        em: orm.em.fork(),
        logger: options.logger ?? silentLogger,
        config: options.config ?? {},
      });
    } catch (error) {
      throw new PluginLoadError([
        { plugin: definition.id, rule: 'INIT_FAILED', message: error instanceof Error ? error.message : String(error) },
      ]);
    }
  }
  return { runtime: new PluginRuntime(loaded), referenceData: reports };
}

/** The reference data sets a plugin's declarations become, named `<id>.<what>`: each extension point says which. */
function referenceDataOf(definition: PluginDefinition, c: PluginContributions, today: string): ReferenceDataSet[] {
  return extensionPoints().flatMap((point) => {
    const items = contributionsTo(c, point);
    return items.length > 0 && point.referenceData ? point.referenceData(items, definition, today) : [];
  });
}

/**
 * Each claim bound to the province unit that had the code during the claim (codes are reused:
 * 82 was Tiền Giang until 30/6/2025 and is Đồng Tháp after). A message when one has none.
 */
async function bindProvinces(em: EntityManager, definition: PluginDefinition): Promise<BoundProvince[] | string> {
  const bound: BoundProvince[] = [];
  for (const claim of definition.provinces) {
    const candidates = await em.find(AdminUnit, { code: claim.code, level: AdminLevel.PROVINCE });
    // The unit must have had the code for the whole claim: a claim open at one end needs a unit open there too.
    const unit = candidates.find(
      (u) =>
        (!u.validFrom || (claim.from !== undefined && u.validFrom <= claim.from)) &&
        (!u.validTo || (claim.until !== undefined && u.validTo >= claim.until)),
    );
    if (!unit)
      return `claims province ${claim.code} from ${claim.from ?? 'always'} until ${claim.until ?? 'open'}, but no province had that code for the whole period`;
    bound.push({ ...claim, unitId: unit.id, name: unit.name });
  }
  return bound;
}

const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
