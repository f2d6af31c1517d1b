import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type Actor } from '../audit/audit.service.js';
import type { FieldProblem } from '../common/errors.js';
import { loadImportContext } from './evaluation-import.context.js';
import { checkHeader, prepareRow, type PreparedRow } from './evaluation-import.rules.js';

/** Imported evaluations start as drafts, or as submitted self-assessments (complete sheets only). */
export type ImportState = 'DRAFT' | 'SUBMITTED';

export interface EvaluationImportOptions {
  actor: Actor;
  /** Today in Vietnam: no year after it may be imported. */
  today: string;
  state?: ImportState;
  /** Name shown in the audit entry, e.g. the file name. */
  source?: string;
  onProgress?: (line: string) => void;
  /** Rows per statement while staging. */
  chunkSize?: number;
}

export interface RowProblem extends FieldProblem {
  /** Line in the file (the header is line 1). */
  line: number;
}

export interface EvaluationImportResult {
  rows: number;
  /** Null when nothing was written because some rows were refused. */
  written: { subjects: number; evaluations: number; alreadyPresent: number } | null;
  problems: RowProblem[];
}

const STAGE_COLUMNS = `line int, subject_kind text, unit_id uuid, subject_code text, subject_name text, birth_year smallint,
  model_kind text, year smallint, lineage text, evaluating_unit_id uuid, criteria_set_id uuid, scores jsonb,
  total numeric, rating text, recognised boolean`;

const stageRecord = (line: number, r: PreparedRow) => ({
  line,
  subject_kind: r.subjectKind,
  unit_id: r.unitId,
  subject_code: r.subjectCode,
  subject_name: r.subjectName,
  birth_year: r.birthYear,
  model_kind: r.modelKind,
  year: r.year,
  lineage: `{${r.lineage.join(',')}}`,
  evaluating_unit_id: r.evaluatingUnitId,
  criteria_set_id: r.setId,
  scores: r.scores,
  total: r.total,
  rating: r.rating,
  recognised: r.recognised,
});

/**
 * Imports evaluations from CSV in one transaction. Every row is checked; the valid ones are staged
 * as they are read, and if any row is refused the transaction is rolled back and the report lists
 * every refused row with its line: nothing is written. Re-running a file adds nothing: subjects
 * are matched on (kind, unit, code) and evaluations on (subject, model, year), and those already
 * present are left as they are (changes go through scoreEvaluation and the workflow).
 */
