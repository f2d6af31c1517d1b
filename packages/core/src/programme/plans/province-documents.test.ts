import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { CHI_THI_19_REVIEW, PROVINCE_DOCUMENTS } from './province-documents.data.js';

const t = useTestApi();

/**
 * Issue 16, following sources/000 (a provincial Party Standing Committee's Công văn reviewing five
 * years of its Chỉ thị 19-CT/TU of 24/8/2016) and DOMAIN.md ("province not named in the
 * document"): the document is kept in the core with its province unknown, never guessed.
 */
describe('the fourth province’s document (sources/000)', () => {
  it('names no province and says why, and gives no number or date it does not have', () => {
    expect(CHI_THI_19_REVIEW).toMatchObject({
      provinceCode: null,
      provinceProvenance: { verified: false },
      documentNumber: null,
      issuedOn: null,
      issueProvenance: { verified: false, unknown: expect.stringContaining('Chỉ thị 14/CT-TTg') },
    });
    expect(CHI_THI_19_REVIEW.legalBasis).toContain('Chỉ thị 19-CT/TU ngày 24/8/2016 của Ban Thường vụ Tỉnh ủy');
  });

  it.each([
    ['6', 'Ban cán sự Đảng Ủy ban nhân dân tỉnh', /Kế hoạch chung đến năm 2025.*chuyển đổi số/],
    ['7', 'Hội Khuyến học các cấp', /khen thưởng.*quỹ khuyến học/],
    ['8', 'Ban Tuyên giáo Tỉnh ủy', /Theo dõi/],
    ['5', 'Các cấp ủy, tổ chức đảng, chính quyền và đoàn thể trong tỉnh', /Ban Chỉ đạo XHHT từ tỉnh đến xã/],
  ])('assigns task %s to %s', (code, lead, title) => {
    const found = CHI_THI_19_REVIEW.tasks.find((x) => x.code === code);
    expect(found).toMatchObject({ lead });
    expect(found!.title).toMatch(title);
  });

  it('marks the periodic report to the Standing Committee as of unknown frequency', () => {
    expect(CHI_THI_19_REVIEW.tasks.find((x) => x.code === '8')).toMatchObject({
      reportsTo: 'Ban Thường vụ Tỉnh ủy, định kỳ',
      cycleProvenance: { verified: false, unknown: expect.stringContaining('without a frequency') },
    });
    expect(new Set(PROVINCE_DOCUMENTS.map((d) => d.code)).size).toBe(PROVINCE_DOCUMENTS.length);
  });

  it('is published through provinceDocuments, to anyone, with the unknowns machine-readable', async () => {
    const r = await t.api.execute<{ provinceDocuments: unknown[] }>(
      `{ provinceDocuments { code provinceCode provinceProvenance { verified unknown } issuedOn tasks { code lead cycleProvenance { verified } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.provinceDocuments).toEqual([
      expect.objectContaining({
        code: 'UNIDENTIFIED-CT19-TU-REVIEW',
        provinceCode: null,
        provinceProvenance: { verified: false, unknown: expect.stringContaining('does not name') },
        issuedOn: null,
      }),
    ]);
    const filtered = await t.api.execute<{ provinceDocuments: unknown[] }>(
      `{ provinceDocuments(provinceCode: "35") { code } }`,
    );
    expect(filtered.data?.provinceDocuments).toEqual([]);
  });
});
