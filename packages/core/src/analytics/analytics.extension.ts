/**
 * The analytics module's extension point: a classification of a province's units that only the
 * province knows (its GNLC cities), usable as the PLUGIN dimension.
 */
import { defineExtensionPoint, type PointProblem } from '../plugins/extension-point.js';
import type { PluginDimensionDefinition } from './analytics.model.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ANALYTICS_DIMENSIONS = defineExtensionPoint<
  PluginDimensionDefinition,
  Map<string, PluginDimensionDefinition>
>({
  method: 'analyticsDimension',
  record: (dimension: PluginDimensionDefinition) => [dimension],
  describe: (dimension) => dimension.code,
  unique: { rule: 'DUPLICATE_DIMENSION', what: 'analytics dimension' },
  check(dimensions, plugin) {
    const prefix = `${(plugin.id ?? '').toUpperCase().replaceAll('-', '_')}_`;
    const problems: PointProblem[] = [];
    for (const dim of dimensions) {
      const bad = (message: string) =>
        problems.push({ rule: 'BAD_DIMENSION', message: `analytics dimension ${dim.code}: ${message}` });
      if (!/^[A-Z][A-Z0-9_]*$/.test(dim.code) || !dim.code.startsWith(prefix))
        bad(`its code must be UPPER_SNAKE and start with ${prefix}`);
      if (!['PROVINCE', 'DISTRICT', 'COMMUNE'].includes(dim.level)) bad('level is PROVINCE, DISTRICT or COMMUNE');
      if (!ISO_DATE.test(dim.asOf ?? '')) bad(`asOf ${dim.asOf} is not a date`);
      if (Object.keys(dim.values ?? {}).length === 0) bad('values must classify at least one unit');
    }
    return problems;
  },
  index: (entries) => new Map(entries.flatMap((e) => e.contributions.map((d) => [d.code, d] as const))),
});
