import { extendWorkflow } from '../workflows/workflow.rules.js';
import { coreWorkflows, type RegisteredWorkflow } from '../workflows/workflow.registry.js';
import { claimInForce } from './plugin-check.rules.js';
import type { PluginContributions } from './plugin-contributions.js';
import type {
  PluginDefinition,
  PluginDimensionDefinition,
  PluginProvince,
  ProvinceTargetDefinition,
  TransitionHandler,
} from './plugin.model.js';

/** A plugin's claim on a province, bound to the administrative unit that had the code then. */
export interface BoundProvince extends PluginProvince {
  unitId: string;
  name: string;
}

/** What a plugin added to the GraphQL schema, found by comparing schemas at start-up. */
export interface SchemaContribution {
  types: string[];
  rootFields: string[];
  /** Fields the plugin added to core types, as Type.field. */
  fields: string[];
}

export interface LoadedPlugin {
  definition: PluginDefinition;
  contributions: PluginContributions;
  provinces: BoundProvince[];
  schema: SchemaContribution;
  migrationsApplied: string[];
}

/**
 * The loaded plugins as the request path sees them: which workflow governs a record of a
 * province, where `transition` sends a plugin's record, a province's own targets. Built once at
 * start-up from checked declarations; immutable, so every server process built from the same
 * plugins answers alike.
 */
export class PluginRuntime {
  private readonly workflows = new Map<string, RegisteredWorkflow>();
  private readonly handlers = new Map<string, TransitionHandler>();

  constructor(readonly plugins: readonly LoadedPlugin[]) {
    for (const plugin of plugins) {
      for (const { typeName, handler } of plugin.contributions.workflowNodes) this.handlers.set(typeName, handler);
      const byWorkflow = new Map<string, RegisteredWorkflow>();
      for (const { workflowId, extension, guards } of plugin.contributions.workflowExtensions) {
        const base = byWorkflow.get(workflowId) ?? coreWorkflows().get(workflowId);
        if (!base) throw new Error(`Plugin ${plugin.definition.id} extends unknown workflow ${workflowId}.`);
        byWorkflow.set(workflowId, {
          definition: extendWorkflow(base.definition, extension),
          guards: { ...base.guards, ...guards },
        });
      }
      // A province unit id names one version of a province (87 before 1/7/2025 is not 82 after),
      // so the extension applies exactly to the records of the provinces the plugin served.
      for (const [workflowId, workflow] of byWorkflow)
        for (const province of plugin.provinces) this.workflows.set(`${workflowId}|${province.unitId}`, workflow);
    }
  }

  static empty(): PluginRuntime {
    return new PluginRuntime([]);
  }

  workflow(id: string, provinceUnitId: string | null): RegisteredWorkflow | undefined {
    return provinceUnitId === null ? undefined : this.workflows.get(`${id}|${provinceUnitId}`);
  }

  transitionHandler(typeName: string): TransitionHandler | undefined {
    return this.handlers.get(typeName);
  }

  /** The plugin serving the province unit, if any. */
  pluginOfProvince(provinceUnitId: string): LoadedPlugin | undefined {
    return this.plugins.find((p) => p.provinces.some((b) => b.unitId === provinceUnitId));
  }

  /** The analytics dimensions plugins define, by code. */
  analyticsDimensions(): Map<string, PluginDimensionDefinition> {
    return new Map(this.plugins.flatMap((p) => p.contributions.analyticsDimensions.map((d) => [d.code, d] as const)));
  }

  /** A province's own targets, from the plugins whose claim on its code is in force on `day`. */
  provinceTargets(provinceCode: string, day: string): ProvinceTargetDefinition[] {
    return this.plugins.flatMap((p) =>
      p.provinces.some((b) => b.code === provinceCode && claimInForce(b, day))
        ? p.contributions.targets.filter((t) => t.provinceCodes.includes(provinceCode))
        : [],
    );
  }
}
