import { Readable } from 'node:stream';
import { importEvaluationsCsv, todayInVietnam, type Actor, type ImportState } from '@hoctap/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { PgBoss } from 'pg-boss';

/** pg-boss's own schema: created and migrated only under the start-up lock (installJobQueue). */
export const JOB_SCHEMA = 'pgboss';
export const EVALUATION_IMPORT_QUEUE = 'evaluation-import';
/** An upload is kept in parts of this size, so neither the upload nor the job holds it whole. */
const PART_BYTES = 1024 * 1024;
/** A job that fails (a crash, a lost connection) is tried again; the import resumes where it stopped. */
const RETRIES = 3;

/**
 * Installs or upgrades pg-boss's schema and creates the queues. Called by the start-up work, which
 * runs under the start-up advisory lock, so N servers starting at once do not race on it; a server
 * started with `--no-migrate` never calls it and opens the queue with `migrate: false`.
 */
export async function installJobQueue(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 2 });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    if (!(await boss.getQueue(EVALUATION_IMPORT_QUEUE)))
      await boss.createQueue(EVALUATION_IMPORT_QUEUE, {
        retryLimit: RETRIES,
        retryDelay: 1,
        expireInSeconds: 4 * 3600,
      });
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/** Whether `installJobQueue` has run on this database (checked by `--no-migrate`). */
export async function jobQueueInstalled(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em
    .fork()
    .execute<{ present: boolean }[]>(`select to_regclass('${JOB_SCHEMA}.job') is not null as present`);
  return row?.present === true;
}

export interface EvaluationImportParams {
  actor: Actor;
  state: ImportState;
  source: string;
  /** Rows per write transaction; default the import's own. */
  chunkSize?: number;
}

export interface JobHooks {
  /** Test hook, passed to the import: throwing after a chunk stops the job there, as a crash would. */
  afterChunk?: (jobId: string, chunk: number) => void | Promise<void>;
}

