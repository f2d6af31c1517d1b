import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles.js';
import { EVALUATION_GUARDS, EVALUATION_WORKFLOW } from './evaluation.workflow.js';
import {
  availableActions,
  checkWorkflow,
  decideTransition,
  isLocked,
  type Standing,
  type TransitionDecision,
  type TransitionRequest,
} from './workflow.rules.js';

/**
 * The evaluation workflow as the brief states it, written out independently of the definition so
 * the matrix below checks the definition against the brief rather than against itself.
 */
const STATES = ['DRAFT', 'SUBMITTED', 'VERIFIED', 'RECOGNISED', 'RETURNED', 'REVOKED'];
const OWN_SCOPED = ['OFFICER/OWN', 'ASSOCIATION/OWN'];
const ABOVE_SCOPED = ['OFFICER/ABOVE', 'ASSOCIATION/ABOVE'];
const SPEC: Record<string, { from: string[]; to: string; may: string[] }> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', may: OWN_SCOPED },
  WITHDRAW: { from: ['SUBMITTED'], to: 'DRAFT', may: OWN_SCOPED },
  VERIFY: { from: ['SUBMITTED'], to: 'VERIFIED', may: ABOVE_SCOPED },
  RETURN: { from: ['SUBMITTED', 'VERIFIED'], to: 'RETURNED', may: ABOVE_SCOPED },
  // Issue 16 (DOMAIN.md: Thông tư 24/2023 units are recognised by the chair of the district or
  // province People's Committee): the recognising authority, not any officer above, recognises; a
  // district learning unit's own district stands OWN towards it.
  RECOGNISE: { from: ['VERIFIED'], to: 'RECOGNISED', may: ['OFFICER/OWN@AUTHORITY', 'OFFICER/ABOVE@AUTHORITY'] },
  REVOKE: { from: ['RECOGNISED'], to: 'REVOKED', may: ['OFFICER/OWN@AUTHORITY', 'OFFICER/ABOVE@AUTHORITY'] },
};
const ROLES: (Role | null)[] = [...Object.values(Role), null];
const STANDINGS: Standing[] = ['ADMIN', 'OWN', 'ABOVE', 'OUTSIDE'];

/** Facts under which every guard passes, so the matrix isolates state and permission. */
const PASSING = { missingIndicators: [], recognised: true };
const NOTE = 'Thiếu minh chứng cho chỉ tiêu 2.1';

function expected(action: string, state: string, role: Role | null, standing: Standing, atAuthority: boolean): string {
  const spec = SPEC[action];
  if (!spec) throw new Error(`no spec for ${action}`);
  if (!spec.from.includes(state)) return 'BAD_USER_INPUT/WRONG_STATE';
  const admin = role === Role.ADMIN && standing === 'ADMIN';
  const may =
    spec.may.includes(`${role}/${standing}`) || (atAuthority && spec.may.includes(`${role}/${standing}@AUTHORITY`));
  if (admin || may) return `→ ${spec.to}`;
  return 'FORBIDDEN/NOT_PERMITTED';
}

function summary(decision: TransitionDecision): string {
  return decision.allowed ? `→ ${decision.to}` : `${decision.code}/${decision.rule}`;
}

function decide(request: Partial<TransitionRequest> & Pick<TransitionRequest, 'state' | 'action'>): TransitionDecision {
  return decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, {
    role: Role.OFFICER,
    standing: 'ABOVE',
    atAuthority: true,
    facts: PASSING,
    ...request,
  });
}

const matrix = Object.keys(SPEC).flatMap((action) =>
  STATES.flatMap((state) =>
    ROLES.flatMap((role) =>
      STANDINGS.flatMap((standing) =>
        [false, true].map(
          (atAuthority) =>
            [action, state, role, standing, atAuthority, expected(action, state, role, standing, atAuthority)] as const,
        ),
      ),
    ),
  ),
);

