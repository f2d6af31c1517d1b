import type { EntityManager } from '@mikro-orm/postgresql';
import type { PreparedPlugins } from './plugins.js';
import {
  canonicalPluginSet,
  comparePluginSets,
  describePluginSetDifference,
  isSamePluginSet,
  type PluginSetDifference,
  type PluginSetEntry,
} from './plugin-set.rules.js';

/** The server refuses to serve a database migrated with another plugin set. */
export class PluginSetMismatchError extends Error {
  constructor(readonly difference: PluginSetDifference) {
    super(
      `Bộ plugin của máy chủ này khác bộ đã ghi trong cơ sở dữ liệu / this server's plugins differ from those the database was migrated with: ${describePluginSetDifference(difference)}. ` +
        'Set HOCTAP_PLUGINS to match the other servers, or run `hoctap migrate` with the new set to change it for all of them.',
    );
    this.name = 'PluginSetMismatchError';
  }
}

export function pluginSetOf(prepared: PreparedPlugins | null): PluginSetEntry[] {
  return canonicalPluginSet(
    (prepared?.plugins ?? []).map((p) => ({ id: p.definition.id, version: p.definition.version })),
  );
}

/** The recorded set, or null on a database no server has recorded one in yet. */
export async function readPluginSet(em: EntityManager): Promise<PluginSetEntry[] | null> {
  const rows = await em.execute<{ plugins: PluginSetEntry[] }[]>('select plugins from hoctap_plugin_set where id = 1');
  return rows[0] ? canonicalPluginSet(rows[0].plugins) : null;
}

/**
 * Records the set this process migrated with (under the start-up lock). Returns how it differs from
 * what was recorded before, or null when nothing was recorded or nothing changed.
 */
export async function recordPluginSet(
  em: EntityManager,
  set: readonly PluginSetEntry[],
  recordedBy: string,
): Promise<PluginSetDifference | null> {
  const recorded = await readPluginSet(em);
  const difference = recorded ? comparePluginSets(recorded, set) : null;
  if (recorded && difference && isSamePluginSet(difference)) return null;
  await em.execute(
    `insert into hoctap_plugin_set (id, plugins, recorded_at, recorded_by) values (1, ?::jsonb, now(), ?)
     on conflict (id) do update set plugins = excluded.plugins, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
    [JSON.stringify(canonicalPluginSet(set)), recordedBy],
  );
  return difference;
}

/** How this process's set differs from the recorded one; null when they agree (or none is recorded). */
export async function pluginSetDifference(
  em: EntityManager,
  set: readonly PluginSetEntry[],
): Promise<PluginSetDifference | null> {
  const recorded = await readPluginSet(em);
  if (!recorded) return null;
  const difference = comparePluginSets(recorded, set);
  return isSamePluginSet(difference) ? null : difference;
}

export async function assertPluginSet(em: EntityManager, set: readonly PluginSetEntry[]): Promise<void> {
  const difference = await pluginSetDifference(em, set);
  if (difference) throw new PluginSetMismatchError(difference);
}
