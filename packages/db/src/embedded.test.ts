import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';

/**
 * A server process, as `hoctap start` holds the cluster: it starts (or takes over) the embedded
 * PostgreSQL exclusively, prints READY, and stops it on SIGTERM. Node runs embedded.ts as is
 * (type stripping), so the test needs no build.
 */
function serverProcess(dir: string): { child: ChildProcess; ready: Promise<string> } {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(join(import.meta.dirname, 'embedded.ts'))};
    const pg = await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, exclusive: true, onLog: (l) => { if (l.startsWith('Took over')) console.log(l); } });
    console.log('READY ' + pg.port);
    process.on('SIGTERM', async () => { await pg.stop(); process.exit(0); });
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/READY \d+/.test(out)) resolve(out);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, ready };
}

const postmasterPid = (dir: string) => {
  const file = join(dir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};
/** Running, and not an exited process waiting to be reaped. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return existsSync(`/proc/${pid}/stat`) ? !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')) : true;
};
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', resolve));

describe('the embedded PostgreSQL of a data directory', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) {
      const pid = postmasterPid(dir);
      if (pid && alive(pid)) process.kill(pid, 'SIGINT');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is taken over after its server was killed with SIGKILL, refused to a second server, and stopped on exit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoctap-embedded-'));
    dirs.push(dir);

    const first = serverProcess(dir);
    await first.ready;
    const orphan = postmasterPid(dir);
    expect(orphan).toBeGreaterThan(0);
    first.child.kill('SIGKILL');
    await exited(first.child);
    // No exit hook ran: PostgreSQL is still running, owned by nobody.
    expect(alive(orphan!)).toBe(true);

    const second = serverProcess(dir);
    const output = await second.ready;
    expect(output).toContain(`Took over the embedded PostgreSQL (pid ${orphan})`);

    // A second server on the same data directory is refused, naming the owner and the way out.
    await expect(startEmbeddedPostgres({ dir, exclusive: true })).rejects.toThrow(
      new RegExp(`in use by another Hoc Tap process \\(pid ${second.child.pid}.*HOCTAP_DATA_DIR.*DATABASE_URL`, 's'),
    );
    // A short-lived command (hoctap token) connects and leaves it to its owner.
    const command = await startEmbeddedPostgres({ dir });
    await command.stop();
    expect(alive(orphan!)).toBe(true);

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(alive(orphan!)).toBe(false);
    expect(existsSync(join(dir, 'postgres-owner.json'))).toBe(false);
  }, 60_000);
});
