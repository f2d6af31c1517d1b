import { describe, expect, it } from 'vitest';
import { Role } from '../../auth/roles.js';
import { workflowOf } from '../../workflows/workflow.registry.js';
import {
  availableActions,
  checkWorkflow,
  decideTransition,
  extendWorkflow,
  isLocked,
  standingOf,
  type ActionDefinition,
  type TransitionRequest,
} from '../../workflows/workflow.rules.js';
import { GNLC_APPLICATION_GUARDS, GNLC_APPLICATION_WORKFLOW } from './application.workflow.js';

describe('the gnlc-application workflow', () => {
  const def = GNLC_APPLICATION_WORKFLOW;
  const guards = GNLC_APPLICATION_GUARDS;
  const facts = { formProblems: [], day: '2025-05-20', callYear: 2025, forwardedInCall: 0 };
  // Lineage of Sa Đéc on an application's day: the city, then its province.
  const lineage = ['sadec', 'dongthap'];
  const standing = (role: Role, scope: string | null) =>
    standingOf({ role, scopeUnitId: scope, lineage, evaluatingIndex: 0 });
  const city = { role: Role.OFFICER, standing: standing(Role.OFFICER, 'sadec') };
  const province = { role: Role.OFFICER, standing: standing(Role.OFFICER, 'dongthap') };
  const admin = { role: Role.ADMIN, standing: standing(Role.ADMIN, null) };
  const decide = (request: Omit<TransitionRequest, 'facts'> & { facts?: Record<string, unknown> }) =>
    decideTransition(def, guards, { facts, ...request });

  it('is well formed, registered, with the states and locks of the brief', () => {
    expect(checkWorkflow(def)).toEqual([]);
    expect(workflowOf('gnlc-application').definition).toBe(def);
    expect(def.states.map((s) => s.code)).toEqual([
      'DRAFT',
      'SIGNED',
      'NATIONALLY_ENDORSED',
      'SUBMITTED',
      'MEMBER',
      'DECLINED',
      'WITHDRAWN',
    ]);
    expect(['MEMBER', 'DECLINED'].every((s) => isLocked(def, s))).toBe(true);
    expect(def.states.filter((s) => s.final).map((s) => s.code)).toEqual(['MEMBER', 'DECLINED', 'WITHDRAWN']);
  });

  it('standing: the city itself is OWN, its province ABOVE, another branch OUTSIDE', () => {
    expect([city.standing, province.standing, admin.standing]).toEqual(['OWN', 'ABOVE', 'ADMIN']);
    expect(standing(Role.OFFICER, 'hanam')).toBe('OUTSIDE');
    expect(standing(Role.ANALYST, null)).toBe('OUTSIDE');
  });

  it('the city signs a complete form; the province may not sign', () => {
    expect(decide({ state: 'DRAFT', action: 'SIGN', ...city })).toEqual({ allowed: true, to: 'SIGNED' });
    expect(decide({ state: 'DRAFT', action: 'SIGN', ...province })).toMatchObject({ code: 'FORBIDDEN' });
    const incomplete = decide({
      state: 'DRAFT',
      action: 'SIGN',
      ...city,
      facts: { ...facts, formProblems: [{ field: 'motivation', rule: 'REQUIRED', message: 'x' }] },
    });
    expect(incomplete).toMatchObject({ allowed: false, code: 'BAD_USER_INPUT', rule: 'FORM_INCOMPLETE' });
    expect(incomplete.allowed === false && incomplete.message).toMatch(/motivation \(REQUIRED\)/);
  });

  it('only the National Commission (ADMIN) endorses, forwards and records decisions', () => {
    for (const [state, action] of [
      ['SIGNED', 'ENDORSE_NATIONAL'],
      ['NATIONALLY_ENDORSED', 'SUBMIT_TO_UIL'],
      ['SUBMITTED', 'ADMIT'],
    ] as const) {
      expect(decide({ state, action, ...city })).toMatchObject({ code: 'FORBIDDEN' });
      expect(decide({ state, action, ...province })).toMatchObject({ code: 'FORBIDDEN' });
      expect(decide({ state, action, ...admin })).toMatchObject({ allowed: true });
    }
    expect(decide({ state: 'SUBMITTED', action: 'DECLINE', ...admin })).toMatchObject({ rule: 'NOTE_REQUIRED' });
    expect(decide({ state: 'SUBMITTED', action: 'DECLINE', note: 'jury', ...admin })).toEqual({
      allowed: true,
      to: 'DECLINED',
    });
  });

  it.each([
    ['2025-05-14', false],
    ['2025-05-15', true],
    ['2025-06-15', true],
    ['2025-06-16', false],
  ])('forwards to UIL on %s: %s', (day, allowed) => {
    const decision = decide({
      state: 'NATIONALLY_ENDORSED',
      action: 'SUBMIT_TO_UIL',
      ...admin,
      facts: { ...facts, day },
    });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) {
      expect(decision.rule).toBe('OUTSIDE_CALL_WINDOW');
      expect(decision.message).toContain('2023: 2023-04-01 to 2023-05-31; 2025: 2025-05-15 to 2025-06-15');
    }
  });

  it("refuses forwarding in another call's window, or for a call with no known window", () => {
    const request = { state: 'NATIONALLY_ENDORSED', action: 'SUBMIT_TO_UIL', ...admin };
    expect(decide({ ...request, facts: { ...facts, day: '2023-04-15' } })).toMatchObject({
      rule: 'OUTSIDE_CALL_WINDOW',
    });
    expect(decide({ ...request, facts: { ...facts, callYear: 2027 } })).toMatchObject({
      rule: 'OUTSIDE_CALL_WINDOW',
      message: expect.stringContaining('no call window is known for 2027'),
    });
  });

  it('keeps to 3 cities per country in 2023, where the limit is known', () => {
    const request = { state: 'NATIONALLY_ENDORSED', action: 'SUBMIT_TO_UIL', ...admin };
    const in2023 = { ...facts, day: '2023-05-31', callYear: 2023 };
    expect(decide({ ...request, facts: { ...in2023, forwardedInCall: 2 } }).allowed).toBe(true);
    expect(decide({ ...request, facts: { ...in2023, forwardedInCall: 3 } })).toMatchObject({
      rule: 'CITIES_PER_COUNTRY',
    });
    expect(decide({ ...request, facts: { ...facts, forwardedInCall: 10 } }).allowed).toBe(true);
  });

  it('the level above returns with a note; the city withdraws a draft or a signed form', () => {
    expect(decide({ state: 'SIGNED', action: 'RETURN', ...province })).toMatchObject({ rule: 'NOTE_REQUIRED' });
    expect(decide({ state: 'NATIONALLY_ENDORSED', action: 'RETURN', note: 'sửa', ...province })).toEqual({
      allowed: true,
      to: 'DRAFT',
    });
    expect(decide({ state: 'SIGNED', action: 'RETURN', note: 'x', ...city })).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide({ state: 'SIGNED', action: 'WITHDRAW', ...city })).toEqual({ allowed: true, to: 'WITHDRAWN' });
    expect(decide({ state: 'SUBMITTED', action: 'WITHDRAW', ...city })).toMatchObject({ rule: 'WRONG_STATE' });
    expect(decide({ state: 'DRAFT', action: 'WITHDRAW', ...province })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers each caller what it may do', () => {
    const names = (state: string, caller: { role: Role; standing: ReturnType<typeof standing> }) =>
      availableActions(def, guards, { state, facts, ...caller }).map((a) => a.name);
    expect(names('DRAFT', city)).toEqual(['SIGN', 'WITHDRAW']);
    expect(names('SIGNED', province)).toEqual(['RETURN']);
    expect(names('SIGNED', admin)).toEqual(['ENDORSE_NATIONAL', 'RETURN', 'WITHDRAW']);
    expect(names('MEMBER', admin)).toEqual([]);
  });

  it('throws on missing facts: a service bug, not a refusal', () => {
    expect(() => decideTransition(def, guards, { state: 'DRAFT', action: 'SIGN', ...city })).toThrow(/formProblems/);
  });

  it('lets a province plugin add its endorsement between signing and national endorsement', () => {
    const endorseNational = def.actions.find((a) => a.name === 'ENDORSE_NATIONAL')!;
    const endorseProvince: ActionDefinition = {
      name: 'ENDORSE_PROVINCE',
      label: 'UBND tỉnh xác nhận',
      labelEn: 'Endorse (province)',
      from: ['SIGNED'],
      to: 'PROVINCE_ENDORSED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
    };
    const extended = extendWorkflow(def, {
      states: [{ code: 'PROVINCE_ENDORSED', label: 'UBND tỉnh đã xác nhận', labelEn: 'Endorsed by the province' }],
      actions: [endorseProvince],
      replaceActions: [{ ...endorseNational, from: ['PROVINCE_ENDORSED'] }],
    });
    expect(checkWorkflow(extended)).toEqual([]);
    expect(def.states).toHaveLength(7); // the national definition is left untouched
    const decideX = (request: Omit<TransitionRequest, 'facts'>) =>
      decideTransition(extended, guards, { facts, ...request });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_NATIONAL', ...admin })).toMatchObject({ rule: 'WRONG_STATE' });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_PROVINCE', ...city })).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_PROVINCE', ...province })).toEqual({
      allowed: true,
      to: 'PROVINCE_ENDORSED',
    });
    expect(decideX({ state: 'PROVINCE_ENDORSED', action: 'ENDORSE_NATIONAL', ...admin })).toEqual({
      allowed: true,
      to: 'NATIONALLY_ENDORSED',
    });
  });
});
