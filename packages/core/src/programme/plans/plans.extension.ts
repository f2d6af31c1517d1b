/**
 * The plans module's extension point: a province's plans with their tasks, loaded as the plugin's
 * reference data. A plugin's plans are its province's own: issued by the province it served that day.
 */
// Agencies first: a plugin's reference data loads point by point in declaration order.
import '../agencies/agencies.extension.js';
import { covers } from '../../plugins/claims.rules.js';
import { defineExtensionPoint } from '../../plugins/extension-point.js';
import { upsertPlanSeeds, type PlanSeed } from './plan-seed.service.js';

export const PLANS = defineExtensionPoint<PlanSeed>({
  method: 'plans',
  record: (plans: readonly PlanSeed[]) => plans,
  describe: (plan) => plan.documentNumber,
  unique: { rule: 'DUPLICATE_PLAN', what: 'plan' },
  check: (plans, plugin) =>
    plans
      .filter(
        (plan) =>
          !(plugin.provinces ?? []).some((p) => p.code === plan.issuerCode && covers(p, plan.issuedOn, plan.issuedOn)),
      )
      .map((plan) => ({
        rule: 'PLAN_OUTSIDE_PROVINCES',
        message: `plan ${plan.documentNumber} is issued by ${plan.issuerCode} on ${plan.issuedOn}, not by a province the plugin served that day`,
      })),
  referenceData: (plans, plugin, today) => [
    { name: `${plugin.id}.plans`, content: plans, load: (em) => upsertPlanSeeds(em, plans, today) },
  ],
});
