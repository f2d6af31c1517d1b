/**
 * Hà Nam's Kế hoạch 481/KH-UBND (25/2/2022), implementing the project "Xây dựng xã hội học tập
 * giai đoạn 2021–2030" (Quyết định 1373/QĐ-TTg) in the province (DOMAIN.md; sources/003).
 *
 * The plan's own text is not among the sources: the tasks below are the actions the province's
 * late-2024 news article on the project's results attributes to named agencies, paraphrased. Their
 * sections and codes are the plugin's own, not the plan's numbering.
 *
 * Reporting: the source states no reporting frequency for any task. Every task is recorded as
 * YEARLY, and the plan's legal basis says so, so nobody mistakes it for the plan's requirement.
 */
import { stated, unverified, type PlanSeed, type TaskSeed } from '@hoctap/plugin-sdk';

const EDUCATION = 'Sở Giáo dục và Đào tạo';
const DISTRICTS = 'UBND các huyện, thị xã, thành phố';

const SOURCE = 'Hà Nam, tin tổng kết kết quả Đề án XHHT cuối năm 2024 (sources/003)';

/** Every task reports YEARLY on an assumed cycle: the source states no frequency (see the legal basis). */
const task = (t: Omit<TaskSeed, 'reportingCycle'>): TaskSeed => ({
  ...t,
  reportingCycle: 'YEARLY',
  cycleProvenance: unverified('the source states no reporting frequency for any task; YEARLY is assumed', SOURCE),
});

export const HA_NAM_PLAN: PlanSeed = {
  issuerCode: '35',
  issuerAgency: 'UBND tỉnh Hà Nam',
  title: 'Kế hoạch triển khai thực hiện Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030" trên địa bàn tỉnh Hà Nam',
  documentNumber: '481/KH-UBND',
  issuedOn: '2022-02-25',
  periodFrom: '2021-01-01',
  periodTo: '2030-12-31',
  legalBasis:
    'Quyết định 1373/QĐ-TTg (30/7/2021) phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030". ' +
    'Nhiệm vụ tóm tắt theo tin tổng kết kết quả cuối năm 2024 (văn bản kế hoạch không có trong nguồn); ' +
    'tần suất báo cáo không nêu trong nguồn, ghi tạm là hằng năm (YEARLY).',
  issueProvenance: stated(SOURCE),
  contentProvenance: unverified(
    'the plan’s own text is not among the sources: the tasks are those the 2024 news article attributes to named agencies, and the period 2021–2030 is the project’s (Quyết định 1373/QĐ-TTg)',
    SOURCE,
  ),
  tasks: [
    task({
      section: 'A. Chỉ đạo, tổ chức thực hiện',
      code: 'A.1',
      title:
        'Làm cơ quan thường trực Ban Chỉ đạo tỉnh; tham mưu UBND tỉnh ban hành văn bản chỉ đạo, hướng dẫn thực hiện Đề án',
      lead: EDUCATION,
    }),
    task({
      section: 'A. Chỉ đạo, tổ chức thực hiện',
      code: 'A.2',
      title: 'Xây dựng kế hoạch thực hiện và thành lập Ban Chỉ đạo xây dựng XHHT 2021–2030 cấp huyện',
      lead: DISTRICTS,
    }),
    task({
      section: 'B. Phổ cập giáo dục, xóa mù chữ',
      code: 'B.1',
      title: 'Duy trì và phát huy kết quả phổ cập giáo dục, xóa mù chữ',
      lead: EDUCATION,
      coordinators: ['Các sở, ban, ngành', 'Các tổ chức chính trị - xã hội', DISTRICTS],
    }),
    task({
      section: 'C. Giai đoạn 2025–2030',
      code: 'C.1',
      title: 'Đẩy mạnh tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập',
      lead: EDUCATION,
    }),
    task({
      section: 'C. Giai đoạn 2025–2030',
      code: 'C.2',
      title: 'Triển khai các nội dung, chính sách về xây dựng xã hội học tập',
      lead: EDUCATION,
    }),
    task({
      section: 'C. Giai đoạn 2025–2030',
      code: 'C.3',
      title: 'Chuyển đổi số, ứng dụng công nghệ thông tin trong hoạt động học tập suốt đời',
      lead: EDUCATION,
    }),
    task({
      section: 'C. Giai đoạn 2025–2030',
      code: 'C.4',
      title:
        'Nâng cao hiệu quả trung tâm học tập cộng đồng; rà soát chính sách, xem xét bổ sung kinh phí ngân sách hỗ trợ các trung tâm',
      lead: EDUCATION,
    }),
  ],
};
