/**
 * `GET /data-sets/<code>/template.xlsx?unitCode=&period=` and `POST /data-sets/<code>/import?period=`:
 * bulk entry of a data set in a spreadsheet. The filled file comes as the raw body (content-type
 * XLSX, for scripts) or as multipart/form-data with one file field (an HTML form's upload). The core decides who may do what (on the caller's
 * own principal); here the workbook is written and read.
 */
import {
  badInput,
  CODE_COLUMN,
  dataSetTemplate,
  FIRST_DATA_ROW,
  FIRST_VALUE_COLUMN,
  importDataSet,
  KEY_ROW,
  NAME_COLUMN,
  validationOf,
  VERSION_COLUMN,
  type CellProblem,
  type DataSetTemplate,
  type RequestContext,
  type SheetGrid,
} from '@hoctap/core';
import multipart from '@fastify/multipart';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { XLSX_CONTENT_TYPE } from './analytics-export.js';
import { sendFailure } from './analytics-routes.js';

/** Largest workbook accepted (3,321 communes × a few dozen values is ~1 MB). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const SHEET = 'DuLieu';

export interface DataSetRoutesOptions {
  context: (request: FastifyRequest) => Promise<RequestContext>;
}

const param = (request: FastifyRequest, name: string): string => {
  const raw = (request.query as Record<string, unknown> | undefined)?.[name];
  if (raw === undefined || raw === '') return '';
  if (typeof raw !== 'string') throw badInput([{ field: name, rule: 'SINGLE', message: `give ${name} once` }]);
  return raw;
};

/** Registers both routes and the raw XLSX body parser they read. */
export function registerDataSetRoutes(app: FastifyInstance, options: DataSetRoutesOptions): void {
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_r, body, done) =>
    done(null, body),
  );
  app.get<{ Params: { code: string } }>(
    '/data-sets/:code/template.xlsx',
    { exposeHeadRoute: false },
    async (request, reply) => {
      void reply.header('cache-control', 'private, no-store');
      try {
        // Who is asking comes first: anonymous is a 401 whatever the data set.
        const ctx = await options.context(request);
        const template = await dataSetTemplate(
          ctx,
          request.params.code,
          param(request, 'unitCode'),
          param(request, 'period'),
        );
        const body = await templateWorkbook(template);
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${template.set.code}-${template.period}.xlsx"`)
          .header('x-content-type-options', 'nosniff')
          .send(body);
      } catch (error) {
        return sendFailure(request, reply, error);
      }
    },
  );
  // Multipart is parsed for the import only: nothing else in the API takes uploads.
  void app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: MAX_IMPORT_BYTES, fields: 10, fieldSize: 1024, parts: 12 },
    });
    scope.post<{ Params: { code: string } }>(
      '/data-sets/:code/import',
      { bodyLimit: MAX_IMPORT_BYTES },
      async (request, reply) => {
        void reply.header('cache-control', 'private, no-store');
        try {
          const ctx = await options.context(request);
          const workbook = new ExcelJS.Workbook();
          const result = await importDataSet(ctx, request.params.code, param(request, 'period'), async () => {
            const body = await uploadOf(request);
            try {
              await workbook.xlsx.load(body as unknown as ArrayBuffer);
            } catch {
              throw badInput([
                { field: 'body', rule: 'XLSX', message: 'Tệp không đọc được / the body is no XLSX workbook' },
              ]);
            }
            if (!workbook.worksheets[0])
              throw badInput([{ field: 'body', rule: 'XLSX', message: 'the workbook has no sheet' }]);
            return gridOf(workbook.worksheets[0]);
          });
          const sheet = workbook.worksheets[0]!;
          const status = result.saved ? 200 : 422;
          if (!result.saved && (request.headers.accept ?? '').includes(XLSX_CONTENT_TYPE)) {
            markProblems(sheet, result.errors);
            const body = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
            return reply
              .code(status)
              .header('content-type', XLSX_CONTENT_TYPE)
              .header(
                'content-disposition',
                `attachment; filename="${result.dataSetCode}-${result.period}-errors.xlsx"`,
              )
              .header('x-import-errors', String(result.errors.length))
              .send(body);
          }
          return reply
            .code(status)
            .send({ ...result, errors: result.errors.map(withCell), warnings: result.warnings.map(withCell) });
        } catch (error) {
          return sendFailure(request, reply, error);
        }
      },
    );
  });
}

/**
 * The uploaded workbook: the raw body, or the one file of a multipart form (read only now, once
 * the caller may write: an anonymous upload is never read).
 */