describe('EVALUATION_WORKFLOW', () => {
  it('has exactly the states and actions of the brief, and passes checkWorkflow', () => {
    expect(EVALUATION_WORKFLOW.states.map((s) => s.code)).toEqual(STATES);
    expect(EVALUATION_WORKFLOW.actions.map((a) => a.name)).toEqual(Object.keys(SPEC));
    expect(EVALUATION_WORKFLOW.initial).toBe('DRAFT');
    expect(checkWorkflow(EVALUATION_WORKFLOW)).toEqual([]);
  });

  it('labels every state and action in Vietnamese and English', () => {
    expect(EVALUATION_WORKFLOW.states.map((s) => [s.code, s.label, s.labelEn])).toEqual([
      ['DRAFT', 'Nháp', 'Draft'],
      ['SUBMITTED', 'Đã tự đánh giá', 'Submitted'],
      ['VERIFIED', 'Đã thẩm định', 'Verified'],
      ['RECOGNISED', 'Đã công nhận', 'Recognised'],
      ['RETURNED', 'Trả lại', 'Returned'],
      ['REVOKED', 'Đã thu hồi', 'Revoked'],
    ]);
    for (const action of EVALUATION_WORKFLOW.actions) {
      expect(action.label.length, action.name).toBeGreaterThan(0);
      expect(action.labelEn.length, action.name).toBeGreaterThan(0);
    }
  });

  it('marks REVOKED as the only final state', () => {
    expect(EVALUATION_WORKFLOW.states.filter((s) => s.final).map((s) => s.code)).toEqual(['REVOKED']);
  });

  it('has REVOKED as a dead end', () => {
    expect(EVALUATION_WORKFLOW.actions.filter((a) => a.from.includes('REVOKED'))).toEqual([]);
  });
});

describe('decideTransition over the evaluation workflow: every action × state × role × standing', () => {
  it('covers the whole matrix', () => {
    expect(matrix).toHaveLength(6 * 6 * 5 * 4 * 2);
  });

  it.each(matrix)(
    '%s from %s by %s/%s, at the authority %s: %s',
    (action, state, role, standing, atAuthority, outcome) => {
      expect(summary(decide({ action, state, role, standing, atAuthority, note: NOTE }))).toBe(outcome);
    },
  );
});

describe('decideTransition: notes', () => {
  it.each([
    ['RETURN', 'SUBMITTED', undefined],
    ['RETURN', 'VERIFIED', null],
    ['RETURN', 'SUBMITTED', ''],
    ['REVOKE', 'RECOGNISED', '  \n\t '],
    ['REVOKE', 'RECOGNISED', undefined],
  ])('%s from %s with note %j is refused', (action, state, note) => {
    expect(decide({ action, state, note })).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'NOTE_REQUIRED',
      message: `${action} needs a note giving the reason`,
    });
  });

  it.each([
    ['RETURN', 'SUBMITTED', 'RETURNED'],
    ['REVOKE', 'RECOGNISED', 'REVOKED'],
  ])('%s from %s with a note leads to %s', (action, state, to) => {
    expect(decide({ action, state, note: 'Sai số liệu' })).toEqual({ allowed: true, to });
  });

  it('lets an admin return too, but still wants the note', () => {
    expect(summary(decide({ action: 'RETURN', state: 'SUBMITTED', role: Role.ADMIN, standing: 'ADMIN' }))).toBe(
      'BAD_USER_INPUT/NOTE_REQUIRED',
    );
  });

  it.each([
    ['SUBMIT', 'DRAFT', 'OWN', 'SUBMITTED'],
    ['WITHDRAW', 'SUBMITTED', 'OWN', 'DRAFT'],
    ['VERIFY', 'SUBMITTED', 'ABOVE', 'VERIFIED'],
    ['RECOGNISE', 'VERIFIED', 'ABOVE', 'RECOGNISED'],
  ] as const)('%s needs no note', (action, state, standing, to) => {
    expect(decide({ action, state, standing })).toEqual({ allowed: true, to });
  });

  it('checks permission before the note: an outsider hears FORBIDDEN, not "give a reason"', () => {
    expect(summary(decide({ action: 'RETURN', state: 'SUBMITTED', standing: 'OUTSIDE' }))).toBe(
      'FORBIDDEN/NOT_PERMITTED',
    );
  });
});

