import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { importDvhc, importMapFile } from '@hoctap/core';
import { loadConfig, openPlatformDatabase } from '@hoctap/server';

export interface GeoImportOptions {
  before?: string;
  splits?: string;
  after?: string;
  map?: string;
  skipBad?: boolean;
}

async function readJson(file: string, option: string): Promise<unknown> {
  try {
    const bytes = await readFile(file);
    return JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as unknown;
  } catch (error) {
    throw new Error(`--${option} ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * `hoctap geo import`: the whole national map from the dvhc files, in one transaction. Rows that
 * do not fit are listed with their place in the file; then nothing is written (exit 1) unless
 * --skip-bad is given.
 */
export async function geoImportCommand(options: GeoImportOptions): Promise<void> {
  const dvhc = [options.before, options.splits, options.after];
  if (options.map !== undefined) {
    if (dvhc.some((f) => f !== undefined))
      throw new Error('--map imports a map file alone: give either --map or --before, --splits and --after.');
    return mapImportCommand(options.map);
  }
  if (dvhc.some((f) => f === undefined))
    throw new Error('--before, --splits and --after go together (the three dvhc files); or give --map <file>.');
  const started = Date.now();
  const files = { before: options.before ?? '', splits: options.splits ?? '', after: options.after ?? '' };
  console.error('Reading the three files …');
  const documents = {
    before: await readJson(files.before, 'before'),
    splits: await readJson(files.splits, 'splits'),
    after: await readJson(files.after, 'after'),
  };
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  try {
    const result = await importDvhc(db.orm.em.fork(), documents, {
      actor: 'system',
      skipBad: options.skipBad ?? false,
      onProgress: (line) => console.error(line),
    });
    for (const p of result.problems) {
      console.error(`  ${files[p.file]} ${p.path}${p.code ? ` (${p.code})` : ''}: ${p.rule}: ${p.message}`);
    }
    if (result.counts === null) {
      console.error('Nothing was written. Correct these rows, or run again with --skip-bad to import the rest.');
      process.exitCode = 1;
      return;
    }
    if (result.problems.length > 0) console.error(`Skipped the ${result.problems.length} row(s) above (--skip-bad).`);
    const c = result.counts;
    const changed =
      c.units.inserted + c.units.updated + c.parentLinks.inserted + c.successions.inserted + c.successions.updated;
    console.error(changed === 0 ? 'Nothing changed: this map was already imported.' : 'Imported.');
    console.log(JSON.stringify(c));
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

/** `hoctap geo import --map <file>`: a map file of the project's format (e.g. earlier changes), all or nothing. */
async function mapImportCommand(file: string): Promise<void> {
  const started = Date.now();
  const document = await readJson(file, 'map');
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  try {
    const result = await importMapFile(db.orm.em.fork(), document, {
      actor: 'system',
      onProgress: (line) => console.error(line),
    });
    if (result.counts === null) {
      for (const p of result.problems) console.error(`  --map ${file} ${p.path}: ${p.message}`);
      console.error(`Nothing was written: ${result.problems.length} problem(s) in --map ${file}.`);
      process.exitCode = 1;
      return;
    }
    const c = result.counts;
    const changed =
      c.units.inserted + c.units.updated + c.parentLinks.inserted + c.successions.inserted + c.successions.updated;
    console.error(changed === 0 ? 'Nothing changed: this map was already imported.' : 'Imported.');
    console.log(JSON.stringify(c));
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}
