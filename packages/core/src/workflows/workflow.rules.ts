/**
 * A generic workflow engine as pure functions over plain data: a definition lists states and the
 * actions between them, who may take each action and which guards must pass. The service loads
 * the record, computes the caller's standing and the facts the guards read, asks here, and
 * persists the transition. Evaluations use it today; GNLC applications and task reports will, and
 * province plugins extend a core definition with `extendWorkflow` rather than copying it.
 */
import { Role } from '../auth/roles.js';
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
  /** No edits to the record in this state. */
  readonly locked?: boolean;
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

export interface WorkflowExtension {
  readonly states?: readonly StateDefinition[];
  readonly actions?: readonly ActionDefinition[];
  /** Each replaces the action of the same name, keeping its position. */
  readonly replaceActions?: readonly ActionDefinition[];
  readonly addGuards?: readonly { readonly action: string; readonly guards: readonly string[] }[];
  readonly addActors?: readonly { readonly action: string; readonly actors: readonly ActorRule[] }[];
}

/**
 * The caller's standing towards a record whose subject's lineage is given (the subject's unit
 * first, then its ancestors up to the province); `evaluatingIndex` is the lineage position of the
 * unit that self-assesses. Units below the self-assessing one count as OWN: they are on the side
 * being assessed, so they must never gain the verifier's powers.
 */
export function standingOf(input: {
  role: Role | null;
  scopeUnitId: string | null;
  lineage: readonly string[];
  evaluatingIndex: number;
}): Standing {
  const { role, scopeUnitId, lineage, evaluatingIndex } = input;
  // A wrong index silently turns verifiers into self-assessors or the reverse, so refuse it loudly.
  if (!Number.isInteger(evaluatingIndex) || evaluatingIndex < 0 || evaluatingIndex >= lineage.length) {
    throw new RangeError(`evaluatingIndex ${evaluatingIndex} is outside the lineage (length ${lineage.length})`);
  }
  if (role === null) return 'OUTSIDE';
  switch (role) {
    case Role.ADMIN:
      return 'ADMIN';
    case Role.ANALYST:
      return 'OUTSIDE';
    case Role.OFFICER:
    case Role.ASSOCIATION: {
      const at = scopeUnitId === null ? -1 : lineage.indexOf(scopeUnitId);
      if (at < 0) return 'OUTSIDE';
      return at <= evaluatingIndex ? 'OWN' : 'ABOVE';
    }
  }
}

/**
 * Whether the caller may take `request.action` now, checking in this order: the action exists, it
 * leaves the current state, the caller may take it, the note is there if required, the guards pass.
 * Throws on a state the definition does not know or a guard missing from the registry: both are
 * configuration errors the caller cannot fix by asking differently.
 */
export function decideTransition(
  def: WorkflowDefinition,
  guards: GuardRegistry,
  request: TransitionRequest,
): TransitionDecision {
  const action = def.actions.find((a) => a.name === request.action);
  if (!action) {
    return refuse(
      'BAD_USER_INPUT',
      'UNKNOWN_ACTION',
      `Unknown action ${request.action} in workflow ${def.id}; its actions: ${namesOf(def.actions)}`,
    );
  }
  requireState(def, request.state);
  // Resolved before any caller-dependent check so a misconfiguration fails for everyone, not just those who get far.
  const actionGuards = resolveGuards(def, guards, action);
  if (!action.from.includes(request.state)) {
    const possible = def.actions.filter((a) => a.from.includes(request.state));
    return refuse(
      'BAD_USER_INPUT',
      'WRONG_STATE',
      `${action.name} is not possible from ${request.state}; possible: ${namesOf(possible)}`,
    );
  }
  if (!mayAct(action, request)) {
    return refuse('FORBIDDEN', 'NOT_PERMITTED', `${describeActors(action)}; the caller is ${describeCaller(request)}`);
  }
  if (action.noteRequired && !request.note?.trim()) {
    return refuse('BAD_USER_INPUT', 'NOTE_REQUIRED', `${action.name} needs a note giving the reason`);
  }
  const failure = firstFailure(actionGuards, request.facts ?? {});
  if (failure) return refuse('BAD_USER_INPUT', failure.rule, failure.en);
  return { allowed: true, to: action.to };
}

