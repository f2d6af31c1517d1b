/**
 * The analytics table as files: CSV for machines (and Excel), XLSX for people. Pure formatting:
 * the table is already computed and authorised by the engine; nothing here reads the database.
 */
import type { AnalyticsTable, Cell, Header, RowKind } from '@hoctap/core';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** Excel reads a CSV without a byte order mark in the system code page and garbles "Đồng Tháp". */
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV: a UTF-8 BOM, a header row of the headers' stable `name`s, then one record per
 * row. Booleans are `true`/`false`, null is empty, numbers keep full precision with a dot.
 * Notes and counts are not in the body (the route sends them as response headers), so every
 * record has the same columns.
 */
export function toCsv(table: AnalyticsTable): string {
  const records: Cell[][] = [table.headers.map((h) => h.name), ...table.rows.map((row) => [...row])];
  return (
    BOM +
    stringify(records, {
      record_delimiter: 'windows',
      cast: { boolean: (value) => (value ? 'true' : 'false') },
      // A text cell starting with = + - @ would run as a formula when the file is opened in a
      // spreadsheet (OWASP "CSV injection"): such cells get a leading apostrophe. Numbers are untouched.
      escape_formulas: true,
    })
  );
}

export interface XlsxOptions {
  /** The query as the caller sent it, recorded on the Notes sheet so the file says what it answers. */
  query?: unknown;
  /** The day the table was computed (ISO, Vietnam), recorded on the Notes sheet. */
  computedOn?: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Excel number formats by header type, for value columns. NUMBER keeps Excel's General format: a
 * fixed pattern would either round an average or print "1,234." for a whole amount. Dimension
 * columns keep it too, so a year reads 2024, not 2,024.
 */
const NUMBER_FORMATS: Partial<Record<Header['type'], string>> = {
  INTEGER: '#,##0',
  RATIO: '0.0%',
};

const numberFormatOf = (header: Header): string | undefined =>
  header.dimension ? undefined : NUMBER_FORMATS[header.type];

const EMPHASISED: ReadonlySet<RowKind> = new Set(['SUBTOTAL', 'TOTAL']);

/**
 * Two sheets. "Analytics": a bold, frozen header row of the headers' `label`s, each header cell
 * carrying a cell note with the column's stable `name` and type; numbers as numbers, ratios as
 * percentages, subtotal and total rows bold. "Notes": the notes, the suppressed-cell count, the
 * row count, the columns (label, name, type) and the query.
 */
export async function toXlsx(table: AnalyticsTable, options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hoc Tap';
  addTableSheet(workbook, table);
  addNotesSheet(workbook, table, options);
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as unknown as ArrayBuffer);
}

function addTableSheet(workbook: ExcelJS.Workbook, table: AnalyticsTable): void {
  const sheet = workbook.addWorksheet('Analytics', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => {
    const numFmt = numberFormatOf(header);
    return {
      key: header.name,
      width: columnWidth(header, table.rows, index),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const headerRow = sheet.getRow(1);
  table.headers.forEach((header, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = header.label;
    cell.note = `${header.name} (${header.type})`;
  });
  headerRow.font = { bold: true };
  table.rows.forEach((row, index) => {
    const added = sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    if (EMPHASISED.has(table.rowKinds[index] ?? 'ROW')) added.font = { bold: true };
  });
  if (table.headers.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  }
}

function columnWidth(header: Header, rows: AnalyticsTable['rows'], index: number): number {
  let widest = header.label.length;
  // The first rows are enough to size a column; a huge table need not be scanned twice.
  for (const row of rows.slice(0, 500)) {
    const cell = row[index];
    if (cell !== null && cell !== undefined) widest = Math.max(widest, String(cell).length);
  }
  return Math.min(Math.max(widest + 2, 8), 60);
}

function addNotesSheet(workbook: ExcelJS.Workbook, table: AnalyticsTable, options: XlsxOptions): void {
  const sheet = workbook.addWorksheet('Notes');
  sheet.columns = [{ width: 28 }, { width: 40 }, { width: 40 }];
  const heading = (text: string) => {
    sheet.addRow([]);
    sheet.addRow([text]).font = { bold: true };
  };
  sheet.addRow(['Notes']).font = { bold: true };
  if (table.notes.length === 0) sheet.addRow(['(none)']);
  for (const note of table.notes) sheet.addRow([note]);
  heading('Counts');
  sheet.addRow(['Suppressed cells', table.suppressedCells]);
  sheet.addRow(['Of which blanked to protect others', table.complementaryCells]);
  sheet.addRow(['Total rows (before limit)', table.totalRows]);
  sheet.addRow(['Rows in this file', table.rows.length]);
  if (options.computedOn) sheet.addRow(['Computed on', options.computedOn]);
  heading('Columns');
  sheet.addRow(['Label', 'Name', 'Type']).font = { italic: true };
  for (const header of table.headers) sheet.addRow([header.label, header.name, header.type]);
  heading('Query');
  sheet.addRow([options.query === undefined ? '' : JSON.stringify(options.query)]);
}
