/**
 * The national workflow of an application to the UNESCO Global Network of Learning Cities: the
 * city fills in the form and its mayor signs it, the National Commission for UNESCO endorses it
 * and forwards it to UIL within the call window, and records UIL's decision. Any province's city
 * may apply. A province plugin extends it (extendWorkflow) rather than copying it, e.g. adding a
 * PROVINCE_ENDORSED state between SIGNED and NATIONALLY_ENDORSED (see application.workflow.test.ts).
 *
 * Standing is computed over the applicant unit's lineage on the application's day, with the
 * applicant at index 0: officers of the city stand OWN, officers of its province ABOVE.
 */
import { Role } from '../../auth/roles.js';
import type { FieldProblem } from '../../common/errors.js';
import { registerCoreWorkflow } from '../../workflows/workflow.registry.js';
import type { GuardRegistry, WorkflowDefinition } from '../../workflows/workflow.rules.js';
import { callWindowOf, callWindowOn, describeCallWindows } from './application.rules.js';

export const GNLC_APPLICATION_WORKFLOW_ID = 'gnlc-application';

/** The state reached when UIL admits the city; the service creates the membership on entering it. */
export const GNLC_MEMBER_STATE = 'MEMBER';

/** States after the National Commission has forwarded the application to UIL (they count towards a call's limit). */
export const GNLC_FORWARDED_STATES: readonly string[] = ['SUBMITTED', 'MEMBER', 'DECLINED'];

export const GNLC_APPLICATION_WORKFLOW: WorkflowDefinition = {
  id: GNLC_APPLICATION_WORKFLOW_ID,
  initial: 'DRAFT',
  states: [
    { code: 'DRAFT', label: 'Đang soạn', labelEn: 'Draft', editable: true },
    { code: 'SIGNED', label: 'Chủ tịch UBND đã ký', labelEn: 'Signed by the mayor' },
    {
      code: 'NATIONALLY_ENDORSED',
      label: 'Ủy ban Quốc gia UNESCO Việt Nam đã xác nhận',
      labelEn: 'Endorsed by the National Commission for UNESCO',
    },
    { code: 'SUBMITTED', label: 'Đã gửi UIL', labelEn: 'Submitted to UIL' },
    // UIL's decisions are published: changing the application afterwards would change what was decided.
    { code: GNLC_MEMBER_STATE, label: 'Đã trở thành thành viên', labelEn: 'Member', locked: true, final: true },
    { code: 'DECLINED', label: 'Không được chấp nhận', labelEn: 'Declined', locked: true, final: true },
    { code: 'WITHDRAWN', label: 'Đã rút hồ sơ', labelEn: 'Withdrawn', final: true },
  ],
  actions: [
    {
      name: 'SIGN',
      label: 'Chủ tịch UBND ký, đóng dấu',
      labelEn: "Mayor's signature and stamp",
      from: ['DRAFT'],
      to: 'SIGNED',
      actors: [{ roles: [Role.OFFICER], standing: ['OWN'] }],
      guards: ['formComplete'],
    },
    {
      // The National Commission for UNESCO is a national body: ADMIN only.
      name: 'ENDORSE_NATIONAL',
      label: 'Ủy ban Quốc gia UNESCO xác nhận',
      labelEn: 'Endorse (National Commission for UNESCO)',
      from: ['SIGNED'],
      to: 'NATIONALLY_ENDORSED',
      actors: [],
    },
    {
      name: 'SUBMIT_TO_UIL',
      label: 'Gửi UIL',
      labelEn: 'Forward to UIL',
      from: ['NATIONALLY_ENDORSED'],
      to: 'SUBMITTED',
      actors: [],
      guards: ['inCallWindow', 'withinCountryLimit'],
    },
    {
      // The ADMIN records UIL's decision; the membership counts from the day it is recorded.
      name: 'ADMIT',
      label: 'UIL công nhận thành viên',
      labelEn: 'Admitted by UIL',
      from: ['SUBMITTED'],
      to: GNLC_MEMBER_STATE,
      actors: [],
    },
    {
      name: 'DECLINE',
      label: 'UIL không chấp nhận',
      labelEn: 'Declined by UIL',
      from: ['SUBMITTED'],
      to: 'DECLINED',
      actors: [],
      noteRequired: true,
    },
    {
      name: 'RETURN',
      label: 'Trả lại để sửa',
      labelEn: 'Return for changes',
      from: ['SIGNED', 'NATIONALLY_ENDORSED'],
      to: 'DRAFT',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
      noteRequired: true,
    },
    {
      name: 'WITHDRAW',
      label: 'Rút hồ sơ',
      labelEn: 'Withdraw',
      from: ['DRAFT', 'SIGNED'],
      to: 'WITHDRAWN',
      actors: [{ roles: [Role.OFFICER], standing: ['OWN'] }],
    },
  ],
};

