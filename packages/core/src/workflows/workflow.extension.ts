/**
 * The workflow module's extension points: a local step, guard or actor for a core workflow in the
 * plugin's provinces, and a plugin's own record types that follow a workflow of their own. Each
 * extension is checked against the current national definition, so a core change that breaks it
 * refuses the start rather than serving a province half a workflow.
 */
import type { RequestContext } from '../common/context.js';
import { defineExtensionPoint, type PointProblem } from '../plugins/extension-point.js';
import type { WorkflowNode, WorkflowRecord } from './workflow-kernel.js';
import type { GuardRegistry, RegisteredWorkflow, WorkflowDefinition, WorkflowExtension } from './workflow.model.js';
import { coreWorkflows, workflowOf } from './workflow.registry.js';
import { checkWorkflow, extendWorkflow } from './workflow.rules.js';

export interface ProvinceWorkflowExtension {
  workflowId: string;
  extension: WorkflowExtension;
  guards: GuardRegistry;
}

/** Guards an action names that no one registered. */
function unknownGuards(workflowId: string, definition: WorkflowDefinition, guards: GuardRegistry): PointProblem[] {
  return definition.actions.flatMap((action) =>
    (action.guards ?? [])
      .filter((guard) => !Object.hasOwn(guards, guard))
      .map((guard) => ({
        rule: 'UNKNOWN_GUARD',
        message: `${workflowId}: action ${action.name} names guard ${guard}, which no one registered`,
      })),
  );
}

export const WORKFLOW_EXTENSIONS = defineExtensionPoint<ProvinceWorkflowExtension, Map<string, RegisteredWorkflow>>({
  method: 'extendWorkflow',
  record: (workflowId: string, extension: WorkflowExtension, guards: GuardRegistry = {}) => [
    { workflowId, extension, guards },
  ],
  describe: (c) => c.workflowId,
  check(contributions) {
    const problems: PointProblem[] = [];
    for (const { workflowId, extension, guards } of contributions) {
      const base = coreWorkflows().get(workflowId);
      if (!base) {
        problems.push({
          rule: 'UNKNOWN_WORKFLOW',
          message: `extends workflow ${workflowId}; the core has ${[...coreWorkflows().keys()].join(', ')}`,
        });
        continue;
      }
      try {
        const extended = extendWorkflow(base.definition, extension);
        for (const message of checkWorkflow(extended))
          problems.push({ rule: 'BAD_WORKFLOW_EXTENSION', message: `${workflowId}: ${message}` });
        problems.push(...unknownGuards(workflowId, extended, { ...base.guards, ...guards }));
      } catch (error) {
        problems.push({
          rule: 'BAD_WORKFLOW_EXTENSION',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return problems;
  },
  // A province unit id names one version of a province (87 before 1/7/2025 is not 82 after), so an
  // extension applies exactly to the records of the provinces its plugin served.
  index(entries) {
    const byKey = new Map<string, RegisteredWorkflow>();
    for (const { plugin, provinces, contributions } of entries) {
      const byWorkflow = new Map<string, RegisteredWorkflow>();
      for (const { workflowId, extension, guards } of contributions) {
        const base = byWorkflow.get(workflowId) ?? coreWorkflows().get(workflowId);
        if (!base) throw new Error(`Plugin ${plugin.id} extends unknown workflow ${workflowId}.`);
        byWorkflow.set(workflowId, {
          definition: extendWorkflow(base.definition, extension),
          guards: { ...base.guards, ...guards },
        });
      }
      for (const [workflowId, workflow] of byWorkflow)
        for (const province of provinces) byKey.set(`${workflowId}|${province.unitId}`, workflow);
    }
    return byKey;
  },
});

export const WORKFLOW_NODES = defineExtensionPoint<WorkflowNode, Map<string, WorkflowNode>>({
  method: 'workflowNode',
  record: <R extends WorkflowRecord>(node: WorkflowNode<R>) => [node as unknown as WorkflowNode],
  describe: (node) => node.typeName,
  unique: { rule: 'DUPLICATE_WORKFLOW_NODE', what: 'workflow node' },
  check(nodes, plugin) {
    const problems: PointProblem[] = [];
    for (const node of nodes) {
      const at = `workflow node ${node.typeName}`;
      if (plugin.graphqlPrefix && !node.typeName.startsWith(plugin.graphqlPrefix))
        problems.push({ rule: 'BAD_TYPE_NAME', message: `${at} must start with ${plugin.graphqlPrefix}` });
      // A plugin's own record follows its own workflow: a core workflow is extended, not borrowed.
      if (!node.workflow) {
        problems.push({ rule: 'BAD_WORKFLOW_NODE', message: `${at} must give its own workflow definition and guards` });
        continue;
      }
      for (const message of checkWorkflow(node.workflow.definition))
        problems.push({ rule: 'BAD_WORKFLOW_NODE', message: `${at}: ${message}` });
      problems.push(...unknownGuards(node.workflow.definition.id, node.workflow.definition, node.workflow.guards));
      if (coreWorkflows().has(node.workflow.definition.id))
        problems.push({
          rule: 'BAD_WORKFLOW_NODE',
          message: `${at}: its workflow id ${node.workflow.definition.id} is a core workflow's`,
        });
    }
    return problems;
  },
  index: (entries) => new Map(entries.flatMap((e) => e.contributions.map((node) => [node.typeName, node] as const))),
});

/**
 * The definition that governs a record in the province `provinceUnitId` (the last id of its
 * lineage): a plugin's extension when the plugin serves that province, else the national one.
 */
export function workflowFor(
  ctx: Pick<RequestContext, 'plugins'>,
  id: string,
  provinceUnitId: string | null | undefined,
): RegisteredWorkflow {
  const extended = provinceUnitId ? ctx.plugins?.index(WORKFLOW_EXTENSIONS)?.get(`${id}|${provinceUnitId}`) : undefined;
  return extended ?? workflowOf(id);
}
