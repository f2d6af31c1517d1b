import { Readable } from 'node:stream';
import { NATIONAL_CRITERIA_SETS } from '@hoctap/core';
import { addEvaluationFixture } from '../../../core/src/evaluations/evaluation.test-helpers.js';
import { createTestDatabase, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installJobQueue, JobQueue } from './job-queue.js';

let db: TestDatabase;
let queue: JobQueue;
const indicators = NATIONAL_CRITERIA_SETS.find((s) => s.code === 'KHVN-448-FAMILY')!.criteria.flatMap(
  (c) => c.indicators,
);
const csv = (codes: string[]) =>
  [
    ['model', 'year', 'unit_code', 'subject_code', 'subject_name', ...indicators.map((i) => i.code)].join(','),
    ...codes.map((code) =>
      ['LEARNING_FAMILY', '2024', '30175.001', code, `Hộ ${code}`, ...indicators.map((i) => i.maxScore ?? 1)].join(','),
    ),
  ].join('\n');

const until = async <T>(check: () => Promise<T | undefined>): Promise<T> => {
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

beforeAll(async () => {
  db = await createTestDatabase();
  await addEvaluationFixture(db.orm.em.fork());
  const url = db.orm.config.get('clientUrl')!;
  await installJobQueue(url);
  await installJobQueue(url); // a second server's start finds nothing to do
  queue = await JobQueue.open(url, { work: true });
});
afterAll(async () => {
  await queue?.stop();
  await db.drop();
});

describe('the evaluation import job', () => {
  it('is resumed after its worker stops mid-import and writes each row once', async () => {
    let stops = 0;
    await queue.work(db.orm, {
      afterChunk: (_job, chunk) => {
        if (chunk === 0 && stops++ === 0) throw new Error('worker killed after chunk 0');
      },
    });
    const codes = Array.from({ length: 3_000 }, (_, i) => `J${i}`);
    const jobId = await queue.submitEvaluationImport(
      Readable.from([csv(codes)]),
      { actor: 'system', state: 'DRAFT', source: 'households.csv', chunkSize: 1_000 },
      { submittedBy: 'tester', unitId: null },
    );
    const em = db.orm.em.fork();
    const job = await until(async () => {
      const [row] = await em.execute<{ state: string; processed: string; total: string; result: unknown }[]>(
        `select state, processed, total, result from job where id = ?`,
        [jobId],
      );
      return row && ['SUCCEEDED', 'REFUSED'].includes(row.state) ? row : undefined;
    });
    expect(stops).toBe(1);
    expect(job.state).toBe('SUCCEEDED');
    expect([Number(job.processed), Number(job.total)]).toEqual([3_000, 3_000]);
    expect(job.result).toEqual({ rows: 3_000, written: { subjects: 3_000, evaluations: 3_000, alreadyPresent: 0 } });
    const [counts] = await em.execute<{ evaluations: string; steps: string; parts: string }[]>(
      `select (select count(*) from evaluation e join subject s on s.id = e.subject_id where s.code like 'J%') as evaluations,
        (select count(*) from workflow_transition w join evaluation e on e.id = w.target_id
          join subject s on s.id = e.subject_id where s.code like 'J%') as steps,
        (select count(*) from job_file_part where job_id = '${jobId}') as parts`,
    );
    expect(counts).toEqual({ evaluations: '3000', steps: '3000', parts: '0' });
    expect((await queue.depth())['evaluation-import']).toEqual({ queued: 0, active: 0 });
  }, 120_000);
});
