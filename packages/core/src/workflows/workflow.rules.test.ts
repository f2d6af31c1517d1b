import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles.js';
import { EVALUATION_GUARDS, EVALUATION_WORKFLOW } from './evaluation.workflow.js';
import {
  availableActions,
  checkWorkflow,
  decideTransition,
  extendWorkflow,
  isLocked,
  standingOf,
  type ActionDefinition,
  type GuardRegistry,
  type Standing,
  type WorkflowDefinition,
  type WorkflowExtension,
} from './workflow.rules.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('standingOf', () => {
  // A household in village V of commune C, district D, province P; the commune self-assesses.
  const lineage = ['V', 'C', 'D', 'P'];
  const communeEvaluates = 1;

  it.each([
    ['officer of the evaluating commune', Role.OFFICER, 'C', communeEvaluates, 'OWN'],
    ['association of the evaluating commune', Role.ASSOCIATION, 'C', communeEvaluates, 'OWN'],
    ['association of the village below the evaluating commune', Role.ASSOCIATION, 'V', communeEvaluates, 'OWN'],
    ['officer of the district above', Role.OFFICER, 'D', communeEvaluates, 'ABOVE'],
    ['association of the province above', Role.ASSOCIATION, 'P', communeEvaluates, 'ABOVE'],
    ['officer of another province', Role.OFFICER, 'X', communeEvaluates, 'OUTSIDE'],
    ['officer of a neighbouring commune', Role.OFFICER, 'C2', communeEvaluates, 'OUTSIDE'],
    ['scoped role without a unit', Role.OFFICER, null, communeEvaluates, 'OUTSIDE'],
    ['analyst', Role.ANALYST, null, communeEvaluates, 'OUTSIDE'],
    ['analyst carrying a unit on the lineage', Role.ANALYST, 'C', communeEvaluates, 'OUTSIDE'],
    ['admin', Role.ADMIN, null, communeEvaluates, 'ADMIN'],
    ['admin carrying a unit off the lineage', Role.ADMIN, 'X', communeEvaluates, 'ADMIN'],
    ['anonymous caller', null, null, communeEvaluates, 'OUTSIDE'],
    ['anonymous caller naming a unit on the lineage', null, 'C', communeEvaluates, 'OUTSIDE'],
    ['officer of the subject unit when it self-assesses', Role.OFFICER, 'V', 0, 'OWN'],
    ['officer of the commune when the village self-assesses', Role.OFFICER, 'C', 0, 'ABOVE'],
    ['province officer when the province self-assesses', Role.OFFICER, 'P', 3, 'OWN'],
    ['district officer when the province self-assesses', Role.OFFICER, 'D', 3, 'OWN'],
  ] as const)('%s', (_name, role, scopeUnitId, evaluatingIndex, standing) => {
    expect(standingOf({ role, scopeUnitId, lineage, evaluatingIndex })).toBe(standing);
  });

  it.each([-1, 4, 1.5, Number.NaN])('throws on evaluatingIndex %s outside the lineage', (evaluatingIndex) => {
    expect(() => standingOf({ role: Role.ADMIN, scopeUnitId: null, lineage, evaluatingIndex })).toThrow(RangeError);
  });
});

