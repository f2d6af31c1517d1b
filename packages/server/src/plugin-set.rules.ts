/** A plugin as the database records it: which one, and which version of it. */
export interface PluginSetEntry {
  id: string;
  version: string;
}

/** How the plugin set a server loads differs from the one the database was migrated with. */
export interface PluginSetDifference {
  /** Loaded here, not recorded. */
  added: PluginSetEntry[];
  /** Recorded, not loaded here. */
  removed: PluginSetEntry[];
  /** Loaded and recorded with different versions. */
  changed: { id: string; recorded: string; loaded: string }[];
}

/** The set in a canonical order (by id), so two servers with the same plugins record the same value. */
export function canonicalPluginSet(entries: readonly PluginSetEntry[]): PluginSetEntry[] {
  return [...entries]
    .map(({ id, version }) => ({ id, version }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function comparePluginSets(
  recorded: readonly PluginSetEntry[],
  loaded: readonly PluginSetEntry[],
): PluginSetDifference {
  const before = new Map(recorded.map((p) => [p.id, p.version]));
  const now = new Map(loaded.map((p) => [p.id, p.version]));
  return {
    added: canonicalPluginSet(loaded.filter((p) => !before.has(p.id))),
    removed: canonicalPluginSet(recorded.filter((p) => !now.has(p.id))),
    changed: canonicalPluginSet(loaded.filter((p) => before.has(p.id) && before.get(p.id) !== p.version)).map((p) => ({
      id: p.id,
      recorded: before.get(p.id)!,
      loaded: p.version,
    })),
  };
}

export function isSamePluginSet(d: PluginSetDifference): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** One line naming every difference, Vietnamese first, for the refusal and for /readyz. */
export function describePluginSetDifference(d: PluginSetDifference): string {
  const parts = [
    ...d.added.map((p) => `+${p.id}@${p.version} (thêm / not recorded)`),
    ...d.removed.map((p) => `-${p.id}@${p.version} (thiếu / not loaded)`),
    ...d.changed.map((p) => `${p.id} ${p.recorded} → ${p.loaded} (khác phiên bản / version differs)`),
  ];
  return parts.length === 0 ? 'không khác / no difference' : parts.join('; ');
}
