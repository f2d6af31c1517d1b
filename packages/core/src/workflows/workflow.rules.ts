/**
 * A generic workflow engine as pure functions over plain data: a definition lists states and the
 * actions between them, who may take each action and which guards must pass. The service loads
 * the record, computes the caller's standing and the facts the guards read, asks here, and
 * persists the transition (workflow-kernel.ts does this for every kind of record), and province
 * plugins extend a core definition with `extendWorkflow` rather than copying it.
 */
import { Role } from '../auth/roles.js';
import type {
  ActionDefinition,
  CallerContext,
  Guard,
  GuardFailure,
  GuardRegistry,
  InsertedStep,
  Standing,
  StateDefinition,
  TransitionDecision,
  TransitionRequest,
  WorkflowDefinition,
  WorkflowExtension,
} from './workflow.model.js';

export type {
  ActionDefinition,
  ActorRule,
  CallerContext,
  Guard,
  GuardFailure,
  GuardRegistry,
  InsertedStep,
  RegisteredWorkflow,
  Standing,
  StateDefinition,
  TransitionDecision,
  TransitionRequest,
  WorkflowDefinition,
  WorkflowExtension,
} from './workflow.model.js';

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
 * A new definition with the extension applied in this order: steps inserted, states added, actions
 * added, actions replaced, guards added, actors added. The inputs are left untouched. Throws on a duplicate state
 * or action, a change to an action the definition lacks, or a result `checkWorkflow` rejects.
 */
export function extendWorkflow(def: WorkflowDefinition, extension: WorkflowExtension): WorkflowDefinition {
  const fail = (problem: string): never => {
    throw new Error(`Cannot extend workflow ${def.id}: ${problem}`);
  };
  const states = [...def.states];
  const actions = [...def.actions];
  for (const step of extension.insertSteps ?? []) insertStep(states, actions, step, fail);
  for (const state of extension.states ?? []) {
    if (states.some((s) => s.code === state.code)) fail(`state ${state.code} already exists`);
    states.push(state);
  }
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

/**
 * Inserts a step between two actions (see InsertedStep): the new action leaves the state `after`
 * leads to; `before` leaves the new state instead; every other action leaving that state leaves
 * the new one too.
 */
function insertStep(
  states: StateDefinition[],
  actions: ActionDefinition[],
  step: InsertedStep,
  fail: (problem: string) => never,
): void {
  const after = actions.find((a) => a.name === step.after);
  if (!after) return fail(`insertSteps names action ${step.after}, which the workflow does not have`);
  const before = actions.find((a) => a.name === step.before);
  if (!before) return fail(`insertSteps names action ${step.before}, which the workflow does not have`);
  const leaving = after.to;
  if (!before.from.includes(leaving))
    return fail(`${step.before} does not leave ${leaving}, the state ${step.after} leads to`);
  if (states.some((s) => s.code === step.state.code)) return fail(`state ${step.state.code} already exists`);
  if (actions.some((a) => a.name === step.action.name)) return fail(`action ${step.action.name} already exists`);
  const added = step.state.code;
  states.push(step.state);
  actions.forEach((action, i) => {
    if (!action.from.includes(leaving)) return;
    actions[i] =
      action.name === before.name
        ? { ...action, from: action.from.map((f) => (f === leaving ? added : f)) }
        : { ...action, from: [...action.from, added] };
  });
  actions.splice(actions.indexOf(actions.find((a) => a.name === after.name)!) + 1, 0, {
    ...step.action,
    from: [leaving],
    to: added,
  });
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

/** Whether the record's content may change in `state` (the definition marks such states `editable`). */
export function isEditable(def: WorkflowDefinition, state: string): boolean {
  return requireState(def, state).editable === true;
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
