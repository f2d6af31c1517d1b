import { EVALUATION_GUARDS, EVALUATION_WORKFLOW } from './evaluation.workflow.js';
import type { RegisteredWorkflow } from './workflow.model.js';

export type { RegisteredWorkflow } from './workflow.model.js';

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