describe('decideTransition: messages and misconfiguration', () => {
  const base = {
    role: Role.OFFICER,
    standing: 'ABOVE' as Standing,
    facts: { missingIndicators: [], recognised: true },
  };

  it('lists the workflow actions for an unknown action', () => {
    expect(
      decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...base, state: 'DRAFT', action: 'PUBLISH' }),
    ).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'UNKNOWN_ACTION',
      message:
        'Unknown action PUBLISH in workflow evaluation; its actions: SUBMIT, WITHDRAW, VERIFY, RETURN, RECOGNISE, REVOKE',
    });
  });

  it.each([
    ['RECOGNISE', 'DRAFT', 'RECOGNISE is not possible from DRAFT; possible: SUBMIT'],
    ['VERIFY', 'VERIFIED', 'VERIFY is not possible from VERIFIED; possible: RETURN, RECOGNISE'],
    ['REVOKE', 'REVOKED', 'REVOKE is not possible from REVOKED; possible: none'],
  ])('names the possible actions when %s is tried from %s', (action, state, message) => {
    expect(decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...base, state, action })).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'WRONG_STATE',
      message,
    });
  });

  it.each([
    [
      'RECOGNISE',
      'VERIFIED',
      Role.ASSOCIATION,
      'ABOVE',
      'Only ADMIN or OFFICER of the recognising authority may RECOGNISE; the caller is ASSOCIATION with standing ABOVE',
    ],
    [
      'SUBMIT',
      'DRAFT',
      Role.OFFICER,
      'ABOVE',
      'Only ADMIN or OFFICER/ASSOCIATION with standing OWN may SUBMIT; the caller is OFFICER with standing ABOVE',
    ],
    [
      'VERIFY',
      'SUBMITTED',
      null,
      'OUTSIDE',
      'Only ADMIN or OFFICER/ASSOCIATION with standing ABOVE may VERIFY; the caller is anonymous (standing OUTSIDE)',
    ],
  ] as const)('names who may when %s from %s is refused to %s/%s', (action, state, role, standing, message) => {
    expect(
      decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...base, state, action, role, standing }),
    ).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      rule: 'NOT_PERMITTED',
      message,
    });
  });

  it('says ADMIN only for an action without actors', () => {
    const def = extendWorkflow(EVALUATION_WORKFLOW, {
      actions: [{ name: 'REOPEN', label: 'Mở lại', labelEn: 'Reopen', from: ['REVOKED'], to: 'DRAFT', actors: [] }],
    });
    const request = { ...base, state: 'REVOKED', action: 'REOPEN' };
    expect(decideTransition(def, EVALUATION_GUARDS, request)).toMatchObject({
      rule: 'NOT_PERMITTED',
      message: 'Only ADMIN may REOPEN; the caller is OFFICER with standing ABOVE',
    });
    expect(decideTransition(def, EVALUATION_GUARDS, { ...request, role: Role.ADMIN, standing: 'ADMIN' })).toEqual({
      allowed: true,
      to: 'DRAFT',
    });
  });

  it('throws on a state the workflow does not define', () => {
    expect(() =>
      decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...base, state: 'ARCHIVED', action: 'VERIFY' }),
    ).toThrow('Workflow evaluation has no state ARCHIVED');
    expect(() => availableActions(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...base, state: 'ARCHIVED' })).toThrow(
      'Workflow evaluation has no state ARCHIVED',
    );
  });

  it('throws on a guard missing from the registry, whoever asks', () => {
    const registry: GuardRegistry = { scoresComplete: EVALUATION_GUARDS.scoresComplete ?? (() => null) };
    const request = { state: 'VERIFIED', action: 'RECOGNISE', role: null, standing: 'OUTSIDE' as Standing };
    expect(() => decideTransition(EVALUATION_WORKFLOW, registry, request)).toThrow(
      'Workflow evaluation: action RECOGNISE needs guard ratingRecognised, which is not registered',
    );
    expect(() => availableActions(EVALUATION_WORKFLOW, registry, request)).toThrow(/ratingRecognised/);
  });

  it('does not take inherited properties for guards', () => {
    const def = extendWorkflow(EVALUATION_WORKFLOW, { addGuards: [{ action: 'VERIFY', guards: ['toString'] }] });
    expect(() => decideTransition(def, EVALUATION_GUARDS, { ...base, state: 'SUBMITTED', action: 'VERIFY' })).toThrow(
      /guard toString/,
    );
  });

  it('reports the first failing guard in definition order', () => {
    const calls: string[] = [];
    const registry: GuardRegistry = {
      ...EVALUATION_GUARDS,
      first: () => (calls.push('first'), { rule: 'FIRST', vi: 'một', en: 'first fails' }),
      second: () => (calls.push('second'), { rule: 'SECOND', vi: 'hai', en: 'second fails' }),
    };
    const def = extendWorkflow(EVALUATION_WORKFLOW, { addGuards: [{ action: 'VERIFY', guards: ['first', 'second'] }] });
    expect(decideTransition(def, registry, { ...base, state: 'SUBMITTED', action: 'VERIFY' })).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'FIRST',
      message: 'first fails',
    });
    expect(calls).toEqual(['first']);
  });

  it('gives guards empty facts when none are passed', () => {
    const seen: unknown[] = [];
    const registry: GuardRegistry = { ...EVALUATION_GUARDS, spy: (facts) => (seen.push(facts), null) };
    const def = extendWorkflow(EVALUATION_WORKFLOW, { addGuards: [{ action: 'VERIFY', guards: ['spy'] }] });
    const decision = decideTransition(def, registry, {
      role: Role.OFFICER,
      standing: 'ABOVE',
      state: 'SUBMITTED',
      action: 'VERIFY',
    });
    expect(decision).toEqual({ allowed: true, to: 'VERIFIED' });
    expect(seen).toEqual([{}]);
  });
});

