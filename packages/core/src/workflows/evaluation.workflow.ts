/**
 * The national workflow of an evaluation of a learning model: the unit that evaluates assesses
 * itself, the level above verifies, the authority above recognises. Province plugins extend it
 * (extendWorkflow) rather than copy it, so a change here reaches every province.
 */
import { Role } from '../auth/roles.js';
import { unverified } from '../common/provenance.js';
import type { GuardRegistry, WorkflowDefinition } from './workflow.rules.js';

const SCOPED = [Role.OFFICER, Role.ASSOCIATION];

export const EVALUATION_WORKFLOW: WorkflowDefinition = {
  id: 'evaluation',
  initial: 'DRAFT',
  states: [
    { code: 'DRAFT', label: 'Nháp', labelEn: 'Draft', editable: true },
    { code: 'SUBMITTED', label: 'Đã tự đánh giá', labelEn: 'Submitted' },
    { code: 'VERIFIED', label: 'Đã thẩm định', labelEn: 'Verified' },
    // A recognition is a published decision: changing its scores would change what was recognised.
    { code: 'RECOGNISED', label: 'Đã công nhận', labelEn: 'Recognised', locked: true },
    { code: 'RETURNED', label: 'Trả lại', labelEn: 'Returned', editable: true },
    { code: 'REVOKED', label: 'Đã thu hồi', labelEn: 'Revoked', locked: true, final: true },
  ],
  actions: [
    {
      name: 'SUBMIT',
      label: 'Gửi tự đánh giá',
      labelEn: 'Submit self-assessment',
      from: ['DRAFT', 'RETURNED'],
      to: 'SUBMITTED',
      actors: [{ roles: SCOPED, standing: ['OWN'] }],
      guards: ['scoresComplete'],
    },
    {
      name: 'WITHDRAW',
      label: 'Rút lại',
      labelEn: 'Withdraw',
      from: ['SUBMITTED'],
      to: 'DRAFT',
      actors: [{ roles: SCOPED, standing: ['OWN'] }],
    },
    {
      name: 'VERIFY',
      label: 'Thẩm định',
      labelEn: 'Verify',
      from: ['SUBMITTED'],
      to: 'VERIFIED',
      actors: [{ roles: SCOPED, standing: ['ABOVE'] }],
    },
    {
      name: 'RETURN',
      label: 'Trả lại',
      labelEn: 'Return',
      from: ['SUBMITTED', 'VERIFIED'],
      to: 'RETURNED',
      actors: [{ roles: SCOPED, standing: ['ABOVE'] }],
      noteRequired: true,
    },
    {
      // Recognition is a government decision: the association verifies but does not recognise.
      // Who the authority is depends on the model and period (recognition-authority.data.ts): a
      // district learning unit is recognised by its own district's chair (Thông tư 24/2023).
      name: 'RECOGNISE',
      label: 'Công nhận',
      labelEn: 'Recognise',
      from: ['VERIFIED'],
      to: 'RECOGNISED',
      actors: [{ roles: [Role.OFFICER], standing: ['AUTHORITY'] }],
      guards: ['ratingRecognised'],
    },
    {
      name: 'REVOKE',
      label: 'Thu hồi công nhận',
      labelEn: 'Revoke recognition',
      from: ['RECOGNISED'],
      to: 'REVOKED',
      actors: [{ roles: [Role.OFFICER], standing: ['AUTHORITY'] }],
      noteRequired: true,
      provenance: unverified(
        'the sources do not say who revokes a recognition; the platform assumes the authority that recognises it',
      ),
    },
  ],
};

/**
 * Guards read facts the service computes from the score sheet. A fact missing or of the wrong type
 * is a bug in the service, not a reason to show the user a refusal, so it throws.
 */
export const EVALUATION_GUARDS: GuardRegistry = {
  scoresComplete: (facts) => {
    const missing = facts.missingIndicators;
    if (!Array.isArray(missing) || !missing.every((code) => typeof code === 'string')) {
      throw new TypeError('Guard scoresComplete needs facts.missingIndicators: string[]');
    }
    if (missing.length === 0) return null;
    const codes = missing.join(', ');
    return {
      rule: 'SCORES_INCOMPLETE',
      vi: `Bảng điểm còn thiếu chỉ tiêu: ${codes}`,
      en: `the score sheet is missing indicators ${codes}`,
    };
  },
  ratingRecognised: (facts) => {
    if (typeof facts.recognised !== 'boolean') {
      throw new TypeError('Guard ratingRecognised needs facts.recognised: boolean');
    }
    if (facts.recognised) return null;
    return {
      rule: 'RATING_NOT_RECOGNISED',
      vi: 'Bảng điểm chưa đạt mức được công nhận',
      en: 'the score sheet does not reach a recognised grade',
    };
  },
};