/**
 * The actions the caller could take now (state fits, may act, guards pass), in definition order.
 * An action needing a note is included: the note comes with the action.
 */
export function availableActions(
  def: WorkflowDefinition,
  guards: GuardRegistry,
  request: CallerContext,
): ActionDefinition[] {
  requireState(def, request.state);
  const facts = request.facts ?? {};
  return def.actions.filter((action) => {
    const actionGuards = resolveGuards(def, guards, action);
    return action.from.includes(request.state) && mayAct(action, request) && !firstFailure(actionGuards, facts);
  });
}

/**
 * A new definition with the extension applied in this order: states added, actions added, actions
 * replaced, guards added, actors added. The inputs are left untouched. Throws on a duplicate state
 * or action, a change to an action the definition lacks, or a result `checkWorkflow` rejects.
 */
export function extendWorkflow(def: WorkflowDefinition, extension: WorkflowExtension): WorkflowDefinition {
  const fail = (problem: string): never => {
    throw new Error(`Cannot extend workflow ${def.id}: ${problem}`);
  };
  const states = [...def.states];
  for (const state of extension.states ?? []) {
    if (states.some((s) => s.code === state.code)) fail(`state ${state.code} already exists`);
    states.push(state);
  }
  const actions = [...def.actions];
  for (const action of extension.actions ?? []) {
    if (actions.some((a) => a.name === action.name)) {
      fail(`action ${action.name} already exists (use replaceActions to change it)`);
    }
    actions.push(action);
  }
  const update = (name: string, change: string, edit: (action: ActionDefinition) => ActionDefinition): void => {
    const at = actions.findIndex((a) => a.name === name);
    const action = actions[at];
    if (!action) return fail(`${change} names action ${name}, which the workflow does not have`);
    actions[at] = edit(action);
  };
  const replaced = new Set<string>();
  for (const replacement of extension.replaceActions ?? []) {
    // Two replacements of one action would let the later silently win.
    if (replaced.has(replacement.name)) fail(`action ${replacement.name} is replaced twice`);
    replaced.add(replacement.name);
    update(replacement.name, 'replaceActions', () => replacement);
  }
  for (const { action: name, guards } of extension.addGuards ?? []) {
    // Two plugins may require the same guard; running it twice would add nothing.
    update(name, 'addGuards', (action) => ({ ...action, guards: [...new Set([...(action.guards ?? []), ...guards])] }));
  }
  for (const { action: name, actors } of extension.addActors ?? []) {
    update(name, 'addActors', (action) => ({ ...action, actors: [...action.actors, ...actors] }));
  }
  const result: WorkflowDefinition = { ...def, states, actions };
  const problems = checkWorkflow(result);
  if (problems.length > 0) fail(problems.join('; '));
  return result;
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Every problem with a definition; empty when it can drive records. */
export function checkWorkflow(def: WorkflowDefinition): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const state of def.states) {
    if (codes.has(state.code)) problems.push(`state ${state.code} is defined twice`);
    codes.add(state.code);
  }
  const names = new Set<string>();
  for (const action of def.actions) {
    if (names.has(action.name)) problems.push(`action ${action.name} is defined twice`);
    names.add(action.name);
    if (!UPPER_SNAKE.test(action.name)) problems.push(`action name ${action.name} is not UPPER_SNAKE`);
    for (const from of action.from) {
      if (!codes.has(from)) problems.push(`action ${action.name} leaves unknown state ${from}`);
    }
    if (!codes.has(action.to)) problems.push(`action ${action.name} leads to unknown state ${action.to}`);
  }
  if (!codes.has(def.initial)) {
    problems.push(`initial state ${def.initial} is not a state`);
    // Without a known start every state would be reported unreachable, hiding the real problem.
    return problems;
  }
  const reached = new Set([def.initial]);
  for (let grew = true; grew;) {
    grew = false;
    for (const action of def.actions) {
      if (!reached.has(action.to) && action.from.some((f) => reached.has(f))) {
        reached.add(action.to);
        grew = true;
      }
    }
  }
  for (const state of def.states) {
    if (!reached.has(state.code)) problems.push(`state ${state.code} cannot be reached from ${def.initial}`);
  }
  return problems;
}

