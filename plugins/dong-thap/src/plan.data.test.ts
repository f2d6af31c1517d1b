import type { PluginProvince } from '@hoctap/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin from './index.js';
import { PLAN_2021_2030, SECTIONS } from './plan.data.js';

const tasks = PLAN_2021_2030.tasks;
const task = (code: string) => tasks.find((t) => t.code === code);

describe('the 2021–2030 plan (source 002)', () => {
  it('has the nine task groups of part II as sections, in order, each with tasks', () => {
    const sections = [...new Set(tasks.map((t) => t.section))];
    expect(sections).toEqual(Object.values(SECTIONS));
    expect(sections).toHaveLength(9);
  });

  it('gives every task a unique code, a title, a lead and a yearly report', () => {
    expect(new Set(tasks.map((t) => t.code)).size).toBe(tasks.length);
    for (const t of tasks) {
      expect(t.title.trim()).not.toBe('');
      expect(t.lead.trim()).not.toBe('');
      expect(t.reportingCycle).toBe('YEARLY');
      expect(t.code.startsWith(`II.${t.section.slice(3, 4)}`)).toBe(true);
    }
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

  it('is issued by province 87 on a day the plugin served it, and says its number and date are unverified', () => {
    const claims: readonly PluginProvince[] = plugin.provinces;
    const claim = claims.find((p) => p.code === PLAN_2021_2030.issuerCode);
    expect(claim?.until).toBe('2025-06-30');
    expect(PLAN_2021_2030.issuedOn <= claim!.until!).toBe(true);
    expect(PLAN_2021_2030.documentNumber).toContain('chưa xác minh');
    expect([PLAN_2021_2030.periodFrom, PLAN_2021_2030.periodTo]).toEqual(['2021-01-01', '2030-12-31']);
  });
});
