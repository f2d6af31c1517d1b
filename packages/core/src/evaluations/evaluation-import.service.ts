import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timeOrderedId } from '../common/ids.js';
import { audit, type Actor } from '../audit/audit.service.js';
import { copyLine } from '../common/copy-text.rules.js';
import type { FieldProblem } from '../common/errors.js';
import { loadImportContext } from './evaluation-import.context.js';
import { checkHeader, prepareRow } from './evaluation-import.rules.js';
import {
  createStage,
  findDuplicates,
  indexStage,
  stageCopyStatement,
  stageLine,
  stageTableOf,
  writeStagedChunk,
  type ImportStep,
} from './evaluation-import.staging.js';

/** Imported evaluations start as drafts, or as submitted self-assessments (complete sheets only). */
export type ImportState = 'DRAFT' | 'SUBMITTED';

/** Where an import is: reading and checking the file, or writing the checked rows. */
export interface ImportStepProgress {
  phase: 'checking' | 'writing';
  /** Rows checked, or rows written (including those already present). */
  processed: number;
  /** Rows to write; null while the file is still being read. */
  total: number | null;
}

export interface EvaluationImportOptions {
  actor: Actor;
  /** Today in Vietnam: no year after it may be imported. */
  today: string;
  state?: ImportState;
  /** Name shown in the audit entry, e.g. the file name. */
  source?: string;
  onProgress?: (line: string) => void;
  /** Called as rows are checked and chunks written (a job's progress). */
  onStep?: (progress: ImportStepProgress) => void | Promise<void>;
  /** Rows per write transaction once the whole file has passed its checks. */
  chunkSize?: number;
  /**
   * The import's record: given, an unfinished import with this id resumes where it stopped (its
   * committed chunks are not written again); new, it is created with this id.
   */
  importId?: string;
  /** Test hook: runs after each committed chunk; throwing stops the import there, as a crash would. */
  afterChunk?: (chunk: number) => void | Promise<void>;
}

export interface RowProblem extends FieldProblem {
  /** Line in the file (the header is line 1). */
  line: number;
}

export interface EvaluationImportResult {
  importId: string;
  rows: number;
  /** Null when nothing was written because some rows were refused. */
  written: { subjects: number; evaluations: number; alreadyPresent: number } | null;
  problems: RowProblem[];
}

/** The CSV: a path, a stream, or (for a resume that may need to read it again) a way to open one. */
export type ImportInput = string | Readable | (() => Readable | Promise<Readable>);

interface ImportRecord {
  phase: 'STAGING' | 'CHECKED' | 'DONE' | 'REFUSED';
  rows: number;
  staged: number;
  chunk_size: number;
  import_state: ImportState;
  chunks_written: number;
  subjects_written: number;
  evaluations_written: number;
  already_present: number;
}

const DEFAULT_CHUNK = 20_000;

/**
 * Imports evaluations from CSV at close to COPY speed, all or nothing, resumable.
 * 1. The file is streamed (never held whole): each row is checked by the import rules as it is
 *    read, and the rows that pass go by COPY into the import's UNLOGGED stage table.
 * 2. The rule across rows (one evaluation per subject, model and year) is checked on the stage in
 *    one statement. If any row is refused, nothing is written: the report lists every refused row
 *    with its line, column and rule.
 * 3. The stage is written in chunks of `chunkSize` rows, one short transaction each, so officials'
 *    writes to the same summary rows wait for one chunk at most, never for the whole import. Each
 *    chunk's transaction also records the chunk as written, so an import stopped midway resumes at
 *    the next chunk and writes each row once.
 * Re-running a file adds nothing: subjects are matched on (kind, unit, code) and evaluations on
 * (subject, model, year); those already present are left as they are (changes go through
 * scoreEvaluation and the workflow).
 */