describe('isLocked', () => {
  it('throws on a state the workflow does not define', () => {
    expect(() => isLocked(EVALUATION_WORKFLOW, 'ARCHIVED')).toThrow('Workflow evaluation has no state ARCHIVED');
  });
});

/** A small valid workflow that each checkWorkflow case breaks in one way. */
const TINY: WorkflowDefinition = {
  id: 'tiny',
  initial: 'OPEN',
  states: [
    { code: 'OPEN', label: 'Mở', labelEn: 'Open' },
    { code: 'DONE', label: 'Xong', labelEn: 'Done', locked: true, final: true },
  ],
  actions: [
    { name: 'CLOSE', label: 'Đóng', labelEn: 'Close', from: ['OPEN'], to: 'DONE', actors: [] },
    { name: 'STEP_2', label: 'Bước 2', labelEn: 'Step 2', from: ['OPEN'], to: 'OPEN', actors: [] },
  ],
};
const action = (name: string, from: string[], to: string): ActionDefinition => ({
  name,
  label: name,
  labelEn: name,
  from,
  to,
  actors: [],
});

describe('checkWorkflow', () => {
  it.each([
    ['a valid workflow', TINY, []],
    [
      'a state defined twice',
      { ...TINY, states: [...TINY.states, { code: 'OPEN', label: 'x', labelEn: 'x' }] },
      ['state OPEN is defined twice'],
    ],
    [
      'an action defined twice',
      { ...TINY, actions: [...TINY.actions, action('CLOSE', ['OPEN'], 'DONE')] },
      ['action CLOSE is defined twice'],
    ],
    [
      'an initial state that is not a state',
      { ...TINY, initial: 'NEW' },
      // Reachability is not reported on top: every state would be listed.
      ['initial state NEW is not a state'],
    ],
    [
      'an action from an unknown state',
      { ...TINY, actions: [...TINY.actions, action('REOPEN', ['CLOSED'], 'OPEN')] },
      ['action REOPEN leaves unknown state CLOSED'],
    ],
    [
      'an action to an unknown state',
      { ...TINY, actions: [...TINY.actions, action('ARCHIVE', ['DONE'], 'ARCHIVED')] },
      ['action ARCHIVE leads to unknown state ARCHIVED'],
    ],
    [
      'a state no action leads to',
      { ...TINY, states: [...TINY.states, { code: 'LIMBO', label: 'x', labelEn: 'x' }] },
      ['state LIMBO cannot be reached from OPEN'],
    ],
    [
      'a state reached only from an unreachable one',
      {
        ...TINY,
        states: [...TINY.states, ...['A', 'B'].map((code) => ({ code, label: code, labelEn: code }))],
        actions: [...TINY.actions, action('A_TO_B', ['A'], 'B')],
      },
      ['state A cannot be reached from OPEN', 'state B cannot be reached from OPEN'],
    ],
    [
      'several problems at once',
      { ...TINY, actions: [action('close', ['OPEN'], 'GONE'), action('close', ['OPEN'], 'DONE')] },
      [
        'action name close is not UPPER_SNAKE',
        'action close leads to unknown state GONE',
        'action close is defined twice',
        'action name close is not UPPER_SNAKE',
      ],
    ],
  ] as const)('%s', (_name, def, problems) => {
    expect(checkWorkflow(def)).toEqual(problems);
  });

  it.each(['close', 'Close', 'CLOSE_', '_CLOSE', 'CLOSE__NOW', '2CLOSE', 'CLOSE-NOW', 'CLOSE NOW', ''])(
    'rejects the action name %j',
    (name) => {
      const def = { ...TINY, actions: [...TINY.actions, action(name, ['OPEN'], 'DONE')] };
      expect(checkWorkflow(def)).toEqual([`action name ${name} is not UPPER_SNAKE`]);
    },
  );

  it.each(['APPROVE_LOCALLY', 'STEP_3', 'A', 'LEVEL2_CHECK'])('accepts the action name %s', (name) => {
    const def = { ...TINY, actions: [...TINY.actions, action(name, ['OPEN'], 'DONE')] };
    expect(checkWorkflow(def)).toEqual([]);
  });
});

