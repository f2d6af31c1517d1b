import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { NATIONAL_CRITERIA_SETS } from '../criteria/national-sets.data.js';
import { Subject } from '../subjects/subject.entity.js';
import { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { importEvaluationsCsv, type EvaluationImportOptions } from './evaluation-import.service.js';
import { Evaluation } from './evaluation.entity.js';
import { addEvaluationFixture } from './evaluation.test-helpers.js';

let db: TestDatabase;
const family = NATIONAL_CRITERIA_SETS.find((s) => s.code === 'KHVN-448-FAMILY')!;
const familyIndicators = family.criteria.flatMap((c) => c.indicators);
const options: EvaluationImportOptions = { actor: 'system', today: '2026-11-28', source: 'test.csv' };

/** A CSV with the family set's indicators as columns; `value(i)` scores indicator i of a row. */
function csv(rows: string[][], extraColumns: string[] = []): Readable {
  const header = [
    'model',
    'year',
    'unit_code',
    'subject_code',
    'subject_name',
    ...familyIndicators.map((i) => i.code),
    ...extraColumns,
  ];
  return Readable.from([[header, ...rows].map((r) => r.join(',')).join('\n')]);
}
const full = familyIndicators.map((i) => String(i.maxScore ?? 1));
const household = (code: string, scores = full, year = '2024') => [
  'LEARNING_FAMILY',
  year,
  '30175.001',
  code,
  `Hộ ${code}`,
  ...scores,
];

beforeAll(async () => {
  db = await createTestDatabase();
  await addEvaluationFixture(db.orm.em.fork());
});
afterAll(() => db.drop());

describe('importEvaluationsCsv', () => {
  it('writes subjects, evaluations and their first history step, audited; a second run adds nothing', async () => {
    const rows = [household('N1'), household('N2'), household('N1', full, '2023')];
    const first = await importEvaluationsCsv(db.orm.em.fork(), csv(rows), options);
    expect(first).toEqual({
      importId: expect.any(String),
      rows: 3,
      written: { subjects: 2, evaluations: 3, alreadyPresent: 0 },
      problems: [],
    });
    const em = db.orm.em.fork();
    const n1 = await em.findOneOrFail(Subject, { code: 'N1' });
    const evaluations = await em.find(Evaluation, { subject: n1.id }, { orderBy: { year: 'asc' } });
    expect(evaluations.map((e) => [e.year, e.state, Number(e.total), e.rating, e.source])).toEqual([
      [2023, 'DRAFT', 100, 'RECOGNISED', 'import'],
      [2024, 'DRAFT', 100, 'RECOGNISED', 'import'],
    ]);
    expect(await em.count(WorkflowTransition, { targetId: evaluations[0]!.id, action: 'IMPORT' })).toBe(1);
    expect(await em.count(AuditEntry, { action: 'evaluations.import' })).toBe(1);

    const again = await importEvaluationsCsv(db.orm.em.fork(), csv(rows), options);
    expect(again.written).toEqual({ subjects: 0, evaluations: 0, alreadyPresent: 3 });
  });

  it('finds a subject written by an earlier chunk, and a repeated row in a later one', async () => {
    const rows = [household('K1', full, '2022'), household('K2'), household('K1', full, '2021')];
    const result = await importEvaluationsCsv(db.orm.em.fork(), csv(rows), { ...options, chunkSize: 1 });
    expect(result.written).toEqual({ subjects: 2, evaluations: 3, alreadyPresent: 0 });
    const em = db.orm.em.fork();
    const k1 = await em.findOneOrFail(Subject, { code: 'K1' });
    expect(await em.count(Evaluation, { subject: k1.id })).toBe(2);
    const repeated = await importEvaluationsCsv(em, csv([household('K3'), household('K4'), household('K3')]), {
      ...options,
      chunkSize: 1,
    });
    expect(repeated.problems.map((p) => `${p.line}:${p.rule}`)).toEqual(['4:DUPLICATE_ROW']);
    expect(await em.count(Subject, { code: { $in: ['K3', 'K4'] } })).toBe(0);
  });

  it('rates each row against the set in force and accepts partial sheets as drafts', async () => {
    const partial = full.map((v, i) => (i === 0 ? '' : v));
    const result = await importEvaluationsCsv(db.orm.em.fork(), csv([household('P1', partial)]), options);
    expect(result.written?.evaluations).toBe(1);
    const e = await db.orm.em
      .fork()
      .findOneOrFail(Evaluation, { subjectKey: (await db.orm.em.fork().findOneOrFail(Subject, { code: 'P1' })).id });
    expect([e.total, e.rating, e.recognised]).toEqual([null, null, null]);
  });

  it('refuses the whole file, listing every bad row with its line, column and rule, and writes nothing', async () => {
    const em = db.orm.em.fork();
    const before = [await em.count(Evaluation, {}), await em.count(Subject, {})];
    const tooMuch = full.map((v, i) => (i === 0 ? '99' : v));
    const rows = [
      household('B1'), // line 2: fine
      ['LEARNING_FAMILY', '2024', '99999', 'B2', 'Hộ B2', ...full], // 3: no such unit
      ['LEARNING_HOUSE', '2024', '30175.001', 'B3', 'Hộ B3', ...full], // 4: no such model
      household('B4', tooMuch), // 5: above the maximum
      ['LEARNING_FAMILY', '2030', '30175.001', 'B5', 'Hộ B5', ...full], // 6: future year
      household('B6').map((v, i) => (i === 4 ? '' : v)), // 7: no name
      household('B1'), // 8: same as line 2
    ];
    const result = await importEvaluationsCsv(em, csv(rows), options);
    expect(result.written).toBeNull();
    expect(result.problems.map((p) => `${p.line}:${p.field}:${p.rule}`)).toEqual([
      '3:unit_code:EXISTS',
      '4:model:ENUM',
      `5:${familyIndicators[0]!.code}:ABOVE_MAX`,
      '6:year:RANGE',
      '7:subject_name:REQUIRED',
      '8:subject_code:DUPLICATE_ROW',
    ]);
    expect([await em.count(Evaluation, {}), await em.count(Subject, {})]).toEqual(before);

    const duplicate = await importEvaluationsCsv(em, csv([household('D1'), household('D1')]), options);
    expect(duplicate.problems).toEqual([
      { line: 3, field: 'subject_code', rule: 'DUPLICATE_ROW', message: 'the same subject, model and year as line 2' },
    ]);
  });

  it('needs complete sheets to import submitted self-assessments, and names unknown indicator columns', async () => {
    const partial = full.map((v, i) => (i === 1 ? '' : v));
    const submitted = await importEvaluationsCsv(db.orm.em.fork(), csv([household('S1', partial)]), {
      ...options,
      state: 'SUBMITTED',
    });
    expect(submitted.problems.map((p) => `${p.line}:${p.field}:${p.rule}`)).toEqual([
      `2:${familyIndicators[1]!.code}:MISSING_INDICATOR`,
    ]);
    const unknown = await importEvaluationsCsv(db.orm.em.fork(), csv([[...household('S2'), '5']], ['Z.9']), options);
    expect(unknown.problems.map((p) => `${p.line}:${p.field}:${p.rule}`)).toEqual(['2:Z.9:UNKNOWN_INDICATOR']);
  });

  it('resumes an import stopped after a chunk and writes each row once', async () => {
    const rows = [household('R1', full, '2022'), household('R2'), household('R1', full, '2021'), household('R3')];
    const stopped = importEvaluationsCsv(db.orm.em.fork(), csv(rows), {
      ...options,
      chunkSize: 1,
      afterChunk: (chunk) => {
        if (chunk === 1) throw new Error('worker stopped');
      },
    });
    await expect(stopped).rejects.toThrow('worker stopped');
    const em = db.orm.em.fork();
    const [record] = await em.execute<{ id: string; chunks_written: number; phase: string }[]>(
      `select id, chunks_written, phase from evaluation_import order by created_at desc limit 1`,
    );
    expect([record!.chunks_written, record!.phase]).toEqual([2, 'CHECKED']);
    const written = () =>
      em.execute<{ code: string; year: number; steps: string }[]>(
        `select s.code, e.year, (select count(*) from workflow_transition w where w.target_id = e.id) as steps
         from evaluation e join subject s on s.id = e.subject_id where s.code in ('R1', 'R2', 'R3') order by 1, 2`,
      );
    expect((await written()).map((r) => r.code)).toEqual(['R1', 'R2']);

    // The checked rows are still staged: the file is not read again.
    const resumed = await importEvaluationsCsv(
      em,
      () => {
        throw new Error('the file was read again');
      },
      { ...options, chunkSize: 1, importId: record!.id },
    );
    expect(resumed.written).toEqual({ subjects: 3, evaluations: 4, alreadyPresent: 0 });
    expect((await written()).map((r) => `${r.code}:${r.year}:${r.steps}`)).toEqual([
      'R1:2021:1',
      'R1:2022:1',
      'R2:2024:1',
      'R3:2024:1',
    ]);
    expect(await em.count(Subject, { code: 'R1' })).toBe(1);
    const again = await importEvaluationsCsv(em, csv(rows), { ...options, importId: record!.id });
    expect(again.written).toEqual(resumed.written);
  });

  it('stages the file again when the stage was lost (PostgreSQL restarted), still writing each row once', async () => {
    const rows = [household('L1'), household('L2'), household('L3')];
    const stopped = importEvaluationsCsv(db.orm.em.fork(), csv(rows), {
      ...options,
      chunkSize: 2,
      afterChunk: () => {
        throw new Error('worker stopped');
      },
    });
    await expect(stopped).rejects.toThrow('worker stopped');
    const em = db.orm.em.fork();
    const [record] = await em.execute<{ id: string }[]>(
      `select id from evaluation_import order by created_at desc limit 1`,
    );
    // An UNLOGGED table is emptied by crash recovery.
    await em.execute(`truncate evaluation_import_stage_${record!.id.replaceAll('-', '')}`);
    const resumed = await importEvaluationsCsv(em, csv(rows), { ...options, chunkSize: 2, importId: record!.id });
    expect(resumed.written).toEqual({ subjects: 3, evaluations: 3, alreadyPresent: 0 });
    expect(
      await em.count(Evaluation, {
        subjectKey: { $in: (await em.find(Subject, { code: { $in: ['L1', 'L2', 'L3'] } })).map((s) => s.id) },
      }),
    ).toBe(3);
  });

  it('refuses a file without the required columns at line 1', async () => {
    const result = await importEvaluationsCsv(
      db.orm.em.fork(),
      Readable.from(['model,unit_code\nLEARNING_FAMILY,30175\n']),
      options,
    );
    expect(result.problems).toEqual([
      { line: 1, field: 'header', rule: 'COLUMNS', message: 'the column "year" is missing' },
    ]);
  });
});
