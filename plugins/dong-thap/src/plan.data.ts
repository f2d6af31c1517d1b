/**
 * Đồng Tháp's plan for study promotion and the learning society, 2021–2030, implementing
 * Chỉ thị 14/CT-TTg (source: /work/shared/sources/002_4761e5192e9100c0.txt). Part II of the plan
 * has nine task groups; each becomes a section here, and each assignment in it a task with the
 * lead (chủ trì) and the coordinators (phối hợp) exactly as the plan names them. Part III
 * (organising the implementation) is a tenth section: its four points assign the agencies'
 * own implementing plans, the Department of Education's monitoring and periodic reports to the
 * Ministry and the People's Committee, the budget appraisal and the Fatherland Front's campaigns.
 * Titles are our own short summaries, not the plan's wording.
 *
 * What the source does not give, and how it is handled (each is machine-readable provenance):
 * - The document number and the date of issue are not in the source (nor in DOMAIN.md). The number
 *   is a labelled placeholder; `issuedOn` is 25/5/2021, the date of Chỉ thị 14/CT-TTg, which the
 *   plan implements, so the plan cannot be older: a lower bound, not the date of issue
 *   (`issueProvenance.verified: false`). Correcting the number later creates a new plan row (plans
 *   are matched by issuer and number).
 * - How often agencies report: part III.2 has Sở GD&ĐT report to the Ministry and the People's
 *   Committee "định kỳ" (periodically) without a frequency, and part III.1 ties the review of the
 *   plan to each agency's yearly assessment. Tasks are recorded YEARLY; only III.1's yearly review
 *   is stated, every other cycle is assumed (`cycleProvenance.verified: false`), so overdue
 *   warnings on them say the deadline is assumed.
 * - Leads that are district-level units (UBND cấp huyện, the cities) report through the province:
 *   no `leadUnitCode`, because the plan assigns all districts at once and a province plugin's seed
 *   may not assume district units are on the map when it loads.
 */
import { stated, unverified, type PlanSeed, type TaskSeed } from '@hoctap/plugin-sdk';

// Agencies as the plan names them.
const EDUCATION = 'Sở Giáo dục và Đào tạo';
const HOME_AFFAIRS = 'Sở Nội vụ';
const CULTURE = 'Sở Văn hóa, Thể thao và Du lịch';
const LABOUR = 'Sở Lao động - Thương binh và Xã hội';
const FINANCE = 'Sở Tài chính';
const INFORMATION = 'Sở Thông tin và Truyền thông';
const FOREIGN_AFFAIRS = 'Sở Ngoại vụ';
const ASSOCIATION = 'Hội Khuyến học Tỉnh';
/** The plan's shorthand for the People's Committees of the districts and cities (UBND huyện, thành phố). */
const DISTRICTS = 'UBND cấp huyện';
const RELATED_DEPARTMENTS = 'Các sở, ban, ngành Tỉnh có liên quan';
const DEPARTMENTS = 'Các sở, ban, ngành Tỉnh';
const LOCALITIES = 'Các địa phương';
const DEPARTMENTS_AND_DISTRICTS = 'Các sở, ban, ngành Tỉnh và UBND cấp huyện';

/** The nine task groups of part II, summarised. */
export const SECTIONS = {
  1: 'II.1. Kiện toàn bộ phận chỉ đạo xây dựng xã hội học tập',
  2: 'II.2. Đánh giá, xếp loại, công nhận các mô hình học tập',
  3: 'II.3. Giáo dục thường xuyên và trung tâm văn hóa - học tập cộng đồng',
  4: 'II.4. Xóa mù chữ, nguồn lực xã hội và bồi dưỡng cán bộ',
  5: 'II.5. Mô hình học tập và đào tạo nghề suốt đời',
  6: 'II.6. Ngân sách cho kiểm tra, đánh giá, công nhận mô hình học tập',
  7: 'II.7. Thông tin, tuyên truyền về khuyến học và học tập suốt đời',
  8: 'II.8. Vai trò các tổ chức chính trị - xã hội, xã hội nghề nghiệp',
  9: 'II.9. Hợp tác quốc tế về học tập suốt đời',
  10: 'III. Tổ chức thực hiện',
} as const;

const SOURCE = 'Kế hoạch đẩy mạnh khuyến học, khuyến tài, xây dựng XHHT tỉnh Đồng Tháp 2021–2030 (sources/002)';

