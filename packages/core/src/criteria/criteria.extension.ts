/**
 * The criteria module's extension point: a province's own criteria sets. Checked like the national
 * sets, within the plugin's claims, and loaded as the plugin's reference data.
 */
import { covers, FAR_FUTURE } from '../plugins/claims.rules.js';
import { defineExtensionPoint, type PointProblem } from '../plugins/extension-point.js';
import type { CriteriaSetDefinition } from './criteria.model.js';
import { upsertCriteriaSets } from './criteria.service.js';
import { NATIONAL_CRITERIA_SETS } from './national-sets.data.js';
import { checkCriteriaSet } from './rating.rules.js';

export interface ProvinceCriteriaSet {
  set: CriteriaSetDefinition;
  provinceCodes: readonly string[];
}

const NATIONAL_CODES = new Set(NATIONAL_CRITERIA_SETS.map((s) => s.code));

export const CRITERIA_SETS = defineExtensionPoint<ProvinceCriteriaSet>({
  method: 'criteriaSets',
  record: (sets: readonly CriteriaSetDefinition[], options: { provinceCodes: readonly string[] }) =>
    sets.map((set) => ({ set, provinceCodes: options.provinceCodes })),
  describe: (c) => c.set.code,
  unique: { rule: 'DUPLICATE_CRITERIA_SET', what: 'criteria set' },
  check(contributions, plugin) {
    const problems: PointProblem[] = [];
    const add = (rule: string, message: string) => problems.push({ rule, message });
    for (const { set, provinceCodes } of contributions) {
      const at = `criteria set ${set.code}`;
      if (NATIONAL_CODES.has(set.code)) add('DUPLICATE_CRITERIA_SET', `${at} has the code of a national set`);
      if (set.issuer?.level !== 'PROVINCE' || set.issuer.plugin !== plugin.id)
        add('BAD_CRITERIA_SET', `${at}: issuer must be { level: 'PROVINCE', plugin: '${plugin.id}' }`);
      if (!provinceCodes.length) add('BAD_CRITERIA_SET', `${at}: provinceCodes must name the provinces it applies to`);
      for (const code of provinceCodes)
        if (
          !(plugin.provinces ?? []).some((p) => p.code === code && covers(p, set.validFrom, set.validTo ?? FAR_FUTURE))
        )
          add(
            'CRITERIA_SET_OUTSIDE_PROVINCES',
            `${at} applies to province ${code} from ${set.validFrom} to ${set.validTo ?? 'open'}, beyond the plugin's claim on ${code}`,
          );
      for (const message of checkCriteriaSet(set)) add('BAD_CRITERIA_SET', `${at}: ${message}`);
      // A province's set replaces the national one only on a source saying the province issued it,
      // and never with sample content: ratings would then rest on placeholders (issue 16).
      if (set.replacesNational && !set.replacesNational.basis?.trim())
        add('BAD_CRITERIA_SET', `${at}: replacesNational.basis must name the source that issued the criteria`);
      if (set.replacesNational && set.sample)
        add(
          'BAD_CRITERIA_SET',
          `${at}: a sample set cannot replace the national set; leave replacesNational out until its content is verified`,
        );
    }
    return problems;
  },
  referenceData: (contributions, plugin) => [
    {
      name: `${plugin.id}.criteria`,
      content: contributions,
      load: async (em) => {
        let changed = 0;
        for (const { set, provinceCodes } of contributions)
          changed += await upsertCriteriaSets(em, [set], [...provinceCodes]);
        return changed;
      },
    },
  ],
});
