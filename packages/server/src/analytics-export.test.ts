import type { AnalyticsTable, Header } from '@hoctap/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from './analytics-export.js';

const header = (name: string, type: Header['type'], dimension = false, label = name): Header => ({
  name,
  label,
  type,
  dimension,
});

/** Two provinces by year, a subtotal per province and a grand total, as the engine returns them. */
const table: AnalyticsTable = {
  headers: [
    header('UNIT', 'UNIT', true, 'Unit code'),
    header('UNIT_NAME', 'TEXT', true, 'Unit'),
    header('YEAR', 'INTEGER', true, 'Year'),
    header('RECOGNISED', 'INTEGER', false, 'Recognised'),
    header('FUND_AMOUNT', 'NUMBER', false, 'Fund amount (VND)'),
    header('SHARE', 'RATIO', false, 'Share recognised'),
    header('MET', 'BOOLEAN', false, 'Standard met'),
  ],
  rows: [
    ['87', 'Tỉnh Đồng Tháp', 2024, 1234567, 1500000.5, 0.75, true],
    ['87', 'Tỉnh Đồng Tháp', null, 1234567, 1500000.5, 0.75, null],
    ['35', 'Tỉnh "Hà Nam", cũ\nmới', 2024, 3, 0, 1 / 3, false],
    [null, 'Tổng cộng', null, 1234570, 1500000.5, 0.7, null],
  ],
  rowKinds: ['ROW', 'SUBTOTAL', 'ROW', 'TOTAL'],
  suppressedCells: 2,
  complementaryCells: 0,
  roundedTo: null,
  totalRows: 3,
  notes: ['Roll-ups onto the current map are approximate for split communes.', 'Mẫu: dữ liệu thử.'],
};

describe('toCsv', () => {
  const csv = toCsv(table);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark so Excel reads Vietnamese names', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes a header row of the headers' stable names, not their labels", () => {
    expect(lines[0]).toBe('UNIT,UNIT_NAME,YEAR,RECOGNISED,FUND_AMOUNT,SHARE,MET');
  });

  it('writes numbers with a dot and full precision, booleans as true/false and null as empty', () => {
    expect(lines[1]).toBe('87,Tỉnh Đồng Tháp,2024,1234567,1500000.5,0.75,true');
    expect(lines[2]).toBe('87,Tỉnh Đồng Tháp,,1234567,1500000.5,0.75,');
    expect(lines[4]).toBe(',Tổng cộng,,1234570,1500000.5,0.7,');
  });

  it('quotes a Vietnamese name holding a comma, quotes and a newline, doubling the quotes', () => {
    expect(csv).toContain('35,"Tỉnh ""Hà Nam"", cũ\nmới",2024,3,0,0.3333333333333333,false\r\n');
  });

  it('writes one record per row (subtotal and total rows included) and nothing else', () => {
    // 1 header + 4 rows; the multi-line name adds one physical line; the file ends with CRLF.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 4 + 1);
    expect(csv).not.toContain('Roll-ups');
    expect(csv).not.toContain('Mẫu');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const hostile: AnalyticsTable = {
      ...table,
      headers: [header('UNIT_NAME', 'TEXT'), header('DELTA', 'NUMBER')],
      rows: [
        ['=HYPERLINK("http://x","y")', -5],
        ['@SUM(A1)', -0.5],
      ],
      rowKinds: ['ROW', 'ROW'],
    };
    expect(toCsv(hostile).slice(1).split('\r\n')).toEqual([
      'UNIT_NAME,DELTA',
      '"\'=HYPERLINK(""http://x"",""y"")",-5',
      "'@SUM(A1),-0.5",
      '',
    ]);
  });

  it('writes only the header row for an empty table', () => {
    expect(toCsv({ ...table, rows: [], rowKinds: [], totalRows: 0 })).toBe(
      '\uFEFFUNIT,UNIT_NAME,YEAR,RECOGNISED,FUND_AMOUNT,SHARE,MET\r\n',
    );
  });
});