async function uploadOf(request: FastifyRequest): Promise<Buffer> {
  if (Buffer.isBuffer(request.body)) return request.body;
  const how = `send the filled template as the body (content-type ${XLSX_CONTENT_TYPE}) or as the one file of a multipart/form-data upload`;
  if (!request.isMultipart()) throw badInput([{ field: 'body', rule: 'XLSX', message: how }]);
  let file;
  try {
    file = await request.file();
  } catch {
    throw badInput([{ field: 'file', rule: 'MULTIPART', message: `the form could not be read: ${how}` }]);
  }
  if (!file) throw badInput([{ field: 'file', rule: 'REQUIRED', message: `the form has no file: ${how}` }]);
  try {
    return await file.toBuffer();
  } catch {
    throw badInput([
      {
        field: 'file',
        rule: 'MAX_SIZE',
        message: `Tệp quá lớn / the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      },
    ]);
  }
}

/** A problem with its cell's A1 address (e.g. "E5"), for people. */
const withCell = (p: CellProblem) => ({
  ...p,
  cell: p.row !== null && p.column !== null ? `${columnName(p.column + 1)}${p.row}` : null,
});

function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** One sheet: headers on rows 1–3 (element, part, key) locked, units down, values unlocked and validated. */
export async function templateWorkbook(template: DataSetTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hoc Tap';
  const sheet = workbook.addWorksheet(SHEET, {
    views: [{ state: 'frozen', xSplit: FIRST_VALUE_COLUMN, ySplit: KEY_ROW }],
  });
  const { columns } = template;
  const fixed = ['Mã đơn vị / Unit code', 'Tên đơn vị / Unit name', 'Phiên bản / Version'];
  sheet.getRow(1).values = [...fixed, ...columns.map((c) => c.elementLabel)];
  sheet.getRow(2).values = [
    `${template.set.name} / ${template.set.nameEn}${template.set.sample ? ' (mẫu / sample)' : ''}`,
    `Kỳ / Period ${template.period}`,
    '',
    ...columns.map((c) => c.partLabel),
  ];
  sheet.getRow(KEY_ROW).values = ['UNIT_CODE', 'UNIT_NAME', 'VERSION', ...columns.map((c) => c.key)];
  for (let r = 1; r <= KEY_ROW; r++) sheet.getRow(r).font = { bold: r < KEY_ROW, italic: r === KEY_ROW };
  sheet.getColumn(NAME_COLUMN + 1).width = 28;
  sheet.getColumn(VERSION_COLUMN + 1).hidden = true;
  columns.forEach((_c, i) => (sheet.getColumn(FIRST_VALUE_COLUMN + i + 1).width = 16));
  const validations = columns.map((c) => validationOf(c.valueType) as ExcelJS.DataValidation);
  template.rows.forEach((unit, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.getCell(CODE_COLUMN + 1).value = unit.unitCode;
    row.getCell(NAME_COLUMN + 1).value = unit.unitName;
    row.getCell(VERSION_COLUMN + 1).value = unit.version;
    columns.forEach((c, k) => {
      const cell = row.getCell(FIRST_VALUE_COLUMN + k + 1);
      const value = unit.values.get(c.key);
      cell.value = value === undefined ? null : typedValue(c.valueType, value);
      cell.dataValidation = validations[k]!;
      cell.protection = { locked: unit.state !== null && unit.state !== 'DRAFT' };
    });
  });
  // Protection keeps the headers and the unit columns as written; no password: a guard, not a secret.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

const typedValue = (type: string, value: string): string | number | boolean =>
  type === 'TEXT' ? value : type === 'BOOLEAN' ? value === 'true' : Number(value);

/** The sheet's key row and data rows as plain cell values (0-based columns). */
function gridOf(sheet: ExcelJS.Worksheet): SheetGrid {
  const cellsOf = (row: ExcelJS.Row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = cell.value));
    return cells;
  };
  const rows: SheetGrid['rows'][number][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number >= FIRST_DATA_ROW) rows.push({ row: number, cells: cellsOf(row) });
  });
  return { keys: cellsOf(sheet.getRow(KEY_ROW)), rows };
}

/** Each failing cell filled red with a note naming the rule and the message. */
function markProblems(sheet: ExcelJS.Worksheet, problems: readonly CellProblem[]): void {
  const notes = new Map<string, string[]>();
  for (const p of problems) {
    const address = `${columnName((p.column ?? CODE_COLUMN) + 1)}${p.row ?? KEY_ROW}`;
    notes.set(address, [...(notes.get(address) ?? []), `${p.rule}: ${p.message}`]);
  }
  for (const [address, lines] of notes) {
    const cell = sheet.getCell(address);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF9999' } };
    cell.note = lines.join('\n');
  }
}
