import { describe, expect, it } from 'vitest';
import { formatDay, formatRate, reportStanding, sortByLabel, sortReports } from './format.js';

describe('the console’s display helpers', () => {
  it('sorts names in Vietnamese order: Đ after D, tones after the bare letter, numbers by value', () => {
    const names = ['Gia Lai', 'Đồng Tháp', 'Đắk Lắk', 'Cà Mau', 'Điện Biên', 'Phường 10', 'Phường 2', 'An Giang'];
    expect(sortByLabel(names, (n) => n)).toEqual([
      'An Giang',
      'Cà Mau',
      'Đắk Lắk',
      'Điện Biên',
      'Đồng Tháp',
      'Gia Lai',
      'Phường 2',
      'Phường 10',
    ]);
  });

  it.each([
    [0.875, '87,5%'],
    [1, '100%'],
    [0, '0%'],
    [null, '—'],
    [undefined, '—'],
  ])('shows the rate %s as %s', (rate, shown) => {
    expect(formatRate(rate).replace(/\s/g, '')).toBe(shown);
  });

  it.each([
    ['2025-07-01', '01/07/2025'],
    [null, '—'],
    ['', '—'],
  ])('shows the day %s as %s', (day, shown) => expect(formatDay(day)).toBe(shown));

  it.each([
    [{ submittedOn: null, onTime: null }, 'missing'],
    [{ submittedOn: '2026-01-20', onTime: false }, 'late'],
    [{ submittedOn: '2026-01-10', onTime: true }, 'onTime'],
  ] as const)('classes %o as %s', (report, standing) => expect(reportStanding(report)).toBe(standing));

  it('lists missing reports first, then late ones, then those on time, each by name', () => {
    const rows = [
      { unitName: 'Xã Bình', submittedOn: '2026-01-10', onTime: true },
      { unitName: 'Xã Đông', submittedOn: null, onTime: null },
      { unitName: 'Xã An', submittedOn: '2026-01-30', onTime: false },
      { unitName: 'Xã Cư', submittedOn: null, onTime: null },
    ];
    expect(sortReports(rows).map((r) => r.unitName)).toEqual(['Xã Cư', 'Xã Đông', 'Xã An', 'Xã Bình']);
  });
});