describe('toXlsx', () => {
  const query = { measures: ['RECOGNISED'], dimensions: [{ dimension: 'UNIT' }, { dimension: 'YEAR' }] };

  async function readBack(source: AnalyticsTable = table) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(source, { query, computedOn: '2025-03-01' })) as never);
    return workbook;
  }

  it('writes a zip (an Office Open XML package)', async () => {
    const buffer = await toXlsx(table);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('has an "Analytics" sheet with a bold, frozen header row of labels, each noting its stable name', async () => {
    const sheet = (await readBack()).getWorksheet('Analytics')!;
    const headerRow = sheet.getRow(1);
    expect(headerRow.values).toEqual([
      undefined,
      'Unit code',
      'Unit',
      'Year',
      'Recognised',
      'Fund amount (VND)',
      'Share recognised',
      'Standard met',
    ]);
    expect(headerRow.getCell(1).font?.bold).toBe(true);
    expect(headerRow.getCell(1).note).toBe('UNIT (UNIT)');
    expect(headerRow.getCell(6).note).toBe('SHARE (RATIO)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('keeps numbers as numbers, codes and names as text, booleans as booleans, null as empty', async () => {
    const sheet = (await readBack()).getWorksheet('Analytics')!;
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('87');
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(2).value).toBe('Tỉnh Đồng Tháp');
    expect(first.getCell(3).value).toBe(2024);
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(4).value).toBe(1234567);
    expect(first.getCell(5).value).toBe(1500000.5);
    expect(first.getCell(7).value).toBe(true);
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(4).getCell(2).value).toBe('Tỉnh "Hà Nam", cũ\nmới');
    expect(sheet.getRow(4).getCell(7).value).toBe(false);
  });

  it('formats ratios as percentages and integer values with thousands separators, but not years', async () => {
    const sheet = (await readBack()).getWorksheet('Analytics')!;
    const row = sheet.getRow(4);
    expect(row.getCell(6).value).toBeCloseTo(1 / 3);
    expect(row.getCell(6).numFmt).toBe('0.0%');
    expect(row.getCell(4).numFmt).toBe('#,##0');
    expect(row.getCell(5).numFmt).toBeUndefined(); // NUMBER: General
    expect(row.getCell(3).numFmt).toBeUndefined(); // YEAR, an INTEGER dimension: 2024, not 2,024
  });

  it('makes subtotal and total rows bold and data rows plain', async () => {
    const sheet = (await readBack()).getWorksheet('Analytics')!;
    const bold = [2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(2).font?.bold === true);
    expect(bold).toEqual([false, true, false, true]);
    expect(sheet.rowCount).toBe(5);
  });

  it('has a "Notes" sheet with the notes, the counts, the columns and the query', async () => {
    const sheet = (await readBack()).getWorksheet('Notes')!;
    const text: unknown[][] = [];
    sheet.eachRow((row) => text.push((row.values as unknown[]).slice(1)));
    expect(text).toEqual([
      ['Notes'],
      ['Roll-ups onto the current map are approximate for split communes.'],
      ['Mẫu: dữ liệu thử.'],
      ['Counts'],
      ['Suppressed cells', 2],
      ['Of which blanked to protect others', 0],
      ['Total rows (before limit)', 3],
      ['Rows in this file', 4],
      ['Computed on', '2025-03-01'],
      ['Columns'],
      ['Label', 'Name', 'Type'],
      ['Unit code', 'UNIT', 'UNIT'],
      ['Unit', 'UNIT_NAME', 'TEXT'],
      ['Year', 'YEAR', 'INTEGER'],
      ['Recognised', 'RECOGNISED', 'INTEGER'],
      ['Fund amount (VND)', 'FUND_AMOUNT', 'NUMBER'],
      ['Share recognised', 'SHARE', 'RATIO'],
      ['Standard met', 'MET', 'BOOLEAN'],
      ['Query'],
      [JSON.stringify(query)],
    ]);
  });

  it('writes an empty table as its header row alone, with "(none)" for missing notes', async () => {
    const workbook = await readBack({
      ...table,
      rows: [],
      rowKinds: [],
      notes: [],
      suppressedCells: 0,
      complementaryCells: 0,
      roundedTo: null,
      totalRows: 0,
    });
    expect(workbook.getWorksheet('Analytics')!.rowCount).toBe(1);
    expect(workbook.getWorksheet('Notes')!.getRow(2).getCell(1).value).toBe('(none)');
  });
});
