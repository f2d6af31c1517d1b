/**
 * Reference data of a plugin's own (its agencies, its units' details): loaded when new or changed,
 * like the core's, under a name that starts with the plugin's id.
 */
import { defineExtensionPoint } from '../plugins/extension-point.js';
import type { ReferenceDataSet } from './reference-data.js';

export const REFERENCE_DATA = defineExtensionPoint<ReferenceDataSet>({
  method: 'referenceData',
  record: (set: ReferenceDataSet) => [set],
  describe: (set) => set.name,
  unique: { rule: 'DUPLICATE_REFERENCE_DATA', what: 'reference data set' },
  check: (sets, plugin) =>
    sets
      .filter((set) => !set.name.startsWith(`${plugin.id}.`))
      .map((set) => ({
        rule: 'BAD_REFERENCE_DATA_NAME',
        message: `reference data ${set.name} must be named "${plugin.id}.<name>"`,
      })),
  referenceData: (sets) => [...sets],
});
