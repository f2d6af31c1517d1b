/**
 * Hà Nam's own targets for 2025 (DOMAIN.md; sources/003): more than 50% of people aged 15 and over
 * with technical or professional training, more than 12% with a university degree or higher. Both
 * are strict ("trên"): the percent is the bound to exceed, and the descriptions say so. The
 * platform does not collect labour-force figures, so neither is computed yet.
 */
import type { ProvinceTargetDefinition } from '@hoctap/plugin-sdk';

const SOURCE =
  'Hà Nam, mục tiêu đến năm 2025 khi thực hiện Kế hoạch 481/KH-UBND (25/2/2022), theo tin tổng kết kết quả cuối năm 2024';

export const HA_NAM_TARGETS: readonly ProvinceTargetDefinition[] = [
  {
    code: 'HA_NAM-2025-TECHNICAL_TRAINING',
    description:
      'People aged 15 and over with technical or professional training (đào tạo trình độ chuyên môn kỹ thuật): more than 50% (strictly above)',
    source: SOURCE,
    year: 2025,
    percent: 50,
    formula: {
      kind: 'NOT_YET_COMPUTED',
      needs:
        'labour-force figures by training level: people aged 15 and over, and how many of them have technical or professional training',
    },
    provinceCodes: ['35'],
  },
  {
    code: 'HA_NAM-2025-UNIVERSITY',
    description:
      'People aged 15 and over with a university degree or higher (trình độ đại học trở lên): more than 12% (strictly above)',
    source: SOURCE,
    year: 2025,
    percent: 12,
    formula: {
      kind: 'NOT_YET_COMPUTED',
      needs:
        'labour-force figures by training level: people aged 15 and over, and how many of them hold a university degree or higher',
    },
    provinceCodes: ['35'],
  },
];
