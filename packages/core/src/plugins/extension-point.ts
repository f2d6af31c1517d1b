/**
 * Extension points, owned by the modules that offer them (as Backstage's createExtensionPoint):
 * a module declares what a plugin may register with it, how that is checked at start-up, the
 * reference data it becomes and the index the request path reads. The plugin loader knows none of
 * them by name: it runs `register()` against a registrar made of every declared point, checks,
 * loads and indexes each the same way. Adding an extension point is one `defineExtensionPoint`
 * in its module and one method in the public registrar (public/plugin.ts).
 */
import type { ReferenceDataSet } from '../common/reference-data.js';
import type { BoundProvince, PluginDefinition, PluginRegistrar } from '../public/plugin.js';

/** A problem with one plugin's contributions; the loader adds the plugin's id. */
export interface PointProblem {
  rule: string;
  message: string;
}

/** One loaded plugin's contributions to a point, as an index is built from them. */
export interface PointEntry<C> {
  plugin: PluginDefinition;
  provinces: readonly BoundProvince[];
  contributions: readonly C[];
}

export interface ExtensionPoint<C, I = undefined> {
  /** The registrar method this point answers, e.g. `criteriaSets`. */
  readonly method: keyof PluginRegistrar;
  /** Turns one call of the registrar method into contributions. */
  readonly record: (...args: never[]) => readonly C[];
  /** What a contribution is called in the `plugins` query and in messages. */
  describe(contribution: C): string;
  /**
   * A contribution's identity, when two must differ: a second one within a plugin, or one another
   * plugin registered too, is refused with `rule`.
   */
  readonly unique?: { readonly rule: string; readonly what: string };
  /** Pure checks of one plugin's contributions against the core and the plugin's own claims. */
  check?(contributions: readonly C[], plugin: PluginDefinition): PointProblem[];
  /** Reference data the contributions become, loaded at start-up like the core's. */
  referenceData?(contributions: readonly C[], plugin: PluginDefinition, today: string): ReferenceDataSet[];
  /** What the request path reads, built once from every plugin's contributions when they are loaded. */
  index?(entries: readonly PointEntry<C>[]): I;
}

// The points of the modules loaded; each module defines its own when it loads.
const POINTS = new Map<string, ExtensionPoint<unknown, unknown>>();

/** Declares a module's extension point (once, when the module loads). */
export function defineExtensionPoint<C, I = undefined>(point: ExtensionPoint<C, I>): ExtensionPoint<C, I> {
  if (POINTS.has(point.method)) throw new Error(`Extension point ${point.method} is declared twice.`);
  POINTS.set(point.method, point as unknown as ExtensionPoint<unknown, unknown>);
  return point;
}

export function extensionPoints(): readonly ExtensionPoint<unknown, unknown>[] {
  return [...POINTS.values()];
}

/** Everything a plugin's `register()` declared, by point, in the order it declared it. */
export type PluginContributions = ReadonlyMap<string, readonly unknown[]>;

/** A plugin's contributions to one point. */
export function contributionsTo<C>(
  contributions: PluginContributions,
  point: ExtensionPoint<C, unknown>,
): readonly C[] {
  return (contributions.get(point.method) ?? []) as readonly C[];
}

/** Runs `register()` against a registrar of every declared point; a plugin that throws is refused by the caller. */
export function collectContributions(plugin: PluginDefinition): PluginContributions {
  const recorded = new Map<string, unknown[]>(extensionPoints().map((p) => [p.method, []]));
  const registrar = Object.fromEntries(
    extensionPoints().map((point) => [
      point.method,
      (...args: never[]) => void recorded.get(point.method)!.push(...point.record(...args)),
    ]),
  ) as unknown as PluginRegistrar;
  plugin.register?.(registrar);
  return recorded;
}
