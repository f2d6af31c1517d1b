import { describe, expect, it } from 'vitest';
import { chartData, provinceValues, type Table, valueColumns } from './chart-data.js';

const header = (name: string, type: string, dimension: boolean) =>
  ({ name, label: name, type, dimension }) as Table['headers'][number];

const BY_PROVINCE_AND_YEAR: Table = {
  headers: [
    header('UNIT', 'UNIT', true),
    header('UNIT_NAME', 'TEXT', true),
    header('YEAR', 'INTEGER', true),
    header('LEARNING_FAMILY_SHARE', 'RATIO', false),
    header('LEARNING_FAMILY_SHARE.numerator', 'INTEGER', false),
    header('LEARNING_FAMILY_SHARE.denominator', 'INTEGER', false),
  ],
  rows: [
    ['82', 'Tỉnh Đồng Tháp', 2024, 0.5, 5, 10],
    ['82', 'Tỉnh Đồng Tháp', 2025, 0.6, 6, 10],
    ['86', 'Tỉnh Vĩnh Long', 2024, null, null, null],
    ['86', 'Tỉnh Vĩnh Long', 2025, 0.25, 5, 20],
    [null, 'Total', null, 0.4, 21, 50],
  ],
  rowKinds: ['ROW', 'ROW', 'ROW', 'ROW', 'TOTAL'],
  totalRows: 4,
  suppressedCells: 3,
  complementaryCells: 0,
  roundedTo: null,
  notes: [],
};

describe('chartData', () => {
  it('charts the share only, not its numerator and denominator', () => {
    expect(valueColumns(BY_PROVINCE_AND_YEAR).map((v) => v.name)).toEqual(['LEARNING_FAMILY_SHARE']);
  });

  it('draws a bar per province with a series per year, leaving out totals and keeping blanks blank', () => {
    expect(chartData(BY_PROVINCE_AND_YEAR, 'bar')).toEqual({
      categories: ['Tỉnh Đồng Tháp', 'Tỉnh Vĩnh Long'],
      ratio: true,
      series: [
        { name: '2024', data: [0.5, null] },
        { name: '2025', data: [0.6, 0.25] },
      ],
    });
  });

  it('runs the years along the axis of a line chart, a line per province', () => {
    expect(chartData(BY_PROVINCE_AND_YEAR, 'line')).toEqual({
      categories: ['2024', '2025'],
      ratio: true,
      series: [
        { name: 'Tỉnh Đồng Tháp', data: [0.5, 0.6] },
        { name: 'Tỉnh Vĩnh Long', data: [null, 0.25] },
      ],
    });
  });

  it('makes a series per measure with one dimension', () => {
    const table: Table = {
      ...BY_PROVINCE_AND_YEAR,
      headers: [
        header('RATING', 'TEXT', true),
        header('EVALUATIONS', 'INTEGER', false),
        header('RECOGNISED', 'INTEGER', false),
      ],
      rows: [
        ['DAT', 7, 3],
        ['CHUA_DAT', 2, 0],
      ],
      rowKinds: ['ROW', 'ROW'],
    };
    expect(chartData(table, 'stacked')).toEqual({
      categories: ['DAT', 'CHUA_DAT'],
      ratio: false,
      series: [
        { name: 'EVALUATIONS', data: [7, 2] },
        { name: 'RECOGNISED', data: [3, 0] },
      ],
    });
  });
});

describe('provinceValues', () => {
  it("takes each province's value in the latest year, null where the cell is blank", () => {
    expect([...provinceValues(BY_PROVINCE_AND_YEAR)]).toEqual([
      ['82', 0.6],
      ['86', 0.25],
    ]);
    const older = {
      ...BY_PROVINCE_AND_YEAR,
      rows: BY_PROVINCE_AND_YEAR.rows.slice(0, 3),
      rowKinds: ['ROW', 'ROW', 'ROW'],
    } as Table;
    expect(provinceValues(older).get('86')).toBeUndefined();
  });
});
