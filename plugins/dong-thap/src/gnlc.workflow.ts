import {
  GNLC_APPLICATION_WORKFLOW,
  GNLC_APPLICATION_WORKFLOW_ID,
  Role,
  type ActionDefinition,
  type PluginDimensionDefinition,
  type PluginRegistrar,
  type WorkflowExtension,
} from '@hoctap/plugin-sdk';
import { DONG_THAP_GNLC_CITIES } from './gnlc.data.js';

const national = (name: string): ActionDefinition => {
  const action = GNLC_APPLICATION_WORKFLOW.actions.find((a) => a.name === name);
  if (!action) throw new Error(`The national GNLC workflow has no action ${name}.`);
  return action;
};

/**
 * The province endorses its city's application before it goes to the National Commission for
 * UNESCO: a local step between the mayor's signature and the national endorsement. Officers of
 * the province (the level above the city) take it; they may also return the file.
 */
export const PROVINCE_ENDORSEMENT: WorkflowExtension = {
  states: [{ code: 'PROVINCE_ENDORSED', label: 'UBND tỉnh đã xác nhận', labelEn: 'Endorsed by the province' }],
  actions: [
    {
      name: 'ENDORSE_PROVINCE',
      label: 'UBND tỉnh xác nhận hồ sơ',
      labelEn: 'Endorse (province)',
      from: ['SIGNED'],
      to: 'PROVINCE_ENDORSED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
    },
  ],
  replaceActions: [
    { ...national('ENDORSE_NATIONAL'), from: ['PROVINCE_ENDORSED'] },
    { ...national('RETURN'), from: ['SIGNED', 'PROVINCE_ENDORSED', 'NATIONALLY_ENDORSED'] },
    { ...national('WITHDRAW'), from: ['DRAFT', 'SIGNED', 'PROVINCE_ENDORSED'] },
  ],
};

/** Analysts compare the province's GNLC cities with its other districts (e.g. learning-family shares). */
export const GNLC_CITY_DIMENSION: PluginDimensionDefinition = {
  code: 'DONG_THAP_GNLC_CITY',
  label: 'GNLC city (Đồng Tháp)',
  description:
    "Đồng Tháp's district-level units by their place in UNESCO's GNLC: members and a city considering applying.",
  level: 'DISTRICT',
  asOf: '2024-12-31',
  values: Object.fromEntries(
    DONG_THAP_GNLC_CITIES.map((c) => [c.unitCode, c.intent === 'KEEP_MEMBERSHIP' ? 'GNLC_MEMBER' : 'CONSIDERING_GNLC']),
  ),
};

export function registerGnlc(registrar: PluginRegistrar): void {
  registrar.extendWorkflow(GNLC_APPLICATION_WORKFLOW_ID, PROVINCE_ENDORSEMENT);
  registrar.analyticsDimension(GNLC_CITY_DIMENSION);
}
