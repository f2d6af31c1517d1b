// The API as `hoctap start` runs it, in a process of its own (the benchmark's client runs in
// another), on a database the benchmark prepared.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@hoctap/db';

export interface ServerProcess {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** SIGTERM, then waits for the process to end. */
  stop(): Promise<void>;
}

const cli = join(import.meta.dirname, '../../packages/cli/dist/bin.js');

/**
 * Starts the built CLI's `start` (with `args`, e.g. `--no-migrate`) on `databaseUrl` and resolves
 * once it says it is ready. Rate limits are off: a benchmark is one caller sending thousands of
 * requests a minute.
 */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'start', ...args], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      HOCTAP_RATE_LIMIT_PER_MINUTE: '0',
      HOCTAP_RATE_LIMIT_IP_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('ready at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${seen.slice(-2000)}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