describe('extendWorkflow', () => {
  // A province where the provincial People's Committee approves before the recognition is issued.
  const LOCAL_APPROVAL: WorkflowExtension = {
    states: [{ code: 'LOCAL_APPROVED', label: 'Đã phê duyệt cấp tỉnh', labelEn: 'Approved locally' }],
    actions: [
      {
        name: 'APPROVE_LOCALLY',
        label: 'Phê duyệt',
        labelEn: 'Approve locally',
        from: ['VERIFIED'],
        to: 'LOCAL_APPROVED',
        actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
      },
    ],
    replaceActions: [
      {
        name: 'RECOGNISE',
        label: 'Công nhận',
        labelEn: 'Recognise',
        from: ['LOCAL_APPROVED'],
        to: 'RECOGNISED',
        actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
        guards: ['ratingRecognised'],
      },
    ],
    addGuards: [{ action: 'SUBMIT', guards: ['evidenceAttached'] }],
    addActors: [{ action: 'RECOGNISE', actors: [{ roles: [Role.ASSOCIATION], standing: ['ABOVE'] }] }],
  };
  const registry: GuardRegistry = {
    ...EVALUATION_GUARDS,
    evidenceAttached: (facts) =>
      facts.evidenceCount === 0 ? { rule: 'NO_EVIDENCE', vi: 'Chưa có minh chứng', en: 'no evidence attached' } : null,
  };
  const facts = { missingIndicators: [], recognised: true, evidenceCount: 2 };
  const officerAbove = { role: Role.OFFICER, standing: 'ABOVE' as Standing, facts };

  const extended = extendWorkflow(EVALUATION_WORKFLOW, LOCAL_APPROVAL);

  it('adds the state and the action at the end, and replaces RECOGNISE in place', () => {
    expect(extended.id).toBe('evaluation');
    expect(extended.initial).toBe('DRAFT');
    expect(extended.states.map((s) => s.code)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'VERIFIED',
      'RECOGNISED',
      'RETURNED',
      'REVOKED',
      'LOCAL_APPROVED',
    ]);
    expect(extended.actions.map((a) => a.name)).toEqual([
      'SUBMIT',
      'WITHDRAW',
      'VERIFY',
      'RETURN',
      'RECOGNISE',
      'REVOKE',
      'APPROVE_LOCALLY',
    ]);
    expect(checkWorkflow(extended)).toEqual([]);
  });

  it('routes recognition through local approval', () => {
    const verified = { ...officerAbove, state: 'VERIFIED' };
    expect(availableActions(extended, registry, verified).map((a) => a.name)).toEqual(['RETURN', 'APPROVE_LOCALLY']);
    expect(decideTransition(extended, registry, { ...verified, action: 'RECOGNISE' })).toMatchObject({
      rule: 'WRONG_STATE',
      message: 'RECOGNISE is not possible from VERIFIED; possible: RETURN, APPROVE_LOCALLY',
    });
    expect(decideTransition(extended, registry, { ...verified, action: 'APPROVE_LOCALLY' })).toEqual({
      allowed: true,
      to: 'LOCAL_APPROVED',
    });
    const approved = { ...officerAbove, state: 'LOCAL_APPROVED' };
    expect(decideTransition(extended, registry, { ...approved, action: 'RECOGNISE' })).toEqual({
      allowed: true,
      to: 'RECOGNISED',
    });
    expect(
      decideTransition(extended, registry, { ...approved, action: 'RECOGNISE', facts: { recognised: false } }),
    ).toMatchObject({ rule: 'RATING_NOT_RECOGNISED' });
  });

  it('adds actors after replacing: the association may recognise in this province', () => {
    expect(extended.actions.find((a) => a.name === 'RECOGNISE')?.actors).toEqual([
      { roles: [Role.OFFICER], standing: ['ABOVE'] },
      { roles: [Role.ASSOCIATION], standing: ['ABOVE'] },
    ]);
    const request = { ...officerAbove, role: Role.ASSOCIATION, state: 'LOCAL_APPROVED', action: 'RECOGNISE' };
    expect(decideTransition(extended, registry, request)).toEqual({ allowed: true, to: 'RECOGNISED' });
    expect(decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...request, state: 'VERIFIED' })).toMatchObject({
      rule: 'NOT_PERMITTED',
    });
  });

  it('adds guards after the existing ones', () => {
    expect(extended.actions.find((a) => a.name === 'SUBMIT')?.guards).toEqual(['scoresComplete', 'evidenceAttached']);
    const request = { role: Role.OFFICER, standing: 'OWN' as Standing, state: 'DRAFT', action: 'SUBMIT' };
    expect(decideTransition(extended, registry, { ...request, facts: { ...facts, evidenceCount: 0 } })).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'NO_EVIDENCE',
      message: 'no evidence attached',
    });
    expect(decideTransition(extended, registry, { ...request, facts })).toEqual({ allowed: true, to: 'SUBMITTED' });
  });

  it('adds a guard an action already has only once', () => {
    const def = extendWorkflow(EVALUATION_WORKFLOW, {
      addGuards: [{ action: 'SUBMIT', guards: ['scoresComplete', 'evidenceAttached', 'evidenceAttached'] }],
    });
    expect(def.actions.find((a) => a.name === 'SUBMIT')?.guards).toEqual(['scoresComplete', 'evidenceAttached']);
  });

  it('adds guards to an action that had none', () => {
    const def = extendWorkflow(EVALUATION_WORKFLOW, {
      addGuards: [{ action: 'VERIFY', guards: ['evidenceAttached'] }],
    });
    expect(def.actions.find((a) => a.name === 'VERIFY')?.guards).toEqual(['evidenceAttached']);
  });

  it('leaves the definition and the extension untouched', () => {
    const def = deepFreeze(structuredClone(EVALUATION_WORKFLOW));
    const extension = deepFreeze(structuredClone(LOCAL_APPROVAL));
    const before = structuredClone({ def, extension });
    const result = extendWorkflow(def, extension);
    expect({ def, extension }).toEqual(before);
    expect(result).toEqual(extended);
    expect(result.states).not.toBe(def.states);
    expect(result.actions).not.toBe(def.actions);
  });

  it('returns an equal copy for an empty extension', () => {
    const result = extendWorkflow(EVALUATION_WORKFLOW, {});
    expect(result).toEqual(EVALUATION_WORKFLOW);
    expect(result).not.toBe(EVALUATION_WORKFLOW);
  });

  const state = (code: string) => ({ code, label: code, labelEn: code });

  it.each([
    [
      'a state that exists',
      { states: [state('DRAFT')] },
      'Cannot extend workflow evaluation: state DRAFT already exists',
    ],
    [
      'a state added twice',
      { states: [state('LOCAL_APPROVED'), state('LOCAL_APPROVED')] },
      'Cannot extend workflow evaluation: state LOCAL_APPROVED already exists',
    ],
    [
      'an action that exists',
      { actions: [action('SUBMIT', ['DRAFT'], 'SUBMITTED')] },
      'Cannot extend workflow evaluation: action SUBMIT already exists (use replaceActions to change it)',
    ],
    [
      'an action added twice',
      { actions: [action('ARCHIVE', ['REVOKED'], 'DRAFT'), action('ARCHIVE', ['REVOKED'], 'DRAFT')] },
      'Cannot extend workflow evaluation: action ARCHIVE already exists (use replaceActions to change it)',
    ],
    [
      'a replacement of an unknown action',
      { replaceActions: [action('PUBLISH', ['RECOGNISED'], 'RECOGNISED')] },
      'Cannot extend workflow evaluation: replaceActions names action PUBLISH, which the workflow does not have',
    ],
    [
      'two replacements of one action',
      { replaceActions: [action('VERIFY', ['SUBMITTED'], 'VERIFIED'), action('VERIFY', ['SUBMITTED'], 'VERIFIED')] },
      'Cannot extend workflow evaluation: action VERIFY is replaced twice',
    ],
    [
      'guards for an unknown action',
      { addGuards: [{ action: 'PUBLISH', guards: ['x'] }] },
      'Cannot extend workflow evaluation: addGuards names action PUBLISH, which the workflow does not have',
    ],
    [
      'actors for an unknown action',
      { addActors: [{ action: 'PUBLISH', actors: [] }] },
      'Cannot extend workflow evaluation: addActors names action PUBLISH, which the workflow does not have',
    ],
    [
      'a state nothing leads to',
      { states: [state('LOCAL_APPROVED')] },
      'Cannot extend workflow evaluation: state LOCAL_APPROVED cannot be reached from DRAFT',
    ],
    [
      'a replacement leaving a state it does not add',
      { replaceActions: [action('RECOGNISE', ['LOCAL_APPROVED'], 'RECOGNISED')] },
      'Cannot extend workflow evaluation: action RECOGNISE leaves unknown state LOCAL_APPROVED; ' +
        'state RECOGNISED cannot be reached from DRAFT; state REVOKED cannot be reached from DRAFT',
    ],
    [
      'an action named in lower case',
      { actions: [action('approve', ['VERIFIED'], 'RECOGNISED')] },
      'Cannot extend workflow evaluation: action name approve is not UPPER_SNAKE',
    ],
  ] as const)('throws on %s', (_name, extension, message) => {
    expect(() => extendWorkflow(EVALUATION_WORKFLOW, extension)).toThrow(message);
  });
});

