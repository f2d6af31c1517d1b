import { basename } from 'node:path';
import { access } from 'node:fs/promises';
import { importEvaluationsCsv, todayInVietnam, type ImportState } from '@hoctap/core';
import { loadConfig, openPlatformDatabase } from '@hoctap/server';

export interface EvaluationsImportOptions {
  state?: string;
  /** How many refused rows to print (all are counted). */
  show?: string;
}

const STATES: readonly ImportState[] = ['DRAFT', 'SUBMITTED'];

/**
 * `hoctap evaluations import <file.csv>`: checks every row, then writes all of them (in chunks
 * that each commit, resumable), or none and lists each refused row with its line and reason (exit 1).
 */
export async function evaluationsImportCommand(file: string, options: EvaluationsImportOptions): Promise<void> {
  const state = (options.state ?? 'DRAFT').toUpperCase() as ImportState;
  if (!STATES.includes(state)) throw new Error(`--state must be ${STATES.join(' or ')}.`);
  const show = Number(options.show ?? 200);
  await access(file).catch(() => {
    throw new Error(`Cannot read ${file}.`);
  });
  const started = Date.now();
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  try {
    const result = await importEvaluationsCsv(db.orm.em.fork(), file, {
      actor: 'system',
      today: todayInVietnam(),
      state,
      source: basename(file),
      onProgress: (line) => console.error(line),
    });
    if (result.written === null) {
      for (const p of result.problems.slice(0, show))
        console.error(`  line ${p.line}: ${p.field}: ${p.rule}: ${p.message}`);
      if (result.problems.length > show) console.error(`  … and ${result.problems.length - show} more.`);
      const lines = new Set(result.problems.map((p) => p.line)).size;
      console.error(`${lines} of ${result.rows} row(s) refused; nothing was written. Correct them and run again.`);
      process.exitCode = 1;
      return;
    }
    const w = result.written;
    console.error(
      w.evaluations === 0
        ? `Nothing new: all ${w.alreadyPresent} evaluations were already present.`
        : `Imported ${w.evaluations} evaluations (${w.subjects} new subjects; ${w.alreadyPresent} already present, left as they were) as ${state}.`,
    );
    console.log(JSON.stringify({ rows: result.rows, ...w }));
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}