export async function importEvaluationsCsv(
  em: EntityManager,
  input: ImportInput,
  options: EvaluationImportOptions,
): Promise<EvaluationImportResult> {
  const importId = options.importId ?? timeOrderedId();
  const table = stageTableOf(importId);
  const client = new pg.Client({
    connectionString: em.config.get('clientUrl'),
    application_name: 'hoctap-import',
  });
  await client.connect();
  try {
    let record = await loadRecord(client, importId);
    if (!record) {
      await client.query(
        `insert into evaluation_import (id, source, import_state, phase, chunk_size) values ($1, $2, $3, 'STAGING', $4)`,
        [importId, options.source ?? null, options.state ?? 'DRAFT', options.chunkSize ?? DEFAULT_CHUNK],
      );
      record = (await loadRecord(client, importId))!;
    }
    if (record.phase === 'REFUSED')
      return { importId, rows: record.rows, written: null, problems: await storedProblems(client, importId) };
    if (record.phase === 'DONE') return { importId, rows: record.rows, written: writtenOf(record), problems: [] };
    if (record.phase === 'STAGING' || (record.staged > 0 && !(await stageHasRows(client, table)))) {
      const staged = await stageFile(em, client, { importId, input, state: record.import_state, options });
      if (staged.problems.length > 0) {
        await storeProblems(client, importId, staged.problems);
        await client.query(
          `update evaluation_import set phase = 'REFUSED', rows = $2, problems = $3, checksum = $4, finished_at = now() where id = $1`,
          [importId, staged.rows, staged.problems.length, staged.checksum],
        );
        await client.query(`drop table if exists ${table}`);
        return { importId, rows: staged.rows, written: null, problems: staged.problems };
      }
      await client.query(
        `update evaluation_import set phase = 'CHECKED', rows = $2, staged = $3, checksum = $4 where id = $1`,
        [importId, staged.rows, staged.staged, staged.checksum],
      );
      record = (await loadRecord(client, importId))!;
    }
    await writeStage(client, importId, record, options);
    record = (await loadRecord(client, importId))!;
    const written = writtenOf(record);
    await em.transactional(async (tx) => {
      audit(tx, options.actor, {
        action: 'evaluations.import',
        entityType: 'EvaluationImport',
        entityId: options.source ?? importId,
        changes: { importId, rows: record.rows, state: record.import_state, ...written },
      });
      await tx.execute(`update evaluation_import set phase = 'DONE', finished_at = now() where id = ?`, [importId]);
    });
    await client.query(`drop table if exists ${table}`);
    return { importId, rows: record.rows, written, problems: [] };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const writtenOf = (r: ImportRecord) => ({
  subjects: r.subjects_written,
  evaluations: r.evaluations_written,
  alreadyPresent: r.already_present,
});

async function loadRecord(client: pg.Client, importId: string): Promise<ImportRecord | undefined> {
  const { rows } = await client.query<ImportRecord>(
    `select phase, rows, staged, chunk_size, import_state, chunks_written, subjects_written, evaluations_written,
       already_present from evaluation_import where id = $1`,
    [importId],
  );
  return rows[0];
}

async function stageHasRows(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query<{ t: string | null }>(`select to_regclass($1)::text as t`, [table]);
  if (!rows[0]?.t) return false;
  const any = await client.query(`select 1 from ${table} limit 1`);
  return (any.rowCount ?? 0) > 0;
}

const openInput = async (input: ImportInput): Promise<Readable> =>
  typeof input === 'string' ? createReadStream(input) : typeof input === 'function' ? await input() : input;

/** Reads, checks and stages the whole file; returns every problem found (none: all rows staged). */
async function stageFile(
  em: EntityManager,
  client: pg.Client,
  job: { importId: string; input: ImportInput; state: ImportState; options: EvaluationImportOptions },
): Promise<{ rows: number; staged: number; problems: RowProblem[]; checksum: string }> {
  const { importId, input, state, options } = job;
  const progress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  const table = stageTableOf(importId);
  const context = await loadImportContext(em, { today: options.today, complete: state === 'SUBMITTED' });
  await createStage(client, table);
  const problems: RowProblem[] = [];
  const headerProblems: string[] = [];
  const hash = createHash('sha256');
  let rows = 0;
  let staged = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // Arrays, not csv-parse's `columns`: building each record there costs twice the parsing itself.
  const parser = (await openInput(input)).pipe(hashing).pipe(parse({ bom: true, skip_empty_lines: true, info: true }));
  let header: string[] | null = null;
  async function* lines(): AsyncGenerator<string> {
    let batch = '';
    let inBatch = 0;
    for await (const { record: cells, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = cells.map((h) => h.trim());
        headerProblems.push(...checkHeader(header));
        continue;
      }
      if (headerProblems.length > 0) break;
      if (cells.length !== header.length)
        throw new Error(
          `Invalid Record Length: line ${info.lines} has ${cells.length} fields, the header ${header.length}`,
        );
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) record[header[i]!] = cells[i]!;
      rows++;
      const line = info.lines;
      const outcome = prepareRow(record, context);
      if (!outcome.ok) problems.push(...outcome.problems.map((p) => ({ ...p, line })));
      else {
        // Rows after a refused one are still staged: the duplicate check below must see them all.
        const ids = { subject: outcome.row.subjectKind ? timeOrderedId() : null, evaluation: timeOrderedId() };
        batch += stageLine(staged++, line, outcome.row, ids);
        if (++inBatch === 1000) {
          yield batch;
          batch = '';
          inBatch = 0;
        }
      }
      if (rows % 100_000 === 0) {
        progress(`checked ${rows.toLocaleString('en')} rows (${rate(rows, started)} rows/s)`);
        await options.onStep?.({ phase: 'checking', processed: rows, total: null });
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(stageCopyStatement(table))));
  if (headerProblems.length > 0)
    problems.push(...headerProblems.map((message) => ({ line: 1, field: 'header', rule: 'COLUMNS', message })));
  else if (staged > 0) {
    const duplicates = await findDuplicates(client, table);
    problems.push(...duplicates);
    problems.sort((a, b) => a.line - b.line);
    if (problems.length === 0) await indexStage(client, table);
  }
  progress(`checked ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { rows, staged, problems, checksum: hash.digest('hex') };
}

/** Writes the chunks not yet committed, in order. */
async function writeStage(
  client: pg.Client,
  importId: string,
  record: ImportRecord,
  options: EvaluationImportOptions,
): Promise<void> {
  const progress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  const size = record.chunk_size;
  const step = stepOf(options, record.import_state);
  const table = stageTableOf(importId);
  let written = 0;
  for (let chunk = record.chunks_written; chunk * size < record.staged; chunk++) {
    await writeStagedChunk(client, { table, importId, chunk, from: chunk * size, to: (chunk + 1) * size, step });
    const done = Math.min((chunk + 1) * size, record.staged);
    written += Math.min(size, record.staged - chunk * size);
    await options.onStep?.({ phase: 'writing', processed: done, total: record.staged });
    await options.afterChunk?.(chunk);
  }
  progress(
    `wrote ${written.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s (${rate(written, started)} rows/s)`,
  );
}

async function storeProblems(client: pg.Client, importId: string, problems: readonly RowProblem[]): Promise<void> {
  async function* lines(): AsyncGenerator<string> {
    for (let i = 0; i < problems.length; i += 1000)
      yield problems
        .slice(i, i + 1000)
        .map((p, j) => copyLine([importId, i + j, p.line, p.field, p.rule, p.message]))
        .join('');
  }
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`copy evaluation_import_problem (import_id, n, line, field, rule, message) from stdin`)),
  );
}

async function storedProblems(client: pg.Client, importId: string): Promise<RowProblem[]> {
  const { rows } = await client.query<RowProblem>(
    `select line, field, rule, message from evaluation_import_problem where import_id = $1 order by n`,
    [importId],
  );
  return rows;
}

const rate = (rows: number, started: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));

function stepOf(options: EvaluationImportOptions, state: ImportState): ImportStep {
  const actor = options.actor;
  return {
    state,
    actor: actor === 'system' ? 'system' : actor.kind === 'user' ? actor.subject : 'anonymous',
    role: actor !== 'system' && actor.kind === 'user' ? actor.role : null,
    note: options.source ? `imported from ${options.source}` : 'imported',
  };
}