export async function importEvaluationsCsv(
  em: EntityManager,
  input: string | Readable,
  options: EvaluationImportOptions,
): Promise<EvaluationImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const state = options.state ?? 'DRAFT';
  const chunkSize = options.chunkSize ?? 20_000;
  const started = Date.now();
  const problems: RowProblem[] = [];
  const headerProblems: string[] = [];
  let rows = 0;
  class Rollback extends Error {}
  try {
    return await em.transactional(async (tx) => {
      // The import is one statement stream in one transaction; a crash loses it whole, so the
      // commit need not wait for the disk on every statement.
      await tx.execute(`set local synchronous_commit = off`);
      await tx.execute(`create temp table import_evaluation (${STAGE_COLUMNS}) on commit drop`);
      const context = await loadImportContext(tx, { today: options.today, complete: state === 'SUBMITTED' });
      const parser = (typeof input === 'string' ? createReadStream(input) : input).pipe(
        parse({
          bom: true,
          skip_empty_lines: true,
          info: true,
          columns: (header: string[]) => {
            const names = header.map((h) => h.trim());
            headerProblems.push(...checkHeader(names));
            return names;
          },
        }),
      );
      let chunk: ReturnType<typeof stageRecord>[] = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        await tx.execute(
          `insert into import_evaluation select * from json_to_recordset(?::json) as x(${STAGE_COLUMNS})`,
          [JSON.stringify(chunk)],
        );
        chunk = [];
      };
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        if (headerProblems.length > 0) break;
        rows++;
        const outcome = prepareRow(record, context);
        if (!outcome.ok) problems.push(...outcome.problems.map((p) => ({ ...p, line: info.lines })));
        else if (problems.length === 0) {
          chunk.push(stageRecord(info.lines, outcome.row));
          if (chunk.length >= chunkSize) await flush();
        }
        if (rows % 100_000 === 0) progress(`checked ${rows.toLocaleString('en')} rows (${rate(rows, started)} rows/s)`);
      }
      if (headerProblems.length > 0) {
        problems.push(...headerProblems.map((message) => ({ line: 1, field: 'header', rule: 'COLUMNS', message })));
        throw new Rollback();
      }
      await flush();
      if (problems.length === 0) problems.push(...(await duplicates(tx)));
      if (problems.length > 0) throw new Rollback();
      progress(`checked ${rows.toLocaleString('en')} rows; writing subjects …`);
      const written = await writeStaged(tx, options, state);
      audit(tx, options.actor, {
        action: 'evaluations.import',
        entityType: 'EvaluationImport',
        entityId: options.source ?? null,
        changes: { rows, state, ...written },
      });
      progress(
        `wrote ${written.evaluations.toLocaleString('en')} evaluations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return { rows, written, problems: [] };
    });
  } catch (error) {
    if (error instanceof Rollback) return { rows, written: null, problems };
    throw error;
  }
}

const rate = (rows: number, started: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));

async function duplicates(tx: EntityManager): Promise<RowProblem[]> {
  const rows = await tx.execute<{ line: number; first: number }[]>(
    `select line, first_value(line) over w as first from import_evaluation
     window w as (partition by coalesce(subject_kind, ''), unit_id, coalesce(subject_code, ''), model_kind, year order by line)
     order by line`,
  );
  return rows
    .filter((r) => r.line !== r.first)
    .map((r) => ({
      line: r.line,
      field: 'subject_code',
      rule: 'DUPLICATE_ROW',
      message: `the same subject, model and year as line ${r.first}`,
    }));
}

async function writeStaged(tx: EntityManager, options: EvaluationImportOptions, state: ImportState) {
  const [subjects] = await tx.execute<{ n: string }[]>(
    `with ins as (
       insert into subject (id, kind, unit_id, code, name, birth_year, source, created_at, version)
       select gen_random_uuid(), subject_kind::subject_kind, unit_id, subject_code, min(subject_name), min(birth_year), 'import', now(), 1
       from import_evaluation where subject_kind is not null
       group by subject_kind, unit_id, subject_code
       on conflict (kind, unit_id, code) do nothing
       returning 1)
     select count(*) as n from ins`,
  );
  options.onProgress?.(`wrote ${Number(subjects?.n ?? 0).toLocaleString('en')} new subjects; writing evaluations …`);
  const actor =
    options.actor === 'system' ? 'system' : options.actor.kind === 'user' ? options.actor.subject : 'anonymous';
  const role = options.actor !== 'system' && options.actor.kind === 'user' ? options.actor.role : null;
  const [evaluations] = await tx.execute<{ n: string; total: string }[]>(
    `with ins as (
       insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year,
         criteria_set_id, scores, total, rating, recognised, evidence, state, source, created_at, updated_at, version)
       select gen_random_uuid(), s.id, coalesce(s.id, r.unit_id), r.unit_id, r.lineage::uuid[], r.evaluating_unit_id,
         r.model_kind, r.year, r.criteria_set_id, r.scores, r.total, r.rating, r.recognised, '[]', ?, 'import', now(), now(), 1
       from import_evaluation r
       left join subject s on s.kind = r.subject_kind::subject_kind and s.unit_id = r.unit_id and s.code = r.subject_code
       on conflict (subject_key, model_kind, year) do nothing
       returning id),
     steps as (
       insert into workflow_transition (workflow, target_id, action, from_state, to_state, actor, actor_role, note, at)
       select 'evaluation', id, 'IMPORT', null, ?, ?, ?, ?, now() from ins
       returning 1)
     select (select count(*) from steps) as n, (select count(*) from import_evaluation) as total`,
    [state, state, actor, role, options.source ? `imported from ${options.source}` : 'imported'],
  );
  const inserted = Number(evaluations?.n ?? 0);
  return {
    subjects: Number(subjects?.n ?? 0),
    evaluations: inserted,
    alreadyPresent: Number(evaluations?.total ?? 0) - inserted,
  };
}
