/**
 * The one workflow kernel: every record that follows a workflow — the core's evaluations, task
 * reports and GNLC applications, and a plugin's own records — is a node registered here, and
 * moves by one `applyTransition`: load → standing → decide → version → the step's own work →
 * history → audit → save, in one `mutate()`. A node says only what is particular to its record.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWrite, missingRecord } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { badInput, DomainError } from '../common/errors.js';
import { assertVersion } from '../common/flush.js';
import { mutate, type MutationLog } from '../common/mutate.js';
import { fromGlobalId } from '../common/node-id.js';
import { refusalOf } from './workflow-refusal.js';
import { WORKFLOW_NODES, workflowFor } from './workflow.extension.js';
import type { ActionDefinition, CallerContext, RegisteredWorkflow } from './workflow.model.js';
import { availableActions, decideTransition } from './workflow.rules.js';

/** What every workflow record has: an id, a state, a version bumped by every change. */
export interface WorkflowRecord {
  id: string;
  state: string;
  version: number;
}

/** Where the caller stands towards a record, and what the guards read. */
export type NodeCaller = Omit<CallerContext, 'state' | 'role'>;

/** A step being taken, for the node's own work on it. */
export interface TransitionStep<R> {
  ctx: RequestContext;
  tx: EntityManager;
  log: MutationLog;
  record: R;
  action: string;
  from: string;
  to: string;
}

export interface WorkflowNode<R extends WorkflowRecord = WorkflowRecord> {
  /** The GraphQL type a global id names, e.g. `Evaluation`. */
  readonly typeName: string;
  /** What the record is called in messages, e.g. `evaluation`. */
  readonly what: string;
  /** The workflow it follows: a core workflow's id (extended for a province by its plugin) … */
  readonly workflowId: string;
  /** … or, for a plugin's own record type, its own definition and guards. */
  readonly workflow?: RegisteredWorkflow;
  /** The audit entry's action, e.g. `evaluations.transition` (default `<workflowId>.transition`). */
  readonly auditAction?: string;
  /** The record with this id, read through `em` (the transaction's, during a transition). */
  load(em: EntityManager, id: string): Promise<R | null>;
  /** The province unit whose plugin's extension governs the record (the last id of its lineage), if any. */
  provinceOf(record: R): string | null | undefined;
  /**
   * Refuses (FORBIDDEN) a caller who may not act on the record at all. Runs before the
   * transaction opens, so it may read through the request's loaders (`assertAccess`).
   */
  access?(ctx: RequestContext, record: R): Promise<void> | void;
  /**
   * The caller's standing and facts. With `em` (inside a transition's transaction) it reads only
   * through it; without, through the request's loaders, so a page of records costs a constant
   * number of queries.
   */
  caller(ctx: RequestContext, record: R, em?: EntityManager): Promise<NodeCaller>;
  /** Serialises transitions that must not race (e.g. a per-call limit), before the facts are read. */
  lock?(tx: EntityManager, record: R): Promise<void>;
  /** The step's own work beyond the state: a date stamped, a membership created. */
  onTransition?(step: TransitionStep<R>): Promise<void> | void;
  /** What a unique violation in that work means (e.g. a membership already recorded). */
  onUnique?: () => DomainError;
}

const CORE_NODES = new Map<string, WorkflowNode>();

/** Adds a core record type; called once by the module that owns it, when it loads. */
export function registerWorkflowNode<R extends WorkflowRecord>(node: WorkflowNode<R>): void {
  if (CORE_NODES.has(node.typeName)) throw new Error(`Workflow node ${node.typeName} is registered twice.`);
  CORE_NODES.set(node.typeName, node as unknown as WorkflowNode);
}

/** The node of a type: the core's, or a loaded plugin's. */
export function workflowNodeOf(ctx: Pick<RequestContext, 'plugins'>, typeName: string): WorkflowNode | undefined {
  return CORE_NODES.get(typeName) ?? ctx.plugins?.index(WORKFLOW_NODES)?.get(typeName);
}

export function coreWorkflowNodes(): ReadonlyMap<string, WorkflowNode> {
  return CORE_NODES;
}

/** The definition governing a record: the node's own, or the core's as extended for the record's province. */
function definitionOf<R extends WorkflowRecord>(ctx: RequestContext, node: WorkflowNode<R>, record: R) {
  return node.workflow ?? workflowFor(ctx, node.workflowId, node.provinceOf(record));
}

const roleOf = (ctx: RequestContext) => (ctx.principal.kind === 'user' ? ctx.principal.role : null);

/** The actions the caller may take on the record now, in the definition's order. */
export async function workflowActions<R extends WorkflowRecord>(
  ctx: RequestContext,
  node: WorkflowNode<R>,
  record: R,
): Promise<ActionDefinition[]> {
  const { definition, guards } = definitionOf(ctx, node, record);
  try {
    await node.access?.(ctx, record);
  } catch (error) {
    // Someone who may not act has no actions to take; other failures are real.
    if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) return [];
    throw error;
  }
  const caller = await node.caller(ctx, record);
  return availableActions(definition, guards, { ...caller, state: record.state, role: roleOf(ctx) });
}

export interface TransitionInput {
  id: string;
  action: string;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}

/**
 * Moves any workflow record one step. The version is checked twice: against what the caller read
 * (a stale read is refused before anything is written) and by the update itself, so of two
 * concurrent transitions exactly one wins and the other gets CONFLICT.
 */
export async function applyTransition(ctx: RequestContext, input: TransitionInput): Promise<WorkflowRecord> {
  assertMayWrite(ctx);
  const { type, id } = fromGlobalId(input.id);
  const node = workflowNodeOf(ctx, type);
  if (!node) throw badInput([{ field: 'id', rule: 'WORKFLOW_TARGET', message: `a ${type} follows no workflow` }]);
  // Who may act is settled before the transaction opens (its lookups use the request's loaders).
  const found = await node.load(ctx.em, id);
  if (!found) throw missingRecord(ctx, `No ${node.what} has id ${input.id}.`);
  await node.access?.(ctx, found);
  return mutate(
    ctx,
    node.what,
    async (tx, log) => {
      const record = await node.load(tx, id);
      if (!record) throw missingRecord(ctx, `No ${node.what} has id ${input.id}.`);
      // Before the facts are read, so two racing steps see each other's outcome.
      await node.lock?.(tx, record);
      const caller = await node.caller(ctx, record, tx);
      if (input.expectedVersion !== undefined && input.expectedVersion !== null)
        assertVersion(record.version, input.expectedVersion, node.what);
      const { definition, guards } = definitionOf(ctx, node, record);
      const note = input.note ?? null;
      const decision = decideTransition(definition, guards, {
        ...caller,
        state: record.state,
        role: roleOf(ctx),
        action: input.action,
        note,
      });
      if (!decision.allowed) throw refusalOf(decision);
      const from = record.state;
      record.state = decision.to;
      await node.onTransition?.({ ctx, tx, log, record, action: input.action, from, to: decision.to });
      log.step({
        workflow: definition.id,
        targetId: record.id,
        action: input.action,
        fromState: from,
        toState: decision.to,
        note,
      });
      log.audit({
        action: node.auditAction ?? `${node.workflowId}.transition`,
        entityType: node.typeName,
        entityId: record.id,
        changes: { state: [from, decision.to], action: input.action, note },
      });
      return record;
    },
    node.onUnique ? { onUnique: node.onUnique } : {},
  );
}
