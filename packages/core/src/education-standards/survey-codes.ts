/**
 * The data elements a commune reports in its literacy and universal-education survey (điều tra
 * phổ cập giáo dục, xóa mù chữ), one per rate the commune standards of Nghị định 20/2014/NĐ-CP
 * test (DOMAIN.md, "Literacy and universal education"). A commune reports each as a count of people
 * who meet the measure (numerator) out of the people in the age group (denominator), so the rate is
 * computed here and never typed in by hand.
 */
export const SURVEY_CODES = [
  {
    code: 'LITERACY1_15_35',
    description: 'People aged 15–35 literate at level 1 (stage 1 of the literacy programme or grade 3)',
    term: 'Người trong độ tuổi 15–35 biết chữ mức độ 1',
  },
  {
    // A separate figure, not a subset the platform could compute: communes with especially
    // difficult conditions are tested on this narrower age band instead of 15–35.
    code: 'LITERACY1_15_25',
    description: 'People aged 15–25 literate at level 1 (used by communes with especially difficult conditions)',
    term: 'Người trong độ tuổi 15–25 biết chữ mức độ 1',
  },
  {
    code: 'LITERACY2_15_60',
    description: 'People aged 15–60 literate at level 2 (stage 2 of the literacy programme or finished primary)',
    term: 'Người trong độ tuổi 15–60 biết chữ mức độ 2',
  },
  {
    code: 'LITERACY2_15_35',
    description: 'People aged 15–35 literate at level 2 (used by communes with especially difficult conditions)',
    term: 'Người trong độ tuổi 15–35 biết chữ mức độ 2',
  },
  {
    code: 'PRESCHOOL5_ATTEND',
    description: 'Five-year-old children attending pre-school',
    term: 'Trẻ em 5 tuổi đến lớp',
  },
  {
    code: 'PRESCHOOL5_COMPLETE',
    description: 'Five-year-old children completing the pre-school programme',
    term: 'Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non',
  },
  {
    code: 'PRIMARY_ENTRY_6',
    description: 'Six-year-old children entering grade 1',
    term: 'Trẻ em 6 tuổi vào học lớp 1',
  },
  {
    code: 'PRIMARY_COMPLETE_14',
    description: 'Children aged 14 who have completed primary education',
    term: 'Trẻ em 14 tuổi hoàn thành chương trình giáo dục tiểu học',
  },
  {
    code: 'PRIMARY_COMPLETE_11',
    description: 'Children aged 11 who have completed primary education',
    term: 'Trẻ em 11 tuổi hoàn thành chương trình giáo dục tiểu học',
  },
  {
    code: 'LOWERSEC_GRAD_15_18',
    description: 'Young people aged 15–18 who have graduated from lower secondary school',
    term: 'Thanh thiếu niên 15–18 tuổi tốt nghiệp trung học cơ sở',
  },
  {
    code: 'LOWERSEC_CONTINUE_15_18',
    description: 'Young people aged 15–18 in upper-secondary, continuing or vocational education',
    term: 'Thanh thiếu niên 15–18 tuổi đang học trung học phổ thông, giáo dục thường xuyên hoặc giáo dục nghề nghiệp',
  },
] as const satisfies readonly { code: string; description: string; term: string }[];

export type SurveyCode = (typeof SURVEY_CODES)[number]['code'];

/**
 * One reported figure. `code` is a plain string because it comes from clients; `validateFigures`
 * (standards.rules.ts) checks it is a known `SurveyCode`.
 */
export interface SurveyFigure {
  readonly code: string;
  /** People in the age group who meet the measure. */
  readonly numerator: number;
  /** People in the age group. */
  readonly denominator: number;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(SURVEY_CODES.map((c) => c.code));

export function isSurveyCode(code: string): code is SurveyCode {
  return KNOWN_CODES.has(code);
}
