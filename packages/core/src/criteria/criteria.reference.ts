import type { ReferenceDataSet } from '../common/reference-data.js';
import { upsertCriteriaSets } from './criteria.service.js';
import { NATIONAL_CRITERIA_SETS } from './national-sets.data.js';

/** The national criteria sets, loaded at start-up when new or changed. */
export const nationalCriteriaReferenceData: ReferenceDataSet = {
  name: 'criteria.national',
  content: NATIONAL_CRITERIA_SETS,
  load: (em) => upsertCriteriaSets(em, NATIONAL_CRITERIA_SETS),
};