/**
 * The job queue of one server: submits jobs and, when `work` is on, runs them. What callers see
 * of a job is the `job` table (state, progress, scope); pg-boss dispatches it to one worker at a
 * time and tries it again after a failure.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly url: string,
  ) {}

  static async open(url: string, options: { work: boolean }): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: url,
      schema: JOB_SCHEMA,
      migrate: false,
      createSchema: false,
      supervise: options.work,
      schedule: false,
      max: 3,
      application_name: 'hoctap-jobs',
    });
    boss.on('error', () => undefined);
    await boss.start();
    return new JobQueue(boss, url);
  }

  /**
   * Records the job and its file (streamed into parts), then queues it. The caller has authorised
   * the submitter already; `scope` is the unit whose admins may see the job besides its submitter.
   */
  async submitEvaluationImport(
    file: Readable,
    params: EvaluationImportParams,
    scope: { submittedBy: string; unitId: string | null },
  ): Promise<string> {
    const client = await this.connect();
    let jobId: string;
    try {
      const { rows } = await client.query<{ id: string }>(
        `insert into job (id, kind, state, params, submitted_by, scope_unit_id, scope_lineage)
         select gen_random_uuid(), 'EVALUATION_IMPORT', 'QUEUED', $1, $2, $3::uuid,
           case when $3::uuid is null then '{}'::uuid[] else array[$3::uuid] end
         returning id`,
        [JSON.stringify(params), scope.submittedBy, scope.unitId],
      );
      jobId = rows[0]!.id;
      let n = 0;
      let pending: Buffer[] = [];
      let size = 0;
      const flush = async () => {
        if (size === 0) return;
        await client.query(`insert into job_file_part (job_id, n, data) values ($1, $2, $3)`, [
          jobId,
          n++,
          Buffer.concat(pending),
        ]);
        pending = [];
        size = 0;
      };
      for await (const chunk of file as AsyncIterable<Buffer | string>) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        pending.push(buffer);
        size += buffer.length;
        if (size >= PART_BYTES) await flush();
      }
      await flush();
    } finally {
      await client.end();
    }
    await this.boss.send(
      EVALUATION_IMPORT_QUEUE,
      { jobId },
      { singletonKey: jobId, retryLimit: RETRIES, retryDelay: 1 },
    );
    return jobId;
  }

  /** Runs queued imports in this process, one at a time. */
  async work(orm: MikroORM, hooks: JobHooks = {}): Promise<void> {
    await this.boss.work<{ jobId: string }>(
      EVALUATION_IMPORT_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (job) await this.runEvaluationImport(orm, job.data.jobId, hooks);
      },
    );
  }

  /** Jobs waiting or running, by queue (the `/metrics` gauge). */
  async depth(): Promise<Record<string, { queued: number; active: number }>> {
    const queues = await this.boss.getQueues([EVALUATION_IMPORT_QUEUE]);
    return Object.fromEntries(queues.map((q) => [q.name, { queued: q.queuedCount, active: q.activeCount }]));
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, close: true, timeout: 10_000 } as Parameters<PgBoss['stop']>[0]);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'hoctap-jobs' });
    await client.connect();
    return client;
  }

  private async runEvaluationImport(orm: MikroORM, jobId: string, hooks: JobHooks): Promise<void> {
    const client = await this.connect();
    try {
      const { rows } = await client.query<{ params: EvaluationImportParams; state: string }>(
        `update job set state = 'RUNNING', message = null, updated_at = now() where id = $1 returning params, state`,
        [jobId],
      );
      const params = rows[0]?.params;
      if (!params) return;
      let lastUpdate = 0;
      const progress = async (processed: number, total: number | null, force = false) => {
        if (!force && Date.now() - lastUpdate < 500) return;
        lastUpdate = Date.now();
        await client.query(`update job set processed = $2, total = $3, updated_at = now() where id = $1`, [
          jobId,
          processed,
          total,
        ]);
      };
      try {
        const result = await importEvaluationsCsv(orm.em.fork(), () => this.fileOf(jobId), {
          actor: params.actor,
          today: todayInVietnam(),
          state: params.state,
          source: params.source,
          importId: jobId,
          ...(params.chunkSize ? { chunkSize: params.chunkSize } : {}),
          onStep: (step) => progress(step.processed, step.total, step.phase === 'writing'),
          ...(hooks.afterChunk ? { afterChunk: (chunk: number) => hooks.afterChunk!(jobId, chunk) } : {}),
        });
        const refused = result.written === null;
        await client.query(
          `update job set state = $2, errors = $3, result = $4, processed = $5, total = $5, finished_at = now(),
             updated_at = now() where id = $1`,
          [
            jobId,
            refused ? 'REFUSED' : 'SUCCEEDED',
            result.problems.length,
            JSON.stringify({ rows: result.rows, written: result.written }),
            result.rows,
          ],
        );
        await client.query(`delete from job_file_part where job_id = $1`, [jobId]);
      } catch (error) {
        // pg-boss tries the job again; the import resumes at the first chunk not committed.
        await client.query(`update job set state = 'FAILED', message = $2, updated_at = now() where id = $1`, [
          jobId,
          error instanceof Error ? error.message.slice(0, 500) : 'failed',
        ]);
        throw error;
      }
    } finally {
      await client.end();
    }
  }

  /** The stored upload, read back part by part. */
  private fileOf(jobId: string): Readable {
    const url = this.url;
    async function* parts(): AsyncGenerator<Buffer> {
      const client = new pg.Client({ connectionString: url, application_name: 'hoctap-jobs' });
      await client.connect();
      try {
        for (let n = 0; ; n++) {
          const { rows } = await client.query<{ data: Buffer }>(
            `select data from job_file_part where job_id = $1 and n = $2`,
            [jobId, n],
          );
          if (!rows[0]) return;
          yield rows[0].data;
        }
      } finally {
        await client.end();
      }
    }
    return Readable.from(parts(), { objectMode: false });
  }
}
