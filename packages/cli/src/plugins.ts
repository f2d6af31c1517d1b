import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginDefinition } from '@hoctap/core';

/** The first-party plugins, loaded unless HOCTAP_PLUGINS says otherwise. */
const FIRST_PARTY: Record<string, () => Promise<{ default: PluginDefinition }>> = {
  'dong-thap': () => import('@hoctap/plugin-dong-thap'),
  'ha-nam': () => import('@hoctap/plugin-ha-nam'),
  'thai-binh': () => import('@hoctap/plugin-thai-binh'),
};

export const FIRST_PARTY_PLUGINS = Object.keys(FIRST_PARTY);

/** A name starting with "." or "/" is a built module's file path, relative to the working directory. */
const isFilePath = (name: string) => name.startsWith('.') || name.startsWith('/');

/**
 * The plugins HOCTAP_PLUGINS names: "default" for the first-party ones (alone or in a list), a
 * first-party id, the package name of a province's own plugin installed beside the platform, or
 * the file path of a built plugin module, e.g. ./plugins/quang-ninh/dist/index.js (its default export).
 */
export async function resolvePlugins(names: 'default' | readonly string[]): Promise<PluginDefinition[]> {
  const list =
    names === 'default' ? FIRST_PARTY_PLUGINS : names.flatMap((n) => (n === 'default' ? FIRST_PARTY_PLUGINS : [n]));
  const plugins: PluginDefinition[] = [];
  for (const name of list) {
    const specifier = isFilePath(name) ? pathToFileURL(resolve(name)).href : name;
    const load = FIRST_PARTY[name] ?? (() => import(specifier) as Promise<{ default: PluginDefinition }>);
    let module: { default: PluginDefinition };
    try {
      module = await load();
    } catch (error) {
      throw new Error(
        `HOCTAP_PLUGINS names ${name}, which cannot be loaded (${error instanceof Error ? error.message : String(error)}). First-party plugins: ${FIRST_PARTY_PLUGINS.join(', ')}.`,
        { cause: error },
      );
    }
    if (!module.default || typeof module.default !== 'object')
      throw new Error(`Plugin package ${name} has no default export made with definePlugin().`);
    plugins.push(module.default);
  }
  return plugins;
}
