import { type Principal } from '@hoctap/core';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scopedAs } from '../../core/src/evaluations/evaluation.test-helpers.js';
import { addDongThapSlice } from '../../core/src/geography/geography.test-helpers.js';
import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { XLSX_CONTENT_TYPE } from './analytics-export.js';

/** The bulk entry routes over the app: template download, filled upload, all or nothing. */
describe('data set template and import routes', () => {
  const t = useTestApi();
  let lapVo: Principal;

  const headersAs = async (as?: Principal): Promise<Record<string, string>> => {
    if (as?.kind !== 'user') return {};
    const unit = 'unitId' in as ? { unit: { id: as.unitId, code: as.unitCode } } : {};
    return { authorization: `Bearer ${await t.api.tokens.sign({ subject: as.subject, role: as.role, ...unit })}` };
  };
  const template = async (as?: Principal, query = 'unitCode=875&period=2024') =>
    t.api.app.inject({
      method: 'GET',
      url: `/data-sets/CLC_YEAR/template.xlsx?${query}`,
      headers: await headersAs(as),
    });
  const upload = async (body: Buffer, as?: Principal, accept = 'application/json') =>
    t.api.app.inject({
      method: 'POST',
      url: '/data-sets/CLC_YEAR/import?period=2024',
      headers: { ...(await headersAs(as)), 'content-type': XLSX_CONTENT_TYPE, accept },
      payload: body,
    });
  const read = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook;
  };
  const columnOf = (sheet: ExcelJS.Worksheet, key: string) => {
    let found = 0;
    sheet.getRow(3).eachCell((cell, column) => void (cell.value === key && (found = column)));
    return found;
  };
  const rowOf = (sheet: ExcelJS.Worksheet, unitCode: string) => {
    let found = 0;
    sheet.eachRow((row, n) => void (row.getCell(1).value === unitCode && (found = n)));
    return found;
  };
  const stored = async (unitCode: string) =>
    t.db.orm.em
      .fork()
      .execute<{ values: { element: string; category: string | null; value: string }[] }[]>(
        `select r."values" from data_set_report r join admin_unit u on u.id = r.unit_id where u.code = ? and r.data_set_code = 'CLC_YEAR' and r.period = '2024'`,
        [unitCode],
      );

  beforeAll(async () => {
    const slice = await addDongThapSlice(t.db.orm.em.fork());
    lapVo = scopedAs(slice.lapVo);
  });

  it('answers 401 with the JSON error shape for an anonymous caller, before any lookup', async () => {
    const response = await template(undefined, 'unitCode=nothing&period=bad');
    expect(response.statusCode).toBe(401);
    expect(response.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const posted = await upload(Buffer.from('not a workbook'));
    expect(posted.statusCode).toBe(401);
    expect(posted.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists the expected communes down, elements and parts across, with a locked header and validated cells', async () => {
    const response = await template(lapVo);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const sheet = (await read(response.rawPayload)).worksheets[0]!;
    expect(sheet.getRow(3).values).toEqual(
      expect.arrayContaining([
        'UNIT_CODE',
        'CLC_PARTICIPANTS',
        'CLC_PARTICIPANTS.FEMALE',
        'CLC_COURSES',
        'CLC_FUNDING',
      ]),
    );
    expect(String(sheet.getCell(1, columnOf(sheet, 'CLC_COURSES')).value)).toMatch(/^Số lớp/);
    expect(rowOf(sheet, '30175')).toBeGreaterThanOrEqual(4);
    const cell = sheet.getCell(rowOf(sheet, '30175'), columnOf(sheet, 'CLC_COURSES'));
    expect(cell.dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
    expect(cell.protection?.locked).toBe(false);
    expect(sheet.getCell(1, 1).protection?.locked).not.toBe(false);
  });

  it('round trip: a filled template is saved; a wrong cell saves nothing and names the cell', async () => {
    const downloaded = await read((await template(lapVo)).rawPayload);
    const sheet = downloaded.worksheets[0]!;
    const row = rowOf(sheet, '30175');
    sheet.getCell(row, columnOf(sheet, 'CLC_COURSES')).value = 3;
    sheet.getCell(row, columnOf(sheet, 'CLC_FUNDING')).value = 25000000;
    const good = Buffer.from((await downloaded.xlsx.writeBuffer()) as unknown as ArrayBuffer);

    const wrongCol = columnOf(sheet, 'CLC_PARTICIPANTS.FEMALE');
    sheet.getCell(row, wrongCol).value = 'many';
    const bad = Buffer.from((await downloaded.xlsx.writeBuffer()) as unknown as ArrayBuffer);

    const refused = await upload(bad, lapVo);
    expect(refused.statusCode).toBe(422);
    const report = refused.json();
    expect(report.saved).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ row, rule: 'VALUE_TYPE', cell: expect.stringMatching(new RegExp(`${row}$`)) }),
    ]);
    expect(report.errors[0].column).toBe(wrongCol - 1);
    expect(await stored('30175')).toEqual([]);

    const marked = await upload(bad, lapVo, XLSX_CONTENT_TYPE);
    expect(marked.statusCode).toBe(422);
    const markedCell = (await read(marked.rawPayload)).worksheets[0]!.getCell(row, wrongCol);
    expect(JSON.stringify(markedCell.note)).toContain('VALUE_TYPE');
    expect(markedCell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFF9999' } });

    const saved = await upload(good, lapVo);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, changed: 1, errors: [] });
    expect((await stored('30175'))[0]?.values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ element: 'CLC_COURSES', value: '3' }),
        expect.objectContaining({ element: 'CLC_FUNDING', value: '25000000' }),
      ]),
    );

    // Uploading the same file again changes nothing; a change made on the old template (its
    // version is stale now) is refused for that row.
    const again = await upload(good, lapVo);
    expect(again.json()).toMatchObject({ saved: true, changed: 0 });
    sheet.getCell(row, wrongCol).value = 5;
    const stale = Buffer.from((await downloaded.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const conflicted = await upload(stale, lapVo);
    expect(conflicted.json()).toMatchObject({
      saved: false,
      errors: [expect.objectContaining({ row, rule: 'CONFLICT' })],
    });
  });

  /** A browser form's upload: multipart/form-data with the workbook as one file field. */
  const form = async (files: { name: string; body: Buffer }[], as?: Principal, period = '2023') => {
    const boundary = 'hoctap-test-boundary';
    const parts = files.map((f) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="${f.name}"; filename="clc.xlsx"\r\ncontent-type: ${XLSX_CONTENT_TYPE}\r\n\r\n`,
        ),
        f.body,
        Buffer.from('\r\n'),
      ]),
    );
    return t.api.app.inject({
      method: 'POST',
      url: `/data-sets/CLC_YEAR/import?period=${period}`,
      headers: { ...(await headersAs(as)), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    });
  };

  it('takes the filled template as a multipart upload too: a wrong cell saves nothing, the fixed file is saved', async () => {
    const downloaded = await read((await template(lapVo, 'unitCode=875&period=2023')).rawPayload);
    const sheet = downloaded.worksheets[0]!;
    const row = rowOf(sheet, '30175');
    sheet.getCell(row, columnOf(sheet, 'CLC_COURSES')).value = 'seven';
    const bad = Buffer.from((await downloaded.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const refused = await form([{ name: 'file', body: bad }], lapVo);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ row, rule: 'VALUE_TYPE' })]);

    sheet.getCell(row, columnOf(sheet, 'CLC_COURSES')).value = 7;
    const good = Buffer.from((await downloaded.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    expect((await form([{ name: 'file', body: good }])).statusCode).toBe(401);
    const saved = await form([{ name: 'file', body: good }], lapVo);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, changed: 1, errors: [] });
  });

  it('refuses a form without a file, naming the field', async () => {
    const boundary = 'b';
    const empty = await t.api.app.inject({
      method: 'POST',
      url: '/data-sets/CLC_YEAR/import?period=2023',
      headers: { ...(await headersAs(lapVo)), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\ncontent-disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].extensions.problems).toEqual([
      expect.objectContaining({ field: 'file', rule: 'REQUIRED' }),
    ]);
  });
});
