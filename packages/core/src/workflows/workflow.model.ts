/**
 * The workflow engine's plain types: definitions (states, actions, who may act, guards), the
 * caller as the engine sees it, its decisions, and the extensions a province plugin applies to a
 * national definition. Types only, importing nothing of the platform but other plain types: the
 * plugin contract (public/plugin.ts) is built from them.
 */
import type { Role } from '../auth/roles.js';
import type { Provenance } from '../common/provenance.js';

/**
 * Where the caller stands relative to a record:
 * - `ADMIN`: a national administrator;
 * - `OWN`: scoped to the unit that self-assesses, or to a unit below it on the subject's lineage;
 * - `ABOVE`: scoped to a unit above the self-assessing one, which verifies and recognises;
 * - `OUTSIDE`: anyone else (another branch, an analyst, an anonymous caller).
 */
export type Standing = 'ADMIN' | 'OWN' | 'ABOVE' | 'OUTSIDE';

export interface StateDefinition {
  /** Stored on the record, so never renamed once in use. */
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  /** No edits to the record in this state (its content is a published decision). */
  readonly locked?: boolean;
  /** The record's content may be changed in this state (a draft, a returned file). */
  readonly editable?: boolean;
  /** The record's life ends here. */
  readonly final?: boolean;
  /** Whether a source states this state (e.g. a legal step); absent: a step of the platform's own design. */
  readonly provenance?: Provenance;
}

/**
 * One group of callers who may take an action: any of `roles` with any of `standing`.
 * `AUTHORITY` means scoped to the record's recognising authority, which the service works out from
 * data per model and period (a district learning unit is recognised by its own district's People's
 * Committee, which stands OWN towards it; evaluations/recognition-authority.data.ts).
 */
export interface ActorRule {
  readonly roles: readonly Role[];
  readonly standing: readonly ('OWN' | 'ABOVE' | 'AUTHORITY')[];
}

export interface ActionDefinition {
  /** UPPER_SNAKE; stored in the transition history. */
  readonly name: string;
  readonly label: string;
  readonly labelEn: string;
  readonly from: readonly string[];
  readonly to: string;
  /** Who may act besides ADMIN, who always may. Empty: ADMIN only. */
  readonly actors: readonly ActorRule[];
  /** The caller must give a reason (a return, a revocation). */
  readonly noteRequired?: boolean;
  /** Names in a `GuardRegistry`, checked in this order. */
  readonly guards?: readonly string[];
  /** Whether a source states this step, its label and who takes it; absent: a step of the platform's own design. */
  readonly provenance?: Provenance;
}

export interface WorkflowDefinition {
  readonly id: string;
  readonly states: readonly StateDefinition[];
  readonly initial: string;
  readonly actions: readonly ActionDefinition[];
}

/** Why a guard refuses: a stable rule code and a message in Vietnamese and English. */
export interface GuardFailure {
  readonly rule: string;
  readonly vi: string;
  readonly en: string;
}

/** A condition on facts the service computed; null when it passes. */
export type Guard = (facts: Readonly<Record<string, unknown>>) => GuardFailure | null;

export type GuardRegistry = Readonly<Record<string, Guard>>;

/** What the service knows about the caller and the record. */
export interface CallerContext {
  readonly state: string;
  readonly role: Role | null;
  readonly standing: Standing;
  /** The caller is scoped to the record's recognising authority (actors with standing `AUTHORITY`). */
  readonly atAuthority?: boolean;
  /** Whatever the guards of the actions in question read; guards of other actions are not run. */
  readonly facts?: Readonly<Record<string, unknown>>;
}

export interface TransitionRequest extends CallerContext {
  readonly action: string;
  readonly note?: string | null;
}

export type TransitionDecision =
  | { readonly allowed: true; readonly to: string }
  | {
      readonly allowed: false;
      readonly code: 'FORBIDDEN' | 'BAD_USER_INPUT';
      readonly rule: string;
      readonly message: string;
    };

/**
 * A step inserted between two actions of a definition, named by the actions only: after action
 * `after` (which leads to state S), the new `action` leads from S to the new `state`; the action
 * `before` then leaves the new state instead of S, and every other action that left S (a return,
 * a withdrawal) leaves the new state too. The extension states no national `from` list, so a
 * national change (a new action from S) reaches the extended workflow as well.
 */
export interface InsertedStep {
  readonly after: string;
  readonly before: string;
  readonly state: StateDefinition;
  /** Its `from` and `to` are set by the insertion. */
  readonly action: Omit<ActionDefinition, 'from' | 'to'>;
}

export interface WorkflowExtension {
  /** Steps inserted between actions (the usual way to add a local approval). */
  readonly insertSteps?: readonly InsertedStep[];
  readonly states?: readonly StateDefinition[];
  readonly actions?: readonly ActionDefinition[];
  /** Each replaces the action of the same name, keeping its position. */
  readonly replaceActions?: readonly ActionDefinition[];
  readonly addGuards?: readonly { readonly action: string; readonly guards: readonly string[] }[];
  readonly addActors?: readonly { readonly action: string; readonly actors: readonly ActorRule[] }[];
}

/** A definition with the guards its actions name. */
export interface RegisteredWorkflow {
  readonly definition: WorkflowDefinition;
  readonly guards: GuardRegistry;
}
