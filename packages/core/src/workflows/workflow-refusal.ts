import { badInput, forbidden, type DomainError } from '../common/errors.js';
import type { TransitionDecision } from './workflow.rules.js';

/**
 * The error a refused transition answers with: FORBIDDEN for who may act, else BAD_USER_INPUT on
 * the field at fault (the note when one is required, else the action).
 */
export function refusalOf(decision: Extract<TransitionDecision, { allowed: false }>, field = 'action'): DomainError {
  return decision.code === 'FORBIDDEN'
    ? forbidden(decision.message)
    : badInput([
        { field: decision.rule === 'NOTE_REQUIRED' ? 'note' : field, rule: decision.rule, message: decision.message },
      ]);
}