/**
 * Guards read facts the service computes. A fact missing or of the wrong type is a bug in the
 * service, not a reason to show the user a refusal, so it throws.
 *
 * - formComplete: `formProblems: FieldProblem[]` (checkApplicationForm of the stored form);
 * - inCallWindow: `day: string` (the day of the transition) and `callYear: number`;
 * - withinCountryLimit: `callYear: number` and `forwardedInCall: number` (applications of the
 *   call already forwarded to UIL).
 */
export const GNLC_APPLICATION_GUARDS: GuardRegistry = {
  formComplete: (facts) => {
    const problems = facts.formProblems as FieldProblem[] | undefined;
    if (!Array.isArray(problems)) throw new TypeError('Guard formComplete needs facts.formProblems: FieldProblem[]');
    if (problems.length === 0) return null;
    const fields = problems.map((p) => `${p.field} (${p.rule})`).join(', ');
    return {
      rule: 'FORM_INCOMPLETE',
      vi: `Hồ sơ chưa đầy đủ hoặc chưa hợp lệ: ${fields}`,
      en: `the form is not complete: ${fields}`,
    };
  },
  inCallWindow: (facts) => {
    const { day, callYear } = facts;
    if (typeof day !== 'string' || typeof callYear !== 'number')
      throw new TypeError('Guard inCallWindow needs facts.day: string and facts.callYear: number');
    const open = callWindowOn(day);
    if (open?.year === callYear) return null;
    const windows = describeCallWindows();
    const own = callWindowOf(callYear);
    const why = own
      ? `the ${callYear} call is open from ${own.opensOn} to ${own.closesOn}`
      : `no call window is known for ${callYear}`;
    return {
      rule: 'OUTSIDE_CALL_WINDOW',
      vi: `Chỉ gửi UIL trong thời hạn của đợt ${callYear}; ngày ${day} nằm ngoài thời hạn. Các đợt: ${windows}`,
      en: `applications are forwarded to UIL only within the call window of their call year; ${day} is outside it (${why}). Call windows: ${windows}`,
    };
  },
  withinCountryLimit: (facts) => {
    const { callYear, forwardedInCall } = facts;
    if (typeof callYear !== 'number' || typeof forwardedInCall !== 'number')
      throw new TypeError('Guard withinCountryLimit needs facts.callYear: number and facts.forwardedInCall: number');
    const limit = callWindowOf(callYear)?.maxCitiesPerCountry ?? null;
    if (limit === null || forwardedInCall < limit) return null;
    return {
      rule: 'CITIES_PER_COUNTRY',
      vi: `Đợt ${callYear} mỗi quốc gia gửi tối đa ${limit} thành phố; đã gửi ${forwardedInCall}`,
      en: `the ${callYear} call takes at most ${limit} cities per country; ${forwardedInCall} were already forwarded`,
    };
  },
};

registerCoreWorkflow({ definition: GNLC_APPLICATION_WORKFLOW, guards: GNLC_APPLICATION_GUARDS });
