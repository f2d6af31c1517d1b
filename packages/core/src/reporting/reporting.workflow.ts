/**
 * The workflow of a data set report (DHIS2's completeness and approval): the reporting unit fills
 * it in (DRAFT) and submits it; each approval level approves it bottom-up, the first approval
 * locks its values; a level returns a submitted report with a note; the level that approved last
 * reopens an approved one, which undoes every approval (the levels approve again, bottom-up).
 * The platform's own design: no source gives this workflow.
 */
import { Role } from '../auth/roles.js';
import { registerCoreWorkflow } from '../workflows/workflow.registry.js';
import type { GuardRegistry, WorkflowDefinition } from '../workflows/workflow.rules.js';
import { describeViolation, type Violation } from './validation.rules.js';

export const DATA_SET_REPORT_WORKFLOW_ID = 'data-set-report';

const OFFICERS = [Role.OFFICER, Role.ASSOCIATION];

export const DATA_SET_REPORT_WORKFLOW: WorkflowDefinition = {
  id: DATA_SET_REPORT_WORKFLOW_ID,
  initial: 'DRAFT',
  states: [
    { code: 'DRAFT', label: 'Đang nhập', labelEn: 'Draft', editable: true },
    { code: 'SUBMITTED', label: 'Đã gửi', labelEn: 'Submitted' },
    { code: 'APPROVED', label: 'Đã duyệt', labelEn: 'Approved', locked: true },
  ],
  actions: [
    {
      name: 'SUBMIT',
      label: 'Gửi báo cáo',
      labelEn: 'Submit',
      from: ['DRAFT'],
      to: 'SUBMITTED',
      actors: [{ roles: OFFICERS, standing: ['OWN'] }],
      guards: ['validationPasses'],
    },
    {
      // The next level approves; the state stays APPROVED while levels above it have still to.
      name: 'APPROVE',
      label: 'Duyệt',
      labelEn: 'Approve',
      from: ['SUBMITTED', 'APPROVED'],
      to: 'APPROVED',
      actors: [{ roles: [Role.OFFICER], standing: ['AUTHORITY'] }],
      guards: ['approvalPending', 'belowApproved'],
    },
    {
      name: 'RETURN',
      label: 'Trả lại để sửa',
      labelEn: 'Return for changes',
      from: ['SUBMITTED'],
      to: 'DRAFT',
      actors: [{ roles: [Role.OFFICER], standing: ['AUTHORITY'] }],
      noteRequired: true,
    },
    {
      name: 'REOPEN',
      label: 'Mở lại',
      labelEn: 'Reopen',
      from: ['APPROVED'],
      to: 'SUBMITTED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
      noteRequired: true,
      guards: ['approvedLastByCaller'],
    },
  ],
};

/**
 * Guards read facts the node computes:
 * - validationPasses: `violations: Violation[]` (the data set's rules over the stored values);
 * - approvalPending: `nextLevel: string | null`;
 * - belowApproved: `pendingBelow: string[]` (unit codes of expected reports the next level covers
 *   that the levels below it have not all approved);
 * - approvedLastByCaller: `approvedLastByCaller: boolean`.
 */
export const DATA_SET_REPORT_GUARDS: GuardRegistry = {
  validationPasses: (facts) => {
    const violations = facts.violations as Violation[] | undefined;
    if (!Array.isArray(violations)) throw new TypeError('Guard validationPasses needs facts.violations');
    const blocking = violations.filter((v) => v.blocking);
    if (blocking.length === 0) return null;
    const list = blocking.map(describeViolation).join('; ');
    return {
      rule: 'VALIDATION_RULES',
      vi: `Số liệu vi phạm quy tắc kiểm tra: ${list}`,
      en: `the values break validation rules: ${list}`,
    };
  },
  approvalPending: (facts) => {
    if (facts.nextLevel === undefined) throw new TypeError('Guard approvalPending needs facts.nextLevel');
    if (facts.nextLevel !== null) return null;
    return { rule: 'FULLY_APPROVED', vi: 'Báo cáo đã được duyệt ở mọi cấp', en: 'every level has approved the report' };
  },
  belowApproved: (facts) => {
    const pending = facts.pendingBelow as string[] | undefined;
    if (!Array.isArray(pending)) throw new TypeError('Guard belowApproved needs facts.pendingBelow');
    if (pending.length === 0) return null;
    const shown = pending.slice(0, 20).join(', ') + (pending.length > 20 ? ` and ${pending.length - 20} more` : '');
    return {
      rule: 'BELOW_NOT_APPROVED',
      vi: `Cấp dưới chưa duyệt hết các báo cáo phải nộp: ${shown}`,
      en: `the levels below have not approved every expected report this level covers: ${shown}`,
    };
  },
  approvedLastByCaller: (facts) => {
    if (typeof facts.approvedLastByCaller !== 'boolean')
      throw new TypeError('Guard approvedLastByCaller needs facts.approvedLastByCaller');
    if (facts.approvedLastByCaller) return null;
    return {
      rule: 'NOT_LAST_APPROVER',
      vi: 'Chỉ cấp đã duyệt sau cùng mới được mở lại',
      en: 'only the level that approved last may reopen the report',
    };
  },
};

registerCoreWorkflow({ definition: DATA_SET_REPORT_WORKFLOW, guards: DATA_SET_REPORT_GUARDS });
