/**
 * Hà Nam's agencies (province 35) named by the 2024 news on its plan (sources/003): the People's
 * Committee that issued Kế hoạch 481/KH-UBND and the Department of Education that leads most tasks.
 * "UBND các huyện, thị xã, thành phố" and "Các sở, ban, ngành" are collective and stay unmatched.
 */
import type { AgencyDefinition } from '@hoctap/plugin-sdk';

const AT = { unitCode: '35', unitOn: '2022-02-25' } as const;

export const HA_NAM_AGENCIES: readonly AgencyDefinition[] = [
  {
    code: '35.UBND',
    name: 'Ủy ban nhân dân tỉnh Hà Nam',
    kind: 'PEOPLES_COMMITTEE',
    aliases: ['UBND tỉnh Hà Nam'],
    ...AT,
  },
  {
    code: '35.SGDDT',
    name: 'Sở Giáo dục và Đào tạo tỉnh Hà Nam',
    kind: 'DEPARTMENT',
    aliases: ['Sở Giáo dục và Đào tạo'],
    ...AT,
  },
];
