/**
 * Thái Bình's agencies (province 34) named by the provincial Party Standing Committee's Công văn
 * on Kết luận 49-KL/TW (sources/001): the Standing Committee that issued it, the Party office and
 * propaganda board that monitor it, the Department of Education and the provincial association.
 * The Công văn's collective addressees ("Các cấp ủy đảng, chính quyền", "Hội Khuyến học các cấp")
 * are no single agency and stay unmatched.
 */
import type { AgencyDefinition } from '@hoctap/plugin-sdk';

const AT = { unitCode: '34', unitOn: '2019-05-10' } as const;

export const THAI_BINH_AGENCIES: readonly AgencyDefinition[] = [
  {
    code: '34.BTVTU',
    name: 'Ban Thường vụ Tỉnh ủy Thái Bình',
    kind: 'PARTY_COMMITTEE',
    aliases: ['Ban Thường vụ Tỉnh ủy'],
    ...AT,
  },
  { code: '34.VPTU', name: 'Văn phòng Tỉnh ủy Thái Bình', kind: 'PARTY_BOARD', aliases: ['Văn phòng Tỉnh ủy'], ...AT },
  {
    code: '34.BTGTU',
    name: 'Ban Tuyên giáo Tỉnh ủy Thái Bình',
    kind: 'PARTY_BOARD',
    aliases: ['Ban Tuyên giáo Tỉnh ủy'],
    ...AT,
  },
  {
    code: '34.SGDDT',
    name: 'Sở Giáo dục và Đào tạo tỉnh Thái Bình',
    kind: 'DEPARTMENT',
    aliases: ['Sở Giáo dục và Đào tạo'],
    ...AT,
  },
  {
    code: '34.HKH',
    name: 'Hội Khuyến học tỉnh Thái Bình',
    kind: 'ASSOCIATION',
    aliases: ['Hội Khuyến học tỉnh'],
    ...AT,
  },
];
