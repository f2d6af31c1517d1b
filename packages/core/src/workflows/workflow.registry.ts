import type { RequestContext } from '../common/context.js';
import { EVALUATION_GUARDS, EVALUATION_WORKFLOW } from './evaluation.workflow.js';
import type { GuardRegistry, WorkflowDefinition } from './workflow.rules.js';

export interface RegisteredWorkflow {
  definition: WorkflowDefinition;
  guards: GuardRegistry;
}

/** The national workflows. Plugins extend them for their provinces; they never replace them. */
const CORE_WORKFLOWS = new Map<string, RegisteredWorkflow>([
  ['evaluation', { definition: EVALUATION_WORKFLOW, guards: EVALUATION_GUARDS }],
]);

/** Adds a national workflow; called once by the module that owns it, when it loads. */
export function registerCoreWorkflow(workflow: RegisteredWorkflow): void {
  if (CORE_WORKFLOWS.has(workflow.definition.id))
    throw new Error(`Workflow ${workflow.definition.id} is registered twice.`);
  CORE_WORKFLOWS.set(workflow.definition.id, workflow);
}

export function coreWorkflows(): ReadonlyMap<string, RegisteredWorkflow> {
  return CORE_WORKFLOWS;
}

/** The national definition, as every province without an extension uses it. */
export function workflowOf(id: string): RegisteredWorkflow {
  const workflow = CORE_WORKFLOWS.get(id);
  if (!workflow) throw new Error(`No workflow is registered as ${id}.`);
  return workflow;
}

/**
 * The definition that governs a record in the province `provinceUnitId` (the last id of its
 * lineage): a plugin's extension when the plugin serves that province, else the national one.
 */
export function workflowFor(
  ctx: RequestContext,
  id: string,
  provinceUnitId: string | null | undefined,
): RegisteredWorkflow {
  return ctx.plugins?.workflow(id, provinceUnitId ?? null) ?? workflowOf(id);
}
