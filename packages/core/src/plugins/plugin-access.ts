import { accessibleUnit } from '../auth/access.js';
import type { Access } from '../auth/scope.rules.js';
import type { RequestContext } from '../common/context.js';
import { badInput } from '../common/errors.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';

/**
 * The unit with this code on `asOf`, for a plugin's query or mutation: NOT_FOUND when no unit has
 * the code that day, FORBIDDEN outside the caller's scope, and BAD_USER_INPUT (rule
 * OUTSIDE_PLUGIN_PROVINCES) when the unit lay that day in no province the plugin served — a
 * plugin acts only within its provinces, at the date of the data.
 */
export async function pluginUnit(
  ctx: RequestContext,
  input: { plugin: string; access: Access; code: string; asOf: string; field?: string },
): Promise<AdminUnit> {
  const unit = await accessibleUnit(ctx, input.access, input.code, input.asOf);
  const loaded = ctx.plugins?.plugins.find((p) => p.definition.id === input.plugin);
  if (!loaded) throw new Error(`Plugin ${input.plugin} is not loaded.`);
  const lineage = await geographyLoaders(ctx).lineage(input.asOf).load(unit.id);
  const served = loaded.provinces.filter((p) => lineage.includes(p.unitId));
  if (served.length === 0) {
    const claims = loaded.provinces.map((p) => `${p.code} ${p.name} (${p.from ?? '…'} – ${p.until ?? '…'})`).join(', ');
    throw badInput([
      {
        field: input.field ?? 'unitCode',
        rule: 'OUTSIDE_PLUGIN_PROVINCES',
        message: `${unit.code} ${unit.name} lay in none of plugin ${input.plugin}'s provinces on ${input.asOf}; it serves ${claims}`,
      },
    ]);
  }
  return unit;
}
