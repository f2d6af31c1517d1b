/**
 * The agencies extension point: a province's agencies, loaded as the plugin's reference data
 * before its plans (the plans extension imports this module first), so a plan's lead and
 * coordinators can be matched to them.
 */
import { defineExtensionPoint } from '../../plugins/extension-point.js';
import type { AgencyDefinition } from './agency.model.js';
import { agencyDefinitionProblems } from './agency.rules.js';
import { upsertAgencies } from './agency.service.js';

export const AGENCIES = defineExtensionPoint<AgencyDefinition>({
  method: 'agencies',
  record: (agencies: readonly AgencyDefinition[]) => agencies,
  describe: (agency) => agency.code,
  unique: { rule: 'DUPLICATE_AGENCY', what: 'agency' },
  check: (agencies, plugin) => {
    const codes = new Set((plugin.provinces ?? []).map((p) => p.code));
    return [
      ...agencyDefinitionProblems(agencies).map((message) => ({ rule: 'BAD_AGENCY', message })),
      ...agencies
        .filter((a) => !a.unitCode || !codes.has(a.unitCode) || !a.code.startsWith(`${a.unitCode}.`))
        .map((a) => ({
          rule: 'AGENCY_OUTSIDE_PROVINCES',
          message: `agency ${a.code} must belong to a province the plugin serves and its code start with that province's code`,
        })),
    ];
  },
  referenceData: (agencies, plugin, today) => [
    { name: `${plugin.id}.agencies`, content: agencies, load: (em) => upsertAgencies(em, agencies, plugin.id, today) },
  ],
});
