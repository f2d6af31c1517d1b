/**
 * The README's journeys, run as written: `pnpm start --demo` on a fresh data directory, the demo's
 * printed tokens and curl commands, the README's own shell blocks (calling the API, the CSV
 * import, the analytics download), `pnpm hoctap demo` again and `--remove`, and a clean Ctrl-C.
 * Child processes of the real commands; the build they need happens once, before the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocksOf = (lang: string) =>
  [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
/** The README's `sh` block that starts with `start`. */
function shBlock(start: string): string {
  const found = blocksOf('sh').find((b) => b.startsWith(start));
  if (!found) throw new Error(`The README has no sh block starting with ${start}`);
  return found;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let dataDir = '';
let workDir = '';
let port = 0;
let env: NodeJS.ProcessEnv = {};
let server: ChildProcess | undefined;
let serverOut = '';
let serverErr = '';
let serverExit: Promise<number | null> = Promise.resolve(null);

/** A shell script as a user would paste it, in the repository, on this test's port and data directory. */
function sh(script: string, cwd = ROOT) {
  const result = spawnSync('bash', ['-c', `set -e\n${script.replaceAll('127.0.0.1:4000', `127.0.0.1:${port}`)}`], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  // The commands run the built CLI; scripts/hoctap.mjs builds it through Turborepo when a source changed.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/hoctap.mjs'), '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  dataDir = await mkdtemp(join(tmpdir(), 'hoctap-readme-'));
  workDir = await mkdtemp(join(tmpdir(), 'hoctap-readme-work-'));
  port = await freePort();
  // The embedded PostgreSQL in a fresh data directory, as on a new clone.
  const { DATABASE_URL: _external, ...rest } = process.env;
  env = { ...rest, PORT: String(port), HOCTAP_DATA_DIR: dataDir, LOG_LEVEL: 'warn', TURBO_TELEMETRY_DISABLED: '1' };
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    ctrlC(server);
    await serverExit;
  }
  await rm(dataDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
}, 30_000);

/** What Ctrl-C in a terminal does: SIGINT to the foreground process group (pnpm and the server). */
const ctrlC = (child: ChildProcess) => process.kill(-child.pid!, 'SIGINT');

/** The demo's printed guide: its token exports and one curl script per query. */
function guideOf(stdout: string) {
  const exports = stdout.split('\n').filter((l) => l.startsWith('export '));
  const curls = [...stdout.matchAll(/^curl [^\n]*\n[^\n]*\nJSON$/gm)].map((m) => m[0]);
  return { exports: exports.join('\n'), curls };
}

describe('the README’s journeys, as written', () => {
  it('quick start: `pnpm start --demo` on a fresh data directory loads the demo, prints tokens and queries, serves', async () => {
    const command = blocksOf('sh').find((b) => b.trim() === 'pnpm start --demo');
    expect(command).toBeDefined();
    const [program, ...args] = command!.trim().split(' ');
    // Its own process group, so that a Ctrl-C can reach it as a terminal sends one: to the whole group.
    server = spawn(program!, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    server.stdout!.on('data', (chunk: Buffer) => (serverOut += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (serverErr += chunk.toString()));
    serverExit = new Promise((resolve) => server!.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!serverErr.includes('GraphQL API ready at')) {
      if (server.exitCode !== null) throw new Error(`pnpm start --demo exited ${server.exitCode}:\n${serverErr}`);
      if (Date.now() - started > 45_000) throw new Error(`not ready after 45 s:\n${serverErr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(serverErr).toContain('Loading the demo dataset into Tỉnh Đồng Tháp (87) → Tỉnh Đồng Tháp (82) …');
    expect(serverErr).toMatch(/Loaded the demo dataset in \d+\.\d s\./);
    const guide = guideOf(serverOut);
    expect(guide.exports.split('\n')).toHaveLength(3);
    expect(guide.curls).toHaveLength(3);
  }, 60_000);

  it('the three printed queries answer with the printed tokens, through curl', () => {
    const guide = guideOf(serverOut);
    const [commune, province, analyst] = guide.curls.map((curl) => {
      const result = sh(`${guide.exports}\n${curl}`);
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { data: Record<string, any>; errors?: unknown }; // eslint-disable-line @typescript-eslint/no-explicit-any
    });
    expect(commune?.errors).toBeUndefined();
    expect(commune?.data.evaluations.totalCount).toBe(20);
    expect(commune?.data.evaluations.nodes[0].subject.name).toMatch(/^\[Demo\] Hộ /);
    expect(province?.errors).toBeUndefined();
    expect(province?.data.studyPromotionAssociations[0].funds[0].balanceVnd).toBe(22_000_000);
    // Đồng Tháp's plugin is loaded by default: its province endorsement step was taken.
    expect(province?.data.gnlcApplications.nodes[0].state).toBe('PROVINCE_ENDORSED');
    expect(analyst?.data.analytics.rows).toEqual([
      [2023, 0.5, 15, 30],
      [2024, 10 / 30, 10, 30],
      [2025, 5 / 30, 5, 30],
    ]);
  });

  it('calling the API: a token from `pnpm -s hoctap token`, then curl', () => {
    const result = sh(shBlock('TOKEN=$(pnpm -s hoctap token'));
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      data: {
        viewer: { role: 'OFFICER', scope: { name: 'Tỉnh Đồng Tháp' } },
        adminUnit: { name: 'Tỉnh Đồng Tháp', current: [{ name: 'Tỉnh Đồng Tháp' }] },
      },
    });
  });

  it('analytics: the CSV download with an analyst’s token', () => {
    const result = sh(`TOKEN=$(pnpm -s hoctap token --role ANALYST)\n${shBlock('Q=')}`);
    expect(result.status, result.stderr).toBe(0);
    const [header, ...rows] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^UNIT/);
    expect(rows.find((r) => r.includes('Đồng Tháp') && r.includes('2023'))).toBeDefined();
  });

  it('importing evaluations from CSV: the README’s file, as DRAFT, then again with --state SUBMITTED', async () => {
    const [csv] = blocksOf('csv');
    await writeFile(join(workDir, 'households-2024.csv'), csv!);
    const script = shBlock('pnpm hoctap evaluations import').replaceAll(
      'households-2024.csv',
      join(workDir, 'households-2024.csv'),
    );
    const [asDraft, again] = script
      .trim()
      .split('\n')
      .map((line) => sh(line));
    expect(asDraft?.status, asDraft?.stderr).toBe(0);
    // Without -s, pnpm prints its banner first; the command's summary is the last line.
    const summary = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(summary(asDraft!.stdout)).toMatchObject({ rows: 1, evaluations: 1 });
    expect(again?.status, again?.stderr).toBe(0);
    expect(summary(again!.stdout)).toMatchObject({ rows: 1, evaluations: 0 });
  });

  it('`pnpm hoctap demo` again changes nothing and prints fresh tokens; `--remove` removes it, and the rest stays', () => {
    const again = sh('pnpm -s hoctap demo');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('The demo dataset (version 1) is already loaded: nothing changed.');
    const guide = guideOf(again.stdout);
    expect(guide.curls).toHaveLength(3);
    const removed = sh('pnpm -s hoctap demo --remove');
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stderr).toMatch(/Removed the demo dataset: .*64 Evaluation.*44 Subject/);
    // The household the CSV import added to old Tân Mỹ is a real record: it stays.
    const after = JSON.parse(sh(`${guide.exports}\n${guide.curls[0]}`).stdout) as {
      data: { evaluations: { totalCount: number; nodes: { subject: { name: string } }[] } };
    };
    expect(after.data.evaluations).toMatchObject({
      totalCount: 1,
      nodes: [{ subject: { name: 'Hộ ông Nguyễn Văn A' } }],
    });
    expect(sh('pnpm -s hoctap demo --remove').stderr).toContain('No demo data to remove.');
  });

  it('`pnpm hoctap --version`, and tokens for a date, ISO only', () => {
    expect(sh('pnpm -s hoctap --version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(sh('pnpm -s hoctap token --role OFFICER --unit 87 --as-of 2025-06-30').stdout).toMatch(/^ey/);
    const refused = sh('pnpm -s hoctap token --role OFFICER --unit 87 --as-of 02/07/2025 || true');
    expect(refused.stderr).toContain("option '--as-of <date>' argument '02/07/2025' is invalid");
  });

  it('Ctrl-C stops the server cleanly, with exit code 0', async () => {
    ctrlC(server!);
    expect(await serverExit).toBe(0);
    expect(serverErr).toContain('Stopped cleanly.');
  }, 30_000);
});