/** No task of the plan states a frequency; the yearly cycle follows part III.1's yearly review. */
const ASSUMED_YEARLY = unverified(
  'the plan states no reporting frequency for this task (III.2 says only "định kỳ", periodically); YEARLY is assumed from III.1, which ties the review of the plan to each agency’s yearly assessment',
  `${SOURCE}, III.1–III.2`,
);

type Assignment = Omit<TaskSeed, 'section' | 'reportingCycle'>;

/** Every task of a group, in the group's section, reporting yearly on an assumed cycle (see above). */
function group(section: keyof typeof SECTIONS, tasks: readonly Assignment[]): TaskSeed[] {
  return tasks.map((task) => ({
    cycleProvenance: ASSUMED_YEARLY,
    ...task,
    section: SECTIONS[section],
    reportingCycle: 'YEARLY',
  }));
}

const TASKS: readonly TaskSeed[] = [
  ...group(1, [
    {
      code: 'II.1.1',
      title: 'Tham mưu kiện toàn Hội đồng Giáo dục và phát triển nhân lực tỉnh, chỉ đạo xây dựng XHHT cấp tỉnh',
      lead: EDUCATION,
      coordinators: [HOME_AFFAIRS, RELATED_DEPARTMENTS],
    },
    { code: 'II.1.2', title: 'Kiện toàn bộ phận chỉ đạo xây dựng XHHT ở huyện, thành phố', lead: DISTRICTS },
    {
      code: 'II.1.3',
      title: 'Chỉ đạo, kiểm tra, đôn đốc thực hiện Chỉ thị 14/CT-TTg và Kế hoạch 132/KH-UBND (8/6/2020)',
      lead: 'Bộ phận chỉ đạo xây dựng XHHT các cấp',
    },
  ]),
  ...group(2, [
    {
      code: 'II.2.a.1',
      title: 'Góp ý tiêu chí đơn vị học tập và huyện, thành phố học tập; chỉ đạo đánh giá, công nhận mô hình học tập',
      lead: DEPARTMENTS_AND_DISTRICTS,
    },
    {
      code: 'II.2.a.2',
      title: 'Đẩy mạnh cộng đồng học tập cấp xã; tiếp tục Đề án học tập suốt đời trong gia đình, dòng họ, cộng đồng',
      lead: DEPARTMENTS_AND_DISTRICTS,
    },
    {
      code: 'II.2.a.3',
      title: 'Thực hiện Kế hoạch 278/KH-UBND (23/11/2020) về đánh giá, xếp loại đơn vị học tập',
      lead: DEPARTMENTS_AND_DISTRICTS,
    },
    {
      code: 'II.2.b.1',
      title: 'Duy trì, phát triển tư cách thành viên Mạng lưới Thành phố học tập toàn cầu của UNESCO',
      lead: 'Thành phố Sa Đéc',
    },
    {
      code: 'II.2.b.2',
      title: 'Xem xét, đăng ký tham gia Mạng lưới Thành phố học tập toàn cầu của UNESCO',
      lead: 'Thành phố Cao Lãnh',
      coordinators: [EDUCATION, ASSOCIATION],
    },
    {
      code: 'II.2.b.3',
      title: 'Xem xét, đăng ký tham gia Mạng lưới Thành phố học tập toàn cầu của UNESCO',
      lead: 'Thành phố Hồng Ngự',
      coordinators: [EDUCATION, ASSOCIATION],
    },
    {
      code: 'II.2.c',
      title: 'Góp ý bộ tiêu chí công dân học tập; tiếp tục Đề án học tập suốt đời trong gia đình, dòng họ, cộng đồng',
      lead: ASSOCIATION,
      coordinators: [RELATED_DEPARTMENTS, DISTRICTS],
    },
  ]),
  ...group(3, [
    {
      code: 'II.3.a',
      title: 'Kiểm tra, công nhận kết quả học tập ở cơ sở GDTX; thu hút đại học, học liệu mở, học từ xa và trực tuyến',
      lead: EDUCATION,
      coordinators: [RELATED_DEPARTMENTS],
    },
    {
      code: 'II.3.b',
      title: 'Nâng hiệu quả trung tâm văn hóa - học tập cộng đồng cấp xã; phát triển văn hóa đọc 2021–2025',
      lead: CULTURE,
      coordinators: [RELATED_DEPARTMENTS, DISTRICTS],
    },
    {
      code: 'II.3.c',
      title: 'Rà soát tổ chức, hoạt động của Hội khuyến học các cấp; tăng cường quản lý nhà nước đối với Hội',
      lead: HOME_AFFAIRS,
      coordinators: [DEPARTMENTS, LOCALITIES],
    },
    {
      code: 'II.3.d',
      title: 'Củng cố tổ chức Hội và hội viên; phát huy vai trò nòng cốt trong phong trào khuyến học, khuyến tài',
      lead: ASSOCIATION,
    },
    {
      code: 'II.3.đ.1',
      title: 'Bảo đảm nguồn lực cho cơ sở GDTX, thiết chế giáo dục, văn hóa cơ sở; củng cố Hội khuyến học địa phương',
      lead: DISTRICTS,
    },
    {
      code: 'II.3.đ.2',
      title: 'Tăng cường cơ sở vật chất, hạ tầng CNTT cho đào tạo từ xa, trực tuyến và học tập suốt đời',
      lead: DISTRICTS,
    },
  ]),
  ...group(4, [
    {
      code: 'II.4.a',
      title: 'Hướng dẫn chương trình, tài liệu xóa mù chữ; cập nhật số liệu trên hệ thống thông tin PCGD-XMC',
      lead: EDUCATION,
    },
    {
      code: 'II.4.b',
      title: 'Chính sách huy động nguồn lực xã hội cho khuyến học; đề xuất miễn, giảm thuế cho doanh nghiệp tham gia',
      lead: FINANCE,
      coordinators: [RELATED_DEPARTMENTS],
    },
    {
      code: 'II.4.c',
      title: 'Hoàn thiện văn bản, đẩy mạnh bồi dưỡng cán bộ, công chức, viên chức theo vị trí việc làm, chức danh',
      lead: HOME_AFFAIRS,
      coordinators: [RELATED_DEPARTMENTS],
    },
    {
      code: 'II.4.d',
      title: 'Chỉ đạo Phòng GD&ĐT rà soát, cập nhật thông tin người mù chữ trên hệ thống thông tin PCGD-XMC',
      lead: DISTRICTS,
    },
    {
      code: 'II.4.đ',
      title: 'Đề xuất sửa đổi, bổ sung, ban hành quy định để người dân dễ tiếp cận cơ hội học tập',
      lead: DEPARTMENTS_AND_DISTRICTS,
    },
  ]),
  ...group(5, [
    {
      code: 'II.5',
      title:
        'Mở rộng giáo dục nghề nghiệp ở doanh nghiệp, gắn với sản xuất và ở nông thôn; nâng kỹ năng người lao động',
      lead: LABOUR,
      coordinators: [RELATED_DEPARTMENTS, LOCALITIES],
    },
  ]),
  ...group(6, [
    {
      code: 'II.6',
      title: 'Cân đối, bố trí ngân sách và huy động tài trợ cho khuyến học, XHHT và công nhận mô hình học tập',
      lead: FINANCE,
      coordinators: [DEPARTMENTS, DISTRICTS],
    },
  ]),
  ...group(7, [
    {
      code: 'II.7.a',
      title: 'Định hướng báo chí và thông tin cơ sở tuyên truyền về khuyến học, khuyến tài, XHHT 2021–2030',
      lead: INFORMATION,
    },
    {
      code: 'II.7.b',
      title: 'Mở chuyên trang, chuyên mục về gương hiếu học, tự học thành tài, học tập suốt đời',
      // The plan names the three together, with no lead among them.
      lead: 'Đài Phát thanh và Truyền hình Đồng Tháp, Cổng Thông tin điện tử Tỉnh, Báo Đồng Tháp',
    },
    {
      code: 'II.7.c',
      title: 'Hướng dẫn đưa nhiệm vụ khuyến học, XHHT vào đánh giá thi đua hằng năm',
      lead: HOME_AFFAIRS,
      coordinators: [RELATED_DEPARTMENTS],
    },
  ]),
  ...group(8, [
    {
      code: 'II.8.a',
      title:
        'Tổ chức hoạt động khuyến học theo hướng xã hội hóa; huy động hội viên chuyển giao công nghệ, hỗ trợ khởi nghiệp',
      lead: 'Các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội',
    },
    {
      code: 'II.8.b',
      title:
        'Hướng dẫn lập tổ chức Hội khuyến học trong cơ quan, doanh nghiệp, trường học, bệnh viện, lực lượng vũ trang',
      lead: ASSOCIATION,
    },
    {
      code: 'II.8.c',
      title: 'Vận động doanh nghiệp tạo điều kiện cho người lao động học tập; lập quỹ khuyến học cho công nhân',
      lead: 'Liên đoàn Lao động Tỉnh',
    },
  ]),
  ...group(9, [
    {
      code: 'II.9.a.1',
      title: 'Hợp tác quốc tế về chuyển giao công nghệ, phát triển tài nguyên giáo dục mở, từ xa, trực tuyến',
      lead: EDUCATION,
      coordinators: [FOREIGN_AFFAIRS, RELATED_DEPARTMENTS],
    },
    {
      code: 'II.9.a.2',
      title: 'Chia sẻ kinh nghiệm về học tập suốt đời, XHHT với tổ chức quốc tế, nhất là các nước ASEAN',
      lead: EDUCATION,
      coordinators: [FOREIGN_AFFAIRS, RELATED_DEPARTMENTS],
    },
    {
      code: 'II.9.a.3',
      title: 'Hướng dẫn liên kết đào tạo với cơ sở giáo dục nước ngoài có uy tín, quản lý chặt chất lượng',
      lead: EDUCATION,
      coordinators: [FOREIGN_AFFAIRS, RELATED_DEPARTMENTS],
    },
    {
      code: 'II.9.a.4',
      title: 'Huy động trí thức người Việt Nam ở nước ngoài tham gia khuyến học, khuyến tài, XHHT',
      lead: EDUCATION,
      coordinators: [FOREIGN_AFFAIRS, RELATED_DEPARTMENTS],
    },
    {
      code: 'II.9.b',
      title:
        'Phối hợp tổ chức phi chính phủ, doanh nghiệp huy động nguồn lực tạo cơ hội học tập; xây dựng Công dân học tập',
      lead: DISTRICTS,
    },
    {
      code: 'II.9.c',
      title: 'Thúc đẩy hợp tác giáo dục, đào tạo với trường đại học, tổ chức văn hóa, giáo dục nước ngoài',
      // The plan asks that this body's role be promoted, without naming who acts: it is the lead here.
      lead: 'Ban Chỉ đạo Hội nhập quốc tế',
    },
  ]),
  ...group(10, [
    {
      code: 'III.1',
      title:
        'Ban hành kế hoạch thực hiện phần việc được giao; kiểm tra, đôn đốc; sơ kết, đánh giá gắn với đánh giá công tác hằng năm',
      lead: 'Thủ trưởng các sở, ban, ngành Tỉnh; Chủ tịch UBND cấp huyện',
      // The one cycle the plan states: the review goes with each agency's yearly assessment.
      cycleProvenance: stated(`${SOURCE}, III.1`),
    },
    {
      code: 'III.2',
      title:
        'Theo dõi, kiểm tra, giám sát việc thực hiện Kế hoạch; định kỳ báo cáo Bộ GD&ĐT và UBND Tỉnh; đề xuất biện pháp',
      lead: EDUCATION,
      coordinators: [DEPARTMENTS, DISTRICTS],
    },
    {
      code: 'III.3',
      title: 'Thẩm định dự toán kinh phí, tham mưu bố trí ngân sách thực hiện Kế hoạch',
      lead: FINANCE,
    },
    {
      code: 'III.4',
      title: 'Phát động các cuộc vận động, phong trào thi đua về khuyến học, khuyến tài, XHHT',
      lead: 'Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh và các tổ chức thành viên',
    },
  ]),
];

/** Placeholder: the source gives neither the number nor the date (see above). */
export const PLAN_DOCUMENT_NUMBER = 'KH-UBND 2021–2030 (số, ngày ban hành chưa xác minh)';

export const PLAN_2021_2030: PlanSeed = {
  issuerCode: '87',
  // The source is the People's Committee's plan (Kế hoạch … UBND).
  issuerAgency: 'UBND tỉnh Đồng Tháp',
  title: 'Kế hoạch đẩy mạnh khuyến học, khuyến tài, xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2021–2030',
  documentNumber: PLAN_DOCUMENT_NUMBER,
  issuedOn: '2021-05-25',
  periodFrom: '2021-01-01',
  periodTo: '2030-12-31',
  legalBasis: 'Chỉ thị 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ',
  tasks: TASKS,
  issueProvenance: unverified(
    'the source gives neither the number nor the date of issue; the number is a placeholder and 25/5/2021 is the date of Chỉ thị 14/CT-TTg, which the plan implements (a lower bound, not its date)',
    SOURCE,
  ),
  // The period is in the plan's title; the tasks are its parts II and III, summarised.
  contentProvenance: stated(SOURCE),
};
