import type { ReferenceDataSet } from '../../common/reference-data.js';
import { NATIONAL_AGENCIES } from './agencies.data.js';
import { upsertAgencies } from './agency.service.js';

/** The national agencies, loaded at start-up when new or changed (before any plugin's plans). */
export const nationalAgenciesReferenceData: ReferenceDataSet = {
  name: 'agencies.national',
  content: NATIONAL_AGENCIES,
  load: (em) => upsertAgencies(em, NATIONAL_AGENCIES, 'national', new Date().toISOString().slice(0, 10)),
};
