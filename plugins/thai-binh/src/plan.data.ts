/**
 * The Công văn of Thái Bình's provincial Party Standing Committee (Ban Thường vụ Tỉnh ủy)
 * implementing Kết luận 49-KL/TW (10/5/2019), as a plan with its five points as tasks
 * (sources/001; DOMAIN.md "The provinces in the source documents"). Titles are paraphrases.
 *
 * Unverified: the source text carries neither the Công văn's number nor its date. The document
 * number below is a placeholder that says so, and `issuedOn` is 10/5/2019, the date of Kết luận
 * 49-KL/TW, the earliest day the Công văn can bear; both are marked in the title and legal basis.
 * The period ends on 30/6/2025, when Thái Bình became part of Hưng Yên (33).
 *
 * Reporting: point 5 asks the Party Office and the Propaganda Board to follow the implementation and
 * report periodically to the Standing Committee without stating a frequency; the other points name
 * no reporting. Every task is recorded as YEARLY and the legal basis (and point 5's titles) say so.
 */
import { unverified, type PlanSeed, type TaskSeed } from '@hoctap/plugin-sdk';

/** Where a point of the Công văn names no lead agency: it is addressed to all its recipients. */
const RECIPIENTS = 'Các cấp ủy, chính quyền, sở, ban, ngành nhận công văn (văn bản không nêu đơn vị chủ trì)';
const MONITORING_PARTNERS = ['Sở Giáo dục và Đào tạo', 'Hội Khuyến học tỉnh', 'Các sở, ban, ngành liên quan'];
const FREQUENCY_NOT_STATED = '(tần suất báo cáo không nêu trong văn bản)';

const SOURCE = 'Công văn của Ban Thường vụ Tỉnh ủy Thái Bình thực hiện Kết luận 49-KL/TW (sources/001)';

/** Every task reports YEARLY on an assumed cycle: the Công văn states no frequency (see the legal basis). */
const task = (t: Omit<TaskSeed, 'reportingCycle'>): TaskSeed => ({
  ...t,
  reportingCycle: 'YEARLY',
  cycleProvenance: unverified(
    'the Công văn asks for periodic reports (point 5, "định kỳ báo cáo") without a frequency; YEARLY is assumed',
    SOURCE,
  ),
});

