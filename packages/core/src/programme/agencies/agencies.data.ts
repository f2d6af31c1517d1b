/**
 * National agencies named by Chỉ thị 14/CT-TTg (2021) of the Prime Minister (sources/004): the
 * Ministry of Education and Training, which leads the national tasks, and the Vietnam Study
 * Promotion Association it works with. Other ministries are added when a source names them.
 */
import type { AgencyDefinition } from './agency.model.js';

export const NATIONAL_AGENCIES: readonly AgencyDefinition[] = [
  { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', kind: 'MINISTRY', aliases: ['Bộ GD&ĐT'] },
  {
    code: 'HKHVN',
    name: 'Hội Khuyến học Việt Nam',
    kind: 'ASSOCIATION',
    aliases: ['Trung ương Hội Khuyến học Việt Nam'],
  },
];
