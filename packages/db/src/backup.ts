import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL client tool (pg_dump, pg_restore) and its major version. */
export interface PgTool {
  path: string;
  major: number;
}

/** No pg_dump or pg_restore new enough for the server was found. */
export class PgToolMissingError extends Error {
  constructor(tool: string, needed: number, found: PgTool[]) {
    super(
      `${tool} ${needed} or newer is needed for this PostgreSQL ${needed} server; ` +
        (found.length
          ? `found only ${found.map((t) => `${t.major} (${t.path})`).join(', ')}`
          : 'none found on PATH or in /usr/lib/postgresql/*/bin') +
        '. Install the PostgreSQL client tools of that version or set HOCTAP_PG_BIN to their folder.',
    );
    this.name = 'PgToolMissingError';
  }
}

async function majorOf(path: string): Promise<number | null> {
  try {
    const { stdout } = await run(path, ['--version']);
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The tool to use against a server of `serverMajor`: pg_dump refuses a newer server than itself,
 * so the newest found is taken, from HOCTAP_PG_BIN, the PATH and Debian's versioned folders.
 */
export async function findPgTool(
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PgTool> {
  const folders = [
    ...(env.HOCTAP_PG_BIN ? [env.HOCTAP_PG_BIN] : []),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql').map((v) => join('/usr/lib/postgresql', v, 'bin'))
      : []),
  ];
  const found: PgTool[] = [];
  for (const folder of new Set(folders)) {
    const path = join(folder, name);
    if (!existsSync(path)) continue;
    const major = await majorOf(path);
    if (major !== null) found.push({ path, major });
  }
  const usable = found.filter((t) => t.major >= serverMajor).sort((a, b) => b.major - a.major);
  if (!usable[0]) throw new PgToolMissingError(name, serverMajor, found);
  return usable[0];
}

/** The server's major version. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * The connection as libpq's environment variables: a password on the command line would be
 * readable by every user of the machine in `ps`.
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {
    PGHOST: u.hostname.replace(/^\[|\]$/g, '') || 'localhost',
    PGPORT: u.port || '5432',
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const host = u.searchParams.get('host');
  if (host) env.PGHOST = host;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function runTool(tool: PgTool, args: string[], url: string, progress: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, {
      env: { ...process.env, ...libpqEnv(url) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let last = '';
    let tail: string[] = [];
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (last + chunk).split('\n');
      last = lines.pop() ?? '';
      for (const line of lines) {
        tail = [...tail.slice(-9), line];
        progress(line);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool.path} exited with ${code}: ${[...tail, last].filter(Boolean).join(' | ')}`));
    });
  });
}

/** Dumps the whole database (core and plugin schemas) in pg_dump's custom format. */
export async function backupDatabase(url: string, file: string, progress: (line: string) => void = () => undefined) {
  const tool = await findPgTool('pg_dump', await serverMajor(url));
  progress(`Using ${tool.path} (PostgreSQL ${tool.major}).`);
  await runTool(
    tool,
    ['--format=custom', '--no-owner', '--no-privileges', '--verbose', `--file=${file}`],
    url,
    progress,
  );
}

/** The database holds no tables of its own: a restore into it cannot overwrite anything. */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return rows[0]!.n === 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump in one transaction (all or nothing). A database that already holds tables is
 * refused unless `replace` is given, which drops what the dump recreates.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { replace?: boolean; progress?: (line: string) => void } = {},
): Promise<void> {
  const progress = options.progress ?? (() => undefined);
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  if (!options.replace && !(await isEmptyDatabase(url)))
    throw new Error(
      `Cơ sở dữ liệu đích không trống / the target database ${libpqEnv(url).PGDATABASE} already holds tables: restore into a new database, or pass --replace to drop and recreate what the backup holds.`,
    );
  const tool = await findPgTool('pg_restore', await serverMajor(url));
  progress(`Using ${tool.path} (PostgreSQL ${tool.major}).`);
  await runTool(
    tool,
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      '--verbose',
      ...(options.replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${libpqEnv(url).PGDATABASE}`,
      file,
    ],
    url,
    progress,
  );
}