export const THAI_BINH_PLAN: PlanSeed = {
  issuerCode: '34',
  issuerAgency: 'Ban Thường vụ Tỉnh ủy',
  title:
    'Công văn của Ban Thường vụ Tỉnh ủy Thái Bình thực hiện Kết luận 49-KL/TW về khuyến học, khuyến tài, xây dựng xã hội học tập (số, ngày chưa xác minh)',
  documentNumber: 'CV-BTVTU-KL49 (số chưa xác minh)',
  issuedOn: '2019-05-10',
  periodFrom: '2019-05-10',
  periodTo: '2025-06-30',
  legalBasis:
    'Kết luận 49-KL/TW (10/5/2019) của Ban Bí thư về tiếp tục thực hiện Chỉ thị 11-CT/TW; Nghị quyết 29-NQ/TW; ' +
    'Quyết định 281/QĐ-TTg (20/2/2014); Thông tri 05-TT/TU của Ban Thường vụ Tỉnh ủy. ' +
    'Chưa xác minh: văn bản nguồn không ghi số và ngày công văn; ngày ghi 10/5/2019 là ngày của Kết luận 49-KL/TW (mốc sớm nhất có thể). ' +
    'Kỳ kết thúc 30/6/2025, khi tỉnh Thái Bình nhập vào tỉnh Hưng Yên. ' +
    'Công văn yêu cầu báo cáo định kỳ nhưng không nêu tần suất: mọi nhiệm vụ ghi tạm là hằng năm (YEARLY).',
  issueProvenance: unverified(
    'the source carries neither the Công văn’s number nor its date; 10/5/2019 is the date of Kết luận 49-KL/TW, the earliest it can bear',
    SOURCE,
  ),
  contentProvenance: unverified(
    'the tasks are the Công văn’s five points, paraphrased; its period is not stated: it starts on the date of Kết luận 49-KL/TW and ends on 30/6/2025, when Thái Bình became part of Hưng Yên',
    SOURCE,
  ),
  tasks: [
    task({
      section: '1. Quán triệt, tuyên truyền',
      code: '1',
      title:
        'Phổ biến chủ trương, chính sách về khuyến học, khuyến tài, XHHT và Kết luận 49-KL/TW; gắn trách nhiệm người đứng đầu với đánh giá hằng năm',
      lead: 'Các cấp ủy đảng, chính quyền',
      coordinators: ['Các ban, ngành', 'Mặt trận Tổ quốc', 'Các đoàn thể', 'Các tổ chức xã hội'],
    }),
    task({
      section: '2. Lồng ghép vào kế hoạch kinh tế - xã hội',
      code: '2',
      title:
        'Đưa chỉ tiêu khuyến học, khuyến tài, XHHT vào kế hoạch phát triển kinh tế - xã hội hằng năm; tăng cường kiểm tra việc thực hiện cơ chế, chính sách',
      lead: 'Các cấp ủy, tổ chức đảng, chính quyền',
    }),
    task({
      section: '3. Tổ chức, mô hình học tập, đào tạo',
      code: '3.1',
      title:
        'Kiện toàn ban chỉ đạo XHHT các cấp; phát triển hội khuyến học, nhất là ở cơ sở; tập huấn thành viên ban chỉ đạo và cán bộ hội',
      lead: RECIPIENTS,
    }),
    task({
      section: '3. Tổ chức, mô hình học tập, đào tạo',
      code: '3.2',
      title:
        'Hội khuyến học cùng ngành giáo dục làm nòng cốt thúc đẩy học tập suốt đời và các mô hình công dân, gia đình, dòng họ, đơn vị học tập',
      lead: 'Hội Khuyến học các cấp',
      coordinators: [
        'Ngành Giáo dục - Đào tạo',
        'Các tổ chức chính trị - xã hội',
        'Các tổ chức xã hội - nghề nghiệp',
        'Các tổ chức xã hội',
      ],
    }),
    task({
      section: '3. Tổ chức, mô hình học tập, đào tạo',
      code: '3.3',
      title: 'Thực hiện đào tạo, bồi dưỡng bắt buộc cho cán bộ, công chức, viên chức theo vị trí việc làm',
      lead: RECIPIENTS,
    }),
    task({
      section: '3. Tổ chức, mô hình học tập, đào tạo',
      code: '3.4',
      title: 'Nâng cao chất lượng đào tạo kỹ năng nghề, kỹ năng sống cho công nhân, người lao động',
      lead: RECIPIENTS,
    }),
    task({
      section: '3. Tổ chức, mô hình học tập, đào tạo',
      code: '3.5',
      title:
        'Dùng thiết chế giáo dục ngoài nhà trường và thiết chế văn hóa cơ sở cho học tập; ứng dụng CNTT hỗ trợ tự học, học từ xa',
      lead: RECIPIENTS,
    }),
    task({
      section: '4. Thông tin, tuyên truyền',
      code: '4',
      title: 'Tuyên truyền về học tập suốt đời, XHHT; giới thiệu tập thể, cá nhân tiêu biểu, gương tự học thành tài',
      lead: 'Các cơ quan thông tin đại chúng',
    }),
    task({
      section: '5. Theo dõi, báo cáo',
      code: '5.1',
      title: `Theo dõi việc thực hiện công văn, định kỳ báo cáo Ban Thường vụ Tỉnh ủy ${FREQUENCY_NOT_STATED}`,
      lead: 'Văn phòng Tỉnh ủy',
      coordinators: ['Ban Tuyên giáo Tỉnh ủy', ...MONITORING_PARTNERS],
    }),
    task({
      section: '5. Theo dõi, báo cáo',
      code: '5.2',
      title: `Theo dõi việc thực hiện công văn, định kỳ báo cáo Ban Thường vụ Tỉnh ủy ${FREQUENCY_NOT_STATED}`,
      lead: 'Ban Tuyên giáo Tỉnh ủy',
      coordinators: ['Văn phòng Tỉnh ủy', ...MONITORING_PARTNERS],
    }),
  ],
};
