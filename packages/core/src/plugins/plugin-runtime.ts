import type { BoundProvince, PluginDefinition } from '../public/plugin.js';
import { contributionsTo, extensionPoints, type PluginContributions } from './extension-point.js';

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
 * The loaded plugins as the request path sees them. Built once at start-up from checked
 * declarations: each extension point's index over every plugin's contributions (which workflow
 * governs a record of a province, a plugin's record types, a province's targets). Immutable, so
 * every server process built from the same plugins answers alike. It knows no point by name.
 */
export class PluginRuntime {
  private readonly indexes = new Map<string, unknown>();

  constructor(readonly plugins: readonly LoadedPlugin[]) {
    for (const point of extensionPoints()) {
      if (!point.index) continue;
      const entries = plugins.map((p) => ({
        plugin: p.definition,
        provinces: p.provinces,
        contributions: contributionsTo(p.contributions, point),
      }));
      this.indexes.set(point.method, point.index(entries));
    }
  }

  static empty(): PluginRuntime {
    return new PluginRuntime([]);
  }

  /** An extension point's index over the loaded plugins' contributions. */
  index<I>(point: { readonly method: string; index?(entries: never): I }): I | undefined {
    return this.indexes.get(point.method) as I | undefined;
  }

  /** The plugin serving the province unit, if any. */
  pluginOfProvince(provinceUnitId: string): LoadedPlugin | undefined {
    return this.plugins.find((p) => p.provinces.some((b) => b.unitId === provinceUnitId));
  }
}
