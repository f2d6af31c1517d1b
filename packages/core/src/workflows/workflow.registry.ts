import { EVALUATION_GUARDS, EVALUATION_WORKFLOW } from './evaluation.workflow.js';
import type { GuardRegistry, WorkflowDefinition } from './workflow.rules.js';

export interface RegisteredWorkflow {
  definition: WorkflowDefinition;
  guards: GuardRegistry;
}

/**
 * The workflows in force. Plugins extend a definition through `extendWorkflow` at start-up
 * (issue 6); until then the national definitions stand.
 */
const WORKFLOWS = new Map<string, RegisteredWorkflow>([
  ['evaluation', { definition: EVALUATION_WORKFLOW, guards: EVALUATION_GUARDS }],
]);

export function workflowOf(id: string): RegisteredWorkflow {
  const workflow = WORKFLOWS.get(id);
  if (!workflow) throw new Error(`No workflow is registered as ${id}.`);
  return workflow;
}
