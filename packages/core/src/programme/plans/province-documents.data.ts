/**
 * Provincial documents of the learning-society programme that no province plugin carries: kept in
 * the core as data, so that a document the platform was given is not lost because its province has
 * no plugin yet, or cannot be identified (issue 16).
 *
 * A document here is not a `Plan`: a plan has an issuing unit on the map, whose officers accept its
 * task reports. When the province is identified and a plugin (or an officer) takes the document
 * up, it becomes a plan there; `provinceCode` stays null until a source names the province.
 * Titles and tasks are paraphrases, never the document's sentences.
 */
import { unverified, type Provenance } from '../../common/provenance.js';

export interface ProvinceDocumentTask {
  readonly code: string;
  readonly title: string;
  readonly lead: string;
  readonly coordinators: readonly string[];
  /** Whom and how often the lead reports, when the document says (`cycleProvenance` when it does not say how often). */
  readonly reportsTo: string | null;
  readonly cycleProvenance: Provenance | null;
}

export interface ProvinceDocument {
  /** Stable; the document's own number is not always known. */
  readonly code: string;
  /** e.g. "Công văn". */
  readonly kind: string;
  readonly issuer: string;
  /** GSO code of the province on `issuedOn`; null when the source does not name it. */
  readonly provinceCode: string | null;
  readonly provinceProvenance: Provenance;
  readonly title: string;
  readonly documentNumber: string | null;
  readonly issuedOn: string | null;
  readonly issueProvenance: Provenance;
  /** The acts it implements or reviews, as the source names them. */
  readonly legalBasis: readonly string[];
  readonly tasks: readonly ProvinceDocumentTask[];
  /** Where the document's text is. */
  readonly source: string;
}

const SOURCE_000 = 'sources/000_774e89df11f26003.txt';
const RECIPIENTS = 'Các cấp ủy, tổ chức đảng, chính quyền và đoàn thể trong tỉnh';

const task = (
  code: string,
  title: string,
  lead: string,
  extra: Partial<Pick<ProvinceDocumentTask, 'coordinators' | 'reportsTo' | 'cycleProvenance'>> = {},
): ProvinceDocumentTask => ({
  code,
  title,
  lead,
  coordinators: extra.coordinators ?? [],
  reportsTo: extra.reportsTo ?? null,
  cycleProvenance: extra.cycleProvenance ?? null,
});

/**
 * A provincial Party Standing Committee's Công văn reviewing five years of its Chỉ thị 19-CT/TU
 * (24/8/2016, learning society 2016–2020) and setting tasks (sources/000; DOMAIN.md, "The provinces
 * in the source documents": "province not named in the document"). The text names a school and a
 * photographer, which identify no province; the province is left unknown rather than guessed.
 */
export const CHI_THI_19_REVIEW: ProvinceDocument = {
  code: 'UNIDENTIFIED-CT19-TU-REVIEW',
  kind: 'Công văn',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  provinceCode: null,
  provinceProvenance: unverified(
    'the document does not name its province; nothing in it (a school’s name, a photographer’s byline) identifies one, so no province is assumed',
    SOURCE_000,
  ),
  title:
    'Công văn sơ kết 5 năm thực hiện Chỉ thị 19-CT/TU (24/8/2016) về xây dựng xã hội học tập giai đoạn 2016–2020 và nhiệm vụ tiếp theo',
  documentNumber: null,
  issuedOn: null,
  issueProvenance: unverified(
    'the source gives neither the Công văn’s number nor its date; it cites Chỉ thị 14/CT-TTg (25/5/2021), so it is of that day or later',
    SOURCE_000,
  ),
  legalBasis: [
    'Chỉ thị 19-CT/TU ngày 24/8/2016 của Ban Thường vụ Tỉnh ủy',
    'Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư',
    'Chỉ thị 11-CT/TW ngày 13/4/2007 của Bộ Chính trị',
    'Chỉ thị 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ',
  ],
  tasks: [
    task(
      '1',
      'Hoàn thiện cơ chế, phương thức lãnh đạo của cấp ủy đối với xây dựng XHHT theo định hướng Đại hội XIII',
      'Các cấp ủy Đảng',
    ),
    task(
      '2',
      'Quán triệt Kết luận 49-KL/TW; rà soát văn bản Trung ương; triển khai đồng bộ XHHT, khuyến học, phổ cập giáo dục và xóa mù chữ',
      RECIPIENTS,
    ),
    task(
      '3',
      'Tuyên truyền XHHT trong kinh tế số, xã hội số; lồng ghép Tuần lễ học tập suốt đời và Ngày Sách Việt Nam',
      RECIPIENTS,
    ),
    task(
      '4',
      'Phối hợp các cấp, các ngành; nhân rộng mô hình học tập, định kỳ bình xét, khen thưởng; dạy nghề và hỗ trợ người học thuộc đối tượng chính sách',
      RECIPIENTS,
    ),
    task(
      '5',
      'Kiện toàn Ban Chỉ đạo XHHT từ tỉnh đến xã; đào tạo cán bộ XHHT ở trung tâm văn hóa - thể thao xã; nhân rộng trung tâm học tập cộng đồng hiệu quả',
      RECIPIENTS,
    ),
    task(
      '6',
      'Rà soát văn bản, xây dựng một Kế hoạch chung đến năm 2025; khi triển khai Chỉ thị 14/CT-TTg, lấy chuyển đổi số làm một tiêu chí đánh giá XHHT của địa phương và cơ sở giáo dục',
      'Ban cán sự Đảng Ủy ban nhân dân tỉnh',
    ),
    task(
      '7',
      'Đề xuất khen thưởng cá nhân, tổ chức tiêu biểu; vận động doanh nghiệp lập quỹ khuyến học, khuyến tài cho người lao động',
      'Hội Khuyến học các cấp',
    ),
    task('8', 'Theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện văn bản', 'Ban Tuyên giáo Tỉnh ủy', {
      reportsTo: 'Ban Thường vụ Tỉnh ủy, định kỳ',
      cycleProvenance: unverified(
        'the Công văn asks for periodic reports ("định kỳ báo cáo") without a frequency',
        SOURCE_000,
      ),
    }),
  ],
  source: SOURCE_000,
};

export const PROVINCE_DOCUMENTS: readonly ProvinceDocument[] = [CHI_THI_19_REVIEW];
