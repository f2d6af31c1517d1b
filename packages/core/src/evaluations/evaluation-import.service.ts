import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timeOrderedId } from '../common/ids.js';
import { audit, type Actor } from '../audit/audit.service.js';
import type { FieldProblem } from '../common/errors.js';
import { jsonLiteral } from '../common/sql.js';
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

const ROW_COLUMNS = `subject_id uuid, evaluation_id uuid, subject_kind text, unit_id uuid, subject_code text,
  subject_name text, birth_year smallint, model_kind text, year smallint, lineage text, evaluating_unit_id uuid,
  criteria_set_id uuid, scores jsonb, total numeric, rating text, recognised boolean`;

// Time-ordered ids (UUIDv7): a million random ids would scatter inserts over every index page.
// A subject named on several rows (several years) gets one id, decided on its first row.
const rowRecord = (r: PreparedRow, subjectId: string | null) => ({
  subject_id: subjectId,
  evaluation_id: timeOrderedId(),
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

/** The key of "one evaluation per subject, model and year" within a file. */
const subjectKey = (r: PreparedRow) => `${r.unitId}|${r.subjectKind ?? ''}|${r.subjectCode ?? ''}`;
/** Short keys for a million rows: the unit as a small number rather than its 36-character id. */
const rowKey = (r: PreparedRow, unitNumber: number) =>
  `${unitNumber}|${r.subjectKind ?? ''}|${r.subjectCode ?? ''}|${r.modelKind}|${r.year}`;

class Rollback extends Error {}

/**
 * Imports evaluations from CSV in one transaction. Every row is checked; valid rows are written
 * chunk by chunk while the next chunk is read (PostgreSQL and the checks run side by side), and
 * if any row is refused the transaction is rolled back: nothing is written, and the report lists
 * every refused row with its line. Re-running a file adds nothing: subjects are matched on (kind,
 * unit, code) and evaluations on (subject, model, year); those already present are left as they
 * are (changes go through scoreEvaluation and the workflow).
 */
export async function importEvaluationsCsv(
  em: EntityManager,
  input: string | Readable,
  options: EvaluationImportOptions,
): Promise<EvaluationImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const state = options.state ?? 'DRAFT';
  const chunkSize = options.chunkSize ?? 10_000;
  const started = Date.now();
  const problems: RowProblem[] = [];
  const headerProblems: string[] = [];
  const firstLineOf = new Map<string, number>();
  // Per chunk: a subject written by an earlier chunk is found in the table by the next statement.
  const subjectIds = new Map<string, string>();
  const unitNumbers = new Map<string, number>();
  const written = { subjects: 0, evaluations: 0, alreadyPresent: 0 };
  let rows = 0;
  try {
    return await em.transactional(async (tx) => {
      // One transaction: a crash loses the import whole, so commits need not wait for the disk.
      await tx.execute(`set local synchronous_commit = off`);
      const context = await loadImportContext(tx, { today: options.today, complete: state === 'SUBMITTED' });
      const step = stepOf(options, state);
      let chunk: ReturnType<typeof rowRecord>[] = [];
      let pending: Promise<void> = Promise.resolve();
      const send = async () => {
        await pending;
        const rowsOut = chunk;
        chunk = [];
        subjectIds.clear();
        pending = writeChunk(tx, rowsOut, step).then((counts) => {
          written.subjects += counts.subjects;
          written.evaluations += counts.evaluations;
          written.alreadyPresent += rowsOut.length - counts.evaluations;
        });
        // Awaited before the next chunk or at the end; this only keeps a failure from going unhandled meanwhile.
        pending.catch(() => undefined);
      };
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
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        if (headerProblems.length > 0) break;
        rows++;
        const line = info.lines;
        const outcome = prepareRow(record, context);
        if (!outcome.ok) problems.push(...outcome.problems.map((p) => ({ ...p, line })));
        else {
          let unitNumber = unitNumbers.get(outcome.row.unitId);
          if (unitNumber === undefined) unitNumbers.set(outcome.row.unitId, (unitNumber = unitNumbers.size));
          const key = rowKey(outcome.row, unitNumber);
          const first = firstLineOf.get(key);
          if (first !== undefined)
            problems.push({
              line,
              field: 'subject_code',
              rule: 'DUPLICATE_ROW',
              message: `the same subject, model and year as line ${first}`,
            });
          else firstLineOf.set(key, line);
          if (problems.length === 0) {
            let subjectId: string | null = null;
            if (outcome.row.subjectKind) {
              const key = subjectKey(outcome.row);
              subjectId = subjectIds.get(key) ?? timeOrderedId();
              subjectIds.set(key, subjectId);
            }
            chunk.push(rowRecord(outcome.row, subjectId));
            if (chunk.length >= chunkSize) await send();
          }
        }
        if (rows % 100_000 === 0) progress(`checked ${rows.toLocaleString('en')} rows (${rate(rows, started)} rows/s)`);
      }
      if (headerProblems.length > 0)
        problems.push(...headerProblems.map((message) => ({ line: 1, field: 'header', rule: 'COLUMNS', message })));
      if (problems.length === 0 && chunk.length > 0) await send();
      await pending;
      if (problems.length > 0) throw new Rollback();
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

interface Step {
  state: ImportState;
  actor: string;
  role: string | null;
  note: string;
}

function stepOf(options: EvaluationImportOptions, state: ImportState): Step {
  const actor = options.actor;
  return {
    state,
    actor: actor === 'system' ? 'system' : actor.kind === 'user' ? actor.subject : 'anonymous',
    role: actor !== 'system' && actor.kind === 'user' ? actor.role : null,
    note: options.source ? `imported from ${options.source}` : 'imported',
  };
}

/**
 * One statement per chunk: new subjects, the evaluations and their first history step. The
 * evaluation takes an existing subject's id from the table, or the id the new row was given (the
 * insert of the same statement is not visible to its reads, but the id is known in advance).
 * No bound parameters: MikroORM would scan the inlined document for placeholders.
 */
async function writeChunk(tx: EntityManager, rows: ReturnType<typeof rowRecord>[], step: Step) {
  const [counts] = await tx.execute<{ subjects: string; evaluations: string }[]>(
    `with r as materialized (select * from jsonb_to_recordset(${jsonLiteral(rows, 'jsonb')}) as x(${ROW_COLUMNS})),
     step as (select * from json_to_record(${jsonLiteral(step)}) as s(state text, actor text, role text, note text)),
     new_subjects as (
       insert into subject (id, kind, unit_id, code, name, birth_year, source, created_at, version)
       select subject_id, subject_kind::subject_kind, unit_id, subject_code, subject_name, birth_year, 'import', now(), 1
       from r where subject_kind is not null
       on conflict (unit_id, kind, code) do nothing
       returning 1),
     ins as (
       insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year,
         criteria_set_id, scores, total, rating, recognised, evidence, state, source, created_at, updated_at, version)
       select r.evaluation_id, coalesce(s.id, r.subject_id), coalesce(s.id, r.subject_id, r.unit_id), r.unit_id,
         r.lineage::uuid[], r.evaluating_unit_id, r.model_kind, r.year, r.criteria_set_id, r.scores, r.total, r.rating,
         r.recognised, '[]', st.state, 'import', now(), now(), 1
       from r cross join step st
       left join subject s on s.unit_id = r.unit_id and s.kind = r.subject_kind::subject_kind and s.code = r.subject_code
       on conflict (subject_key, model_kind, year) do nothing
       returning id),
     steps as (
       insert into workflow_transition (workflow, target_id, action, from_state, to_state, actor, actor_role, note, at)
       select 'evaluation', ins.id, 'IMPORT', null, st.state, st.actor, st.role, st.note, now() from ins cross join step st
       returning 1)
     select (select count(*) from new_subjects) as subjects, (select count(*) from steps) as evaluations`,
  );
  return { subjects: Number(counts?.subjects ?? 0), evaluations: Number(counts?.evaluations ?? 0) };
}