describe('insertSteps: a step between two actions, named by the actions only', () => {
  const base: WorkflowDefinition = {
    id: 'w',
    initial: 'A',
    states: [
      { code: 'A', label: 'A', labelEn: 'A' },
      { code: 'B', label: 'B', labelEn: 'B' },
      { code: 'C', label: 'C', labelEn: 'C' },
    ],
    actions: [
      { name: 'GO', label: 'g', labelEn: 'g', from: ['A'], to: 'B', actors: [] },
      { name: 'NEXT', label: 'n', labelEn: 'n', from: ['B'], to: 'C', actors: [] },
      { name: 'BACK', label: 'b', labelEn: 'b', from: ['B', 'C'], to: 'A', actors: [] },
    ],
  };
  const step = {
    after: 'GO',
    before: 'NEXT',
    state: { code: 'X', label: 'x', labelEn: 'x' },
    action: { name: 'CHECK', label: 'c', labelEn: 'c', actors: [] },
  };

  it('places the step, moves the next action after it, and lets every other action leave it too', () => {
    const def = extendWorkflow(base, { insertSteps: [step] });
    expect(def.actions.map((a) => [a.name, a.from, a.to])).toEqual([
      ['GO', ['A'], 'B'],
      ['CHECK', ['B'], 'X'],
      ['NEXT', ['X'], 'C'],
      ['BACK', ['B', 'C', 'X'], 'A'],
    ]);
    expect(checkWorkflow(def)).toEqual([]);
  });

  it.each([
    ['an unknown action before', { ...step, before: 'NOPE' }, /NOPE, which the workflow does not have/],
    ['an unknown action after', { ...step, after: 'NOPE' }, /NOPE, which the workflow does not have/],
    ['a next action that does not follow', { ...step, after: 'NEXT', before: 'NEXT' }, /NEXT does not leave C/],
    ['a state that exists', { ...step, state: { ...step.state, code: 'C' } }, /state C already exists/],
    ['an action that exists', { ...step, action: { ...step.action, name: 'BACK' } }, /action BACK already exists/],
  ])('refuses %s', (_case, bad, message) => {
    expect(() => extendWorkflow(base, { insertSteps: [bad] })).toThrow(message);
  });
});