describe('decideTransition: guards', () => {
  it('refuses to submit an incomplete score sheet, naming the missing indicators', () => {
    const decision = decide({
      action: 'SUBMIT',
      state: 'RETURNED',
      standing: 'OWN',
      facts: { missingIndicators: ['1.1', '2.3'] },
    });
    expect(decision).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'SCORES_INCOMPLETE',
      message: 'the score sheet is missing indicators 1.1, 2.3',
    });
  });

  it('refuses to recognise a sheet below every recognised grade', () => {
    const decision = decide({ action: 'RECOGNISE', state: 'VERIFIED', facts: { recognised: false } });
    expect(decision).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      rule: 'RATING_NOT_RECOGNISED',
      message: 'the score sheet does not reach a recognised grade',
    });
  });

  it('holds guards for ADMIN as well: they are about the record, not the caller', () => {
    const decision = decide({
      action: 'SUBMIT',
      state: 'DRAFT',
      role: Role.ADMIN,
      standing: 'ADMIN',
      facts: { missingIndicators: ['3.2'] },
    });
    expect(summary(decision)).toBe('BAD_USER_INPUT/SCORES_INCOMPLETE');
  });

  it('checks the note before the guards', () => {
    const decision = decide({ action: 'RETURN', state: 'SUBMITTED', facts: {} });
    expect(summary(decision)).toBe('BAD_USER_INPUT/NOTE_REQUIRED');
  });

  it('runs no guard when an earlier check refuses, so facts are needed only for a real attempt', () => {
    expect(summary(decide({ action: 'SUBMIT', state: 'DRAFT', standing: 'OUTSIDE', facts: {} }))).toBe(
      'FORBIDDEN/NOT_PERMITTED',
    );
    expect(summary(decide({ action: 'RECOGNISE', state: 'DRAFT', facts: {} }))).toBe('BAD_USER_INPUT/WRONG_STATE');
  });

  it.each([
    ['SUBMIT', 'DRAFT', 'OWN', {}, /missingIndicators/],
    ['SUBMIT', 'DRAFT', 'OWN', { missingIndicators: [1] }, /missingIndicators/],
    ['SUBMIT', 'DRAFT', 'OWN', { missingIndicators: '1.1' }, /missingIndicators/],
    ['RECOGNISE', 'VERIFIED', 'ABOVE', {}, /recognised/],
    ['RECOGNISE', 'VERIFIED', 'ABOVE', { recognised: 'yes' }, /recognised/],
  ] as const)(
    'treats %s from %s with malformed facts %j as a bug and throws',
    (action, state, standing, facts, error) => {
      expect(() => decide({ action, state, standing, facts })).toThrow(error);
    },
  );
});

describe('EVALUATION_GUARDS', () => {
  it('give Vietnamese messages too', () => {
    expect(EVALUATION_GUARDS.scoresComplete?.({ missingIndicators: ['1.1'] })).toEqual({
      rule: 'SCORES_INCOMPLETE',
      vi: 'Bảng điểm còn thiếu chỉ tiêu: 1.1',
      en: 'the score sheet is missing indicators 1.1',
    });
    expect(EVALUATION_GUARDS.ratingRecognised?.({ recognised: false })).toEqual({
      rule: 'RATING_NOT_RECOGNISED',
      vi: 'Bảng điểm chưa đạt mức được công nhận',
      en: 'the score sheet does not reach a recognised grade',
    });
  });

  it('pass on complete, recognised sheets', () => {
    expect(EVALUATION_GUARDS.scoresComplete?.({ missingIndicators: [] })).toBeNull();
    expect(EVALUATION_GUARDS.ratingRecognised?.({ recognised: true })).toBeNull();
  });
});

