/**
 * Đồng Tháp's agencies (province 87) as its 2021–2030 plan names them (sources/002): the People's
 * Committee that issued it, the departments, the association and the other bodies that lead or
 * coordinate a task. Aliases are the plan's own short forms, so the plan's strings match. Names
 * the plan uses collectively ("Các sở, ban, ngành Tỉnh", "UBND cấp huyện", the three media bodies
 * named together) are no single agency and stay unmatched; the district-level cities are units
 * the plugin cannot assume on the map when it loads, so their People's Committees are not here.
 */
import type { AgencyDefinition } from '@hoctap/plugin-sdk';

const AT = { unitCode: '87', unitOn: '2021-05-25' } as const;

export const DONG_THAP_AGENCIES: readonly AgencyDefinition[] = [
  {
    code: '87.UBND',
    name: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    kind: 'PEOPLES_COMMITTEE',
    aliases: ['UBND tỉnh Đồng Tháp', 'UBND Tỉnh'],
    ...AT,
  },
  {
    code: '87.SGDDT',
    name: 'Sở Giáo dục và Đào tạo tỉnh Đồng Tháp',
    kind: 'DEPARTMENT',
    aliases: ['Sở Giáo dục và Đào tạo'],
    ...AT,
  },
  { code: '87.SNV', name: 'Sở Nội vụ tỉnh Đồng Tháp', kind: 'DEPARTMENT', aliases: ['Sở Nội vụ'], ...AT },
  {
    code: '87.SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp',
    kind: 'DEPARTMENT',
    aliases: ['Sở Văn hóa, Thể thao và Du lịch'],
    ...AT,
  },
  {
    code: '87.SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Đồng Tháp',
    kind: 'DEPARTMENT',
    aliases: ['Sở Lao động - Thương binh và Xã hội'],
    ...AT,
  },
  { code: '87.STC', name: 'Sở Tài chính tỉnh Đồng Tháp', kind: 'DEPARTMENT', aliases: ['Sở Tài chính'], ...AT },
  {
    code: '87.STTTT',
    name: 'Sở Thông tin và Truyền thông tỉnh Đồng Tháp',
    kind: 'DEPARTMENT',
    aliases: ['Sở Thông tin và Truyền thông'],
    ...AT,
  },
  { code: '87.SNGV', name: 'Sở Ngoại vụ tỉnh Đồng Tháp', kind: 'DEPARTMENT', aliases: ['Sở Ngoại vụ'], ...AT },
  {
    code: '87.HKH',
    name: 'Hội Khuyến học tỉnh Đồng Tháp',
    kind: 'ASSOCIATION',
    aliases: ['Hội Khuyến học Tỉnh'],
    ...AT,
  },
  {
    code: '87.LDLD',
    name: 'Liên đoàn Lao động tỉnh Đồng Tháp',
    kind: 'MASS_ORGANISATION',
    aliases: ['Liên đoàn Lao động Tỉnh'],
    ...AT,
  },
  {
    code: '87.BCDHNQT',
    name: 'Ban Chỉ đạo Hội nhập quốc tế tỉnh Đồng Tháp',
    kind: 'STEERING_BODY',
    aliases: ['Ban Chỉ đạo Hội nhập quốc tế'],
    ...AT,
  },
];
