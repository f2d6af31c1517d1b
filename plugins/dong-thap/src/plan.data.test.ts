import type { PluginProvince } from '@hoctap/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin from './index.js';
import { PLAN_2021_2030, SECTIONS } from './plan.data.js';

const tasks = PLAN_2021_2030.tasks;
const task = (code: string) => tasks.find((t) => t.code === code);

describe('the 2021–2030 plan (source 002)', () => {
  it('has the nine task groups of part II and part III as sections, in order, each with tasks', () => {
    const sections = [...new Set(tasks.map((t) => t.section))];
    expect(sections).toEqual(Object.values(SECTIONS));
    expect(sections).toHaveLength(10);
    expect(sections.at(-1)).toBe('III. Tổ chức thực hiện');
  });

  it('gives every task a unique code, a title, a lead and a yearly report in its section', () => {
    expect(new Set(tasks.map((t) => t.code)).size).toBe(tasks.length);
    for (const t of tasks) {
      expect(t.title.trim()).not.toBe('');
      expect(t.lead.trim()).not.toBe('');
      expect(t.reportingCycle).toBe('YEARLY');
      expect(
        t.code.startsWith(t.section.split('.')[0]!.startsWith('III') ? 'III.' : `II.${t.section.slice(3, 4)}`),
      ).toBe(true);
    }
  });

  // Issue 16 (sources/002, III): part III was left out; III.2 is the Department of Education's
  // monitoring and periodic reports to the Ministry and the provincial People's Committee.
  it.each([
    ['III.1', 'Thủ trưởng các sở, ban, ngành Tỉnh; Chủ tịch UBND cấp huyện', []],
    ['III.2', 'Sở Giáo dục và Đào tạo', ['Các sở, ban, ngành Tỉnh', 'UBND cấp huyện']],
    ['III.3', 'Sở Tài chính', []],
    ['III.4', 'Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh và các tổ chức thành viên', []],
  ])('has part III task %s led by %s', (code, lead, coordinators) => {
    expect(task(code)).toMatchObject({ lead, section: 'III. Tổ chức thực hiện' });
    expect(task(code)?.coordinators ?? []).toEqual(coordinators);
  });

  // Issue 16 (sources/002, III.1–III.2): the plan states no frequency but III.1's yearly review.
  it('marks every cycle the plan does not state as assumed, and III.1’s yearly review as stated', () => {
    expect(task('III.1')?.cycleProvenance).toMatchObject({ verified: true });
    for (const t of tasks.filter((x) => x.code !== 'III.1'))
      expect(t.cycleProvenance).toMatchObject({ verified: false, unknown: expect.stringContaining('định kỳ') });
    expect(task('III.2')?.title).toContain('định kỳ báo cáo Bộ GD&ĐT và UBND Tỉnh');
  });

  it.each([
    ['II.1.1', 'Sở Giáo dục và Đào tạo', ['Sở Nội vụ', 'Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.1.2', 'UBND cấp huyện', []],
    ['II.2.b.1', 'Thành phố Sa Đéc', []],
    ['II.2.b.2', 'Thành phố Cao Lãnh', ['Sở Giáo dục và Đào tạo', 'Hội Khuyến học Tỉnh']],
    ['II.2.b.3', 'Thành phố Hồng Ngự', ['Sở Giáo dục và Đào tạo', 'Hội Khuyến học Tỉnh']],
    ['II.2.c', 'Hội Khuyến học Tỉnh', ['Các sở, ban, ngành Tỉnh có liên quan', 'UBND cấp huyện']],
    ['II.3.a', 'Sở Giáo dục và Đào tạo', ['Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.3.b', 'Sở Văn hóa, Thể thao và Du lịch', ['Các sở, ban, ngành Tỉnh có liên quan', 'UBND cấp huyện']],
    ['II.3.c', 'Sở Nội vụ', ['Các sở, ban, ngành Tỉnh', 'Các địa phương']],
    ['II.4.a', 'Sở Giáo dục và Đào tạo', []],
    ['II.4.b', 'Sở Tài chính', ['Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.4.c', 'Sở Nội vụ', ['Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.5', 'Sở Lao động - Thương binh và Xã hội', ['Các sở, ban, ngành Tỉnh có liên quan', 'Các địa phương']],
    ['II.6', 'Sở Tài chính', ['Các sở, ban, ngành Tỉnh', 'UBND cấp huyện']],
    ['II.7.a', 'Sở Thông tin và Truyền thông', []],
    ['II.7.c', 'Sở Nội vụ', ['Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.8.c', 'Liên đoàn Lao động Tỉnh', []],
    ['II.9.a.1', 'Sở Giáo dục và Đào tạo', ['Sở Ngoại vụ', 'Các sở, ban, ngành Tỉnh có liên quan']],
    ['II.9.b', 'UBND cấp huyện', []],
  ])('assigns %s to %s with its coordinators, as the plan does', (code, lead, coordinators) => {
    expect(task(code)).toMatchObject({ lead });
    expect(task(code)?.coordinators ?? []).toEqual(coordinators);
  });

  // Issue 16 (sources/002 carries no number or date; Chỉ thị 14/CT-TTg is of 25/5/2021): the date is a lower bound.
  it('is issued by province 87 on a day the plugin served it, and says its number and date are unverified', () => {
    expect(PLAN_2021_2030.issueProvenance).toMatchObject({
      verified: false,
      unknown: expect.stringContaining('lower bound'),
    });
    const claims: readonly PluginProvince[] = plugin.provinces;
    const claim = claims.find((p) => p.code === PLAN_2021_2030.issuerCode);
    expect(claim?.until).toBe('2025-06-30');
    expect(PLAN_2021_2030.issuedOn <= claim!.until!).toBe(true);
    expect(PLAN_2021_2030.documentNumber).toContain('chưa xác minh');
    expect([PLAN_2021_2030.periodFrom, PLAN_2021_2030.periodTo]).toEqual(['2021-01-01', '2030-12-31']);
  });
});
