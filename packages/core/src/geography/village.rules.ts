import type { FieldProblem } from '../common/errors.js';
import { AdminLevel } from './geography.enums.js';

export const VILLAGE_NAME_MAX = 200;

export interface VillageDraft {
  name?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

/**
 * A village (thôn, ấp, tổ dân phố) is created by users or plugins under a commune, which must
 * exist on the village's first day; its life must not run backwards.
 */
export function checkVillage(
  draft: VillageDraft,
  parent: { level: AdminLevel; validTo?: string | null } | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = draft.name?.trim();
  if (draft.name !== undefined && !name)
    problems.push({ field: 'name', rule: 'REQUIRED', message: 'must not be empty' });
  if (name && name.length > VILLAGE_NAME_MAX) {
    problems.push({ field: 'name', rule: 'MAX_LENGTH', message: `must be at most ${VILLAGE_NAME_MAX} characters` });
  }
  if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) {
    problems.push({ field: 'validTo', rule: 'AFTER_VALID_FROM', message: 'must not be before validFrom' });
  }
  if (parent === null) {
    problems.push({ field: 'communeCode', rule: 'EXISTS', message: 'names no commune on that date' });
  } else if (parent.level !== AdminLevel.COMMUNE) {
    problems.push({
      field: 'communeCode',
      rule: 'COMMUNE_LEVEL',
      message: `names a ${parent.level.toLowerCase()}, not a commune`,
    });
  }
  return problems;
}
