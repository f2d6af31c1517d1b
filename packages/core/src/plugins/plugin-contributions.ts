import type { ReferenceDataSet } from '../common/reference-data.js';
import type { CriteriaSetDefinition } from '../criteria/criteria.model.js';
import type { PlanSeed } from '../programme/plan-seed.service.js';
import type { GuardRegistry, WorkflowExtension } from '../workflows/workflow.rules.js';
import type {
  PluginDefinition,
  PluginDimensionDefinition,
  ProvinceTargetDefinition,
  TransitionHandler,
} from './plugin.model.js';

/** Everything a plugin's `register()` declared, in the order it declared it. */
export interface PluginContributions {
  criteriaSets: { set: CriteriaSetDefinition; provinceCodes: readonly string[] }[];
  workflowExtensions: { workflowId: string; extension: WorkflowExtension; guards: GuardRegistry }[];
  workflowNodes: { typeName: string; handler: TransitionHandler }[];
  plans: PlanSeed[];
  targets: ProvinceTargetDefinition[];
  referenceData: ReferenceDataSet[];
  analyticsDimensions: PluginDimensionDefinition[];
}

/** Runs `register()` against a recording registrar; a plugin that throws here is refused by the caller. */
export function collectContributions(plugin: PluginDefinition): PluginContributions {
  const c: PluginContributions = {
    criteriaSets: [],
    workflowExtensions: [],
    workflowNodes: [],
    plans: [],
    targets: [],
    referenceData: [],
    analyticsDimensions: [],
  };
  plugin.register?.({
    criteriaSets: (sets, { provinceCodes }) => void c.criteriaSets.push(...sets.map((set) => ({ set, provinceCodes }))),
    extendWorkflow: (workflowId, extension, guards = {}) =>
      void c.workflowExtensions.push({ workflowId, extension, guards }),
    workflowNode: (typeName, handler) => void c.workflowNodes.push({ typeName, handler }),
    plans: (plans) => void c.plans.push(...plans),
    targets: (targets) => void c.targets.push(...targets),
    referenceData: (set) => void c.referenceData.push(set),
    analyticsDimension: (dimension) => void c.analyticsDimensions.push(dimension),
  });
  return c;
}
