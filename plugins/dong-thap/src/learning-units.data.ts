/**
 * Đồng Tháp's Kế hoạch 278/KH-UBND of 23/11/2020: the People's Committee's plan to implement the
 * regulation on rating learning units (đánh giá, xếp loại "Đơn vị học tập") in the province. The
 * 2021–2030 plan cites it so (sources/002, II.2.a: "triển khai thực hiện quy định về …"); DOMAIN.md
 * lists it without its criteria.
 *
 * What it contributes: a plan, not criteria. It implements a regulation; nothing in the sources
 * says the province issued criteria of its own, so the plugin registers no criteria set, and the
 * national set in force rates Đồng Tháp's learning units (Thông tư 24/2023/TT-BGDĐT from 26/1/2024
 * for district and province units, 448/QĐ-KHVN for grassroots units; DOMAIN.md). The plan is
 * recorded with what the source states (issuer, number, date, subject); its steps, schedule and
 * period are not in the sources and say so (`contentProvenance`). It has no tasks until they are
 * known: a listed task would be invented.
 */
import { stated, unverified, type PlanSeed } from '@hoctap/plugin-sdk';

const CITED_BY =
  'Kế hoạch đẩy mạnh khuyến học, khuyến tài, xây dựng XHHT tỉnh Đồng Tháp 2021–2030, mục II.2.a (sources/002)';

export const PLAN_278: PlanSeed = {
  issuerCode: '87',
  issuerAgency: 'UBND tỉnh Đồng Tháp',
  title: 'Kế hoạch triển khai thực hiện quy định về đánh giá, xếp loại "Đơn vị học tập" trên địa bàn tỉnh Đồng Tháp',
  documentNumber: '278/KH-UBND',
  issuedOn: '2020-11-23',
  periodFrom: '2020-11-23',
  periodTo: '2025-06-30',
  legalBasis:
    'Quy định về đánh giá, xếp loại "Đơn vị học tập" (nguồn không nêu số hiệu văn bản quy định). ' +
    'Kế hoạch triển khai quy định, không ban hành bộ tiêu chí riêng: đơn vị học tập được đánh giá theo bộ tiêu chí quốc gia hiện hành.',
  tasks: [],
  issueProvenance: stated(CITED_BY),
  contentProvenance: unverified(
    'the plan’s own text is not among the sources: its steps, schedule, who assesses and its period are unknown; it has no tasks here, and 30/6/2025 (the last day of province 87) stands for its unknown end',
    CITED_BY,
  ),
};