/** Whether edits to a record in `state` are refused. */
export function isLocked(def: WorkflowDefinition, state: string): boolean {
  return requireState(def, state).locked === true;
}

function requireState(def: WorkflowDefinition, code: string): StateDefinition {
  const state = def.states.find((s) => s.code === code);
  if (!state) throw new Error(`Workflow ${def.id} has no state ${code}`);
  return state;
}

function resolveGuards(def: WorkflowDefinition, guards: GuardRegistry, action: ActionDefinition): Guard[] {
  return (action.guards ?? []).map((name) => {
    // Object.hasOwn: a guard named "toString" must not resolve to Object.prototype's.
    const guard = Object.hasOwn(guards, name) ? guards[name] : undefined;
    if (!guard)
      throw new Error(`Workflow ${def.id}: action ${action.name} needs guard ${name}, which is not registered`);
    return guard;
  });
}

function firstFailure(guards: readonly Guard[], facts: Readonly<Record<string, unknown>>): GuardFailure | null {
  for (const guard of guards) {
    const failure = guard(facts);
    if (failure) return failure;
  }
  return null;
}

/**
 * ADMIN power needs both the role and the standing to say so: standing is derived from the role,
 * and a caller that passes them inconsistently gets the narrower reading rather than the wider.
 */
function mayAct(action: ActionDefinition, caller: Pick<CallerContext, 'role' | 'standing' | 'atAuthority'>): boolean {
  const { role, standing } = caller;
  if (role === null) return false;
  switch (standing) {
    case 'ADMIN':
      return role === Role.ADMIN;
    case 'OUTSIDE':
      return false;
    case 'OWN':
    case 'ABOVE':
      return action.actors.some(
        (rule) =>
          rule.roles.includes(role) &&
          (rule.standing.includes(standing) || (caller.atAuthority === true && rule.standing.includes('AUTHORITY'))),
      );
  }
}

function describeActors(action: ActionDefinition): string {
  const groups = action.actors
    .filter((rule) => rule.roles.length > 0 && rule.standing.length > 0)
    .map((rule) => {
      const standings = rule.standing.filter((x) => x !== 'AUTHORITY');
      const who = [
        ...(standings.length ? [`with standing ${standings.join('/')}`] : []),
        ...(rule.standing.includes('AUTHORITY') ? ['of the recognising authority'] : []),
      ];
      return `${rule.roles.join('/')} ${who.join(' or ')}`;
    });
  return `Only ${['ADMIN', ...groups].join(' or ')} may ${action.name}`;
}

function describeCaller(caller: Pick<CallerContext, 'role' | 'standing' | 'atAuthority'>): string {
  return caller.role === null
    ? `anonymous (standing ${caller.standing})`
    : `${caller.role} with standing ${caller.standing}${caller.atAuthority ? ' (the recognising authority)' : ''}`;
}

function namesOf(actions: readonly ActionDefinition[]): string {
  return actions.length > 0 ? actions.map((a) => a.name).join(', ') : 'none';
}

function refuse(code: 'FORBIDDEN' | 'BAD_USER_INPUT', rule: string, message: string): TransitionDecision {
  return { allowed: false, code, rule, message };
}