describe('availableActions over the evaluation workflow', () => {
  const INCOMPLETE = { missingIndicators: ['1.1'], recognised: true };
  const UNRECOGNISED = { missingIndicators: [], recognised: false };

  it.each([
    ['commune officer on a draft', 'DRAFT', Role.OFFICER, 'OWN', PASSING, ['SUBMIT']],
    ['commune officer on an incomplete draft', 'DRAFT', Role.OFFICER, 'OWN', INCOMPLETE, []],
    ['village association on a returned sheet', 'RETURNED', Role.ASSOCIATION, 'OWN', PASSING, ['SUBMIT']],
    ['commune association on its submission', 'SUBMITTED', Role.ASSOCIATION, 'OWN', PASSING, ['WITHDRAW']],
    ['commune officer on a verified sheet', 'VERIFIED', Role.OFFICER, 'OWN', PASSING, []],
    ['district officer on a submission', 'SUBMITTED', Role.OFFICER, 'ABOVE', PASSING, ['VERIFY', 'RETURN']],
    ['district association on a submission', 'SUBMITTED', Role.ASSOCIATION, 'ABOVE', PASSING, ['VERIFY', 'RETURN']],
    ['district officer on a draft', 'DRAFT', Role.OFFICER, 'ABOVE', PASSING, []],
    ['district officer on a verified sheet', 'VERIFIED', Role.OFFICER, 'ABOVE', PASSING, ['RETURN']],
    ['the authority on a verified sheet', 'VERIFIED', Role.OFFICER, 'AUTHORITY', PASSING, ['RETURN', 'RECOGNISE']],
    [
      'the authority (its own district) on a verified district unit',
      'VERIFIED',
      Role.OFFICER,
      'OWN@AUTHORITY',
      PASSING,
      ['RECOGNISE'],
    ],
    ['the authority on a verified sheet below grade', 'VERIFIED', Role.OFFICER, 'AUTHORITY', UNRECOGNISED, ['RETURN']],
    ['district association on a verified sheet', 'VERIFIED', Role.ASSOCIATION, 'AUTHORITY', PASSING, ['RETURN']],
    ['the authority on a recognition', 'RECOGNISED', Role.OFFICER, 'AUTHORITY', PASSING, ['REVOKE']],
    ['district officer on a recognition', 'RECOGNISED', Role.OFFICER, 'ABOVE', PASSING, []],
    ['district association on a recognition', 'RECOGNISED', Role.ASSOCIATION, 'AUTHORITY', PASSING, []],
    ['admin on a draft', 'DRAFT', Role.ADMIN, 'ADMIN', PASSING, ['SUBMIT']],
    ['admin on a submission', 'SUBMITTED', Role.ADMIN, 'ADMIN', PASSING, ['WITHDRAW', 'VERIFY', 'RETURN']],
    ['admin on a verified sheet', 'VERIFIED', Role.ADMIN, 'ADMIN', PASSING, ['RETURN', 'RECOGNISE']],
    ['admin on a revoked recognition', 'REVOKED', Role.ADMIN, 'ADMIN', PASSING, []],
    ['officer of another province', 'SUBMITTED', Role.OFFICER, 'OUTSIDE', PASSING, []],
    ['analyst', 'SUBMITTED', Role.ANALYST, 'OUTSIDE', PASSING, []],
    ['anonymous caller', 'DRAFT', null, 'OUTSIDE', PASSING, []],
  ] as const)('%s', (_name, state, role, who, facts, names) => {
    // AUTHORITY: above and the recognising authority; OWN@AUTHORITY: the unit itself is the authority.
    const standing = (who === 'AUTHORITY' ? 'ABOVE' : who === 'OWN@AUTHORITY' ? 'OWN' : who) as Standing;
    const atAuthority = who === 'AUTHORITY' || who === 'OWN@AUTHORITY';
    const request = { state, role, standing, atAuthority, facts };
    const actions = availableActions(EVALUATION_WORKFLOW, EVALUATION_GUARDS, request);
    expect(actions.map((a) => a.name)).toEqual(names);
  });

  it('needs no facts for actions the caller could not take anyway', () => {
    const actions = availableActions(EVALUATION_WORKFLOW, EVALUATION_GUARDS, {
      state: 'SUBMITTED',
      role: Role.OFFICER,
      standing: 'ABOVE',
    });
    expect(actions.map((a) => a.name)).toEqual(['VERIFY', 'RETURN']);
  });

  it('agrees with decideTransition for every state, role and standing', () => {
    for (const state of STATES) {
      for (const role of ROLES) {
        for (const [standing, atAuthority] of STANDINGS.flatMap(
          (x) =>
            [
              [x, false],
              [x, true],
            ] as const,
        )) {
          const request = { state, role, standing, atAuthority, facts: PASSING };
          const available = availableActions(EVALUATION_WORKFLOW, EVALUATION_GUARDS, request).map((a) => a.name);
          const allowed = Object.keys(SPEC).filter(
            (action) =>
              decideTransition(EVALUATION_WORKFLOW, EVALUATION_GUARDS, { ...request, action, note: NOTE }).allowed,
          );
          expect(available, `${state} ${role}/${standing} ${atAuthority}`).toEqual(allowed);
        }
      }
    }
  });
});

describe('isLocked over the evaluation workflow', () => {
  it.each([
    ['DRAFT', false],
    ['SUBMITTED', false],
    ['VERIFIED', false],
    ['RECOGNISED', true],
    ['RETURNED', false],
    ['REVOKED', true],
  ] as const)('%s locked: %s', (state, locked) => {
    expect(isLocked(EVALUATION_WORKFLOW, state)).toBe(locked);
  });
});
