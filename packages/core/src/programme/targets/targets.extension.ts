/**
 * The targets module's extension point: a province's own targets (e.g. Hà Nam's for 2025), shown
 * beside the national ones while the plugin's claim on the province is in force.
 */
import { claimInForce } from '../../plugins/claims.rules.js';
import { defineExtensionPoint } from '../../plugins/extension-point.js';
import { NATIONAL_TARGETS, type ProvinceTargetDefinition } from './targets.data.js';

const NATIONAL_CODES = new Set(NATIONAL_TARGETS.map((t) => t.code));

/** A province's own targets on a day, with the plugin that sets them. */
export type ProvinceTargets = (provinceCode: string, day: string) => (ProvinceTargetDefinition & { plugin: string })[];

export const TARGETS = defineExtensionPoint<ProvinceTargetDefinition, ProvinceTargets>({
  method: 'targets',
  record: (targets: readonly ProvinceTargetDefinition[]) => targets,
  describe: (target) => target.code,
  unique: { rule: 'DUPLICATE_TARGET', what: 'target' },
  check: (targets, plugin) =>
    targets.flatMap((target) => [
      ...(NATIONAL_CODES.has(target.code)
        ? [{ rule: 'DUPLICATE_TARGET', message: `target ${target.code} has the code of a national target` }]
        : []),
      ...target.provinceCodes
        .filter((code) => !(plugin.provinces ?? []).some((p) => p.code === code))
        .map((code) => ({
          rule: 'TARGET_OUTSIDE_PROVINCES',
          message: `target ${target.code} names province ${code}, which the plugin does not claim`,
        })),
    ]),
  index: (entries) => (provinceCode, day) =>
    entries.flatMap(({ plugin, provinces, contributions }) =>
      provinces.some((b) => b.code === provinceCode && claimInForce(b, day))
        ? contributions.filter((t) => t.provinceCodes.includes(provinceCode)).map((t) => ({ ...t, plugin: plugin.id }))
        : [],
    ),
});
