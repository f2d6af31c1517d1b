import type pg from 'pg';
import { copyLine } from '../common/copy-text.rules.js';
import type { PreparedRow } from './evaluation-import.rules.js';

/** A row's problem, with its line in the file (the header is line 1). */
export interface StagedProblem {
  line: number;
  field: string;
  rule: string;
  message: string;
}

/** The history step every imported evaluation starts with. */
export interface ImportStep {
  state: 'DRAFT' | 'SUBMITTED';
  actor: string;
  role: string | null;
  note: string;
}

/**
 * Each import stages into an UNLOGGED table of its own: no WAL for a million rows that live for
 * minutes, no index to maintain while COPY runs, one `drop table` at the end (no bloat left in a
 * shared table). It survives the importing process dying, which is what a resume needs; a crash
 * of PostgreSQL itself empties it, and the resume then stages the stored file again.
 */
export const stageTableOf = (importId: string) => `evaluation_import_stage_${importId.replaceAll('-', '')}`;

const STAGE_COLUMNS = [
  'seq',
  'line',
  'subject_id',
  'evaluation_id',
  'subject_kind',
  'unit_id',
  'subject_code',
  'subject_name',
  'birth_year',
  'model_kind',
  'year',
  'lineage',
  'evaluating_unit_id',
  'criteria_set_id',
  'scores',
  'total',
  'rating',
  'recognised',
] as const;

export async function createStage(client: pg.Client, table: string): Promise<void> {
  await client.query(`drop table if exists ${table}`);
  await client.query(`create unlogged table ${table} (seq int not null, line int not null, subject_id uuid,
    evaluation_id uuid not null, subject_kind text, unit_id uuid not null, subject_code text, subject_name text,
    birth_year smallint, model_kind text not null, year smallint not null, lineage uuid[] not null,
    evaluating_unit_id uuid not null, criteria_set_id uuid not null, scores jsonb not null, total numeric,
    rating text, recognised boolean)`);
}

export const stageCopyStatement = (table: string) => `copy ${table} (${STAGE_COLUMNS.join(', ')}) from stdin`;

/** One prepared row as a COPY text line of the stage. Ids are time-ordered and decided here. */
export function stageLine(
  seq: number,
  line: number,
  row: PreparedRow,
  ids: { subject: string | null; evaluation: string },
): string {
  return copyLine([
    seq,
    line,
    ids.subject,
    ids.evaluation,
    row.subjectKind,
    row.unitId,
    row.subjectCode,
    row.subjectName,
    row.birthYear,
    row.modelKind,
    row.year,
    `{${row.lineage.join(',')}}`,
    row.evaluatingUnitId,
    row.setId,
    JSON.stringify(row.scores),
    row.total,
    row.rating,
    row.recognised,
  ]);
}

/**
 * The rule across rows, checked on the whole stage at once: one evaluation per subject, model and
 * year. Every repeat is named with the line it repeats (the first line of its key). The index on
 * `seq` is built here too, after COPY, for the chunked writes.
 */
export async function findDuplicates(client: pg.Client, table: string): Promise<StagedProblem[]> {
  const { rows } = await client.query<{ line: number; first: number }>(
    `select line, first from (
       select line, min(line) over (partition by unit_id, subject_kind, subject_code, model_kind, year) as first
       from ${table}) d
     where line <> first order by line`,
  );
  return rows.map((r) => ({
    line: r.line,
    field: 'subject_code',
    rule: 'DUPLICATE_ROW',
    message: `the same subject, model and year as line ${r.first}`,
  }));
}

export async function indexStage(client: pg.Client, table: string): Promise<void> {
  await client.query(`create index if not exists ${table}_seq on ${table} (seq)`);
  await client.query(`analyze ${table}`);
}

/**
 * Writes the staged rows `seq` in [from, to) in one transaction: their new subjects, then the
 * evaluations (an existing subject found by its key, so a subject named in an earlier chunk or an
 * earlier import is reused) with their first history step, and the import's progress. Existing
 * evaluations are left as they are. Because the progress is committed with the rows, a resumed
 * import starts at the first chunk not committed.
 */
export async function writeStagedChunk(
  client: pg.Client,
  args: { table: string; importId: string; chunk: number; from: number; to: number; step: ImportStep },
): Promise<{ subjects: number; evaluations: number; rows: number }> {
  const { table, from, to, step } = args;
  await client.query('begin');
  try {
    // The import is resumable chunk by chunk: a commit lost in a crash is a chunk written again.
    await client.query('set local synchronous_commit = off');
    const subjects = await client.query(
      `insert into subject (id, kind, unit_id, code, name, birth_year, source, created_at, version)
       select subject_id, subject_kind::subject_kind, unit_id, subject_code, subject_name, birth_year, 'import', now(), 1
       from ${table} where seq >= $1 and seq < $2 and subject_kind is not null order by seq
       on conflict (unit_id, kind, code) do nothing`,
      [from, to],
    );
    const inserted = await client.query<{ evaluations: string; rows: string }>(
      `with r as (select * from ${table} where seq >= $1 and seq < $2),
       ins as (
         insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year,
           criteria_set_id, scores, total, rating, recognised, evidence, state, source, created_at, updated_at, version)
         select r.evaluation_id, s.id, coalesce(s.id, r.unit_id), r.unit_id, r.lineage, r.evaluating_unit_id,
           r.model_kind, r.year, r.criteria_set_id, r.scores, r.total, r.rating, r.recognised, '[]', $3, 'import',
           now(), now(), 1
         from r left join subject s on s.unit_id = r.unit_id and s.kind = r.subject_kind::subject_kind
           and s.code = r.subject_code
         order by r.seq
         on conflict (subject_key, model_kind, year) do nothing
         returning id),
       steps as (
         insert into workflow_transition (workflow, target_id, action, from_state, to_state, actor, actor_role, note, at)
         select 'evaluation', ins.id, 'IMPORT', null, $3, $4, $5, $6, now() from ins
         returning 1)
       select (select count(*) from steps) as evaluations, (select count(*) from r) as rows`,
      [from, to, step.state, step.actor, step.role, step.note],
    );
    const evaluations = Number(inserted.rows[0]?.evaluations ?? 0);
    const rows = Number(inserted.rows[0]?.rows ?? 0);
    const subjectCount = subjects.rowCount ?? 0;
    const progress = await client.query(
      `update evaluation_import set chunks_written = $2 + 1, subjects_written = subjects_written + $3,
         evaluations_written = evaluations_written + $4, already_present = already_present + $5
       where id = $1 and chunks_written = $2`,
      [args.importId, args.chunk, subjectCount, evaluations, rows - evaluations],
    );
    // Another worker committed this chunk meanwhile (a job run twice): this copy must not count.
    if (progress.rowCount !== 1) throw new Error(`chunk ${args.chunk} of import ${args.importId} was already written`);
    await client.query('commit');
    return { subjects: subjectCount, evaluations, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
