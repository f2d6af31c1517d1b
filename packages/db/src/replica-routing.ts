import { hasWritten } from '@hoctap/core';
import type { MikroORM } from '@mikro-orm/postgresql';

/** One replica as `/readyz` and the metrics show it. */
export interface ReplicaStatus {
  /** host:port, never the credentials. */
  name: string;
  /** How far behind the primary its replay is; null when it could not be asked. */
  lagMs: number | null;
  inRotation: boolean;
  error?: string;
}

interface Connection {
  execute<T>(sql: string, params?: unknown[], method?: 'all' | 'get' | 'run'): Promise<T>;
}

interface Driver {
  getConnection(type?: 'read' | 'write'): Connection;
  replicas: Connection[];
}

export interface ReplicaRoutingOptions {
  /** A replica further behind than this leaves the rotation until it catches up. */
  maxLagMs: number;
  /** How often lag is measured. */
  intervalMs?: number;
  /** The replicas' URLs in the order they were configured (for their names). */
  urls: readonly string[];
}

function nameOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}`;
}

/**
 * Routes reads among the replicas that are in rotation, round robin, and to the primary when none
 * is, or when the request has written (read-your-writes). MikroORM picks a replica at random and
 * never looks at lag; this replaces that choice on the driver, so entity reads and raw SQL asked
 * to run on a `read` connection follow the same rule. Lag is measured from the primary's WAL
 * position: a replica that has replayed everything the primary wrote is 0 ms behind however old
 * its last transaction is (an idle primary must not take every replica out).
 */
export class ReplicaRouting {
  private readonly driver: Driver;
  private readonly replicas: Connection[];
  private statuses: ReplicaStatus[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    orm: MikroORM,
    private readonly options: ReplicaRoutingOptions,
  ) {
    this.driver = orm.em.getDriver() as unknown as Driver;
    this.replicas = [...this.driver.replicas];
    // Out of rotation until the first measurement says otherwise.
    this.statuses = options.urls.map((url) => ({ name: nameOf(url), lagMs: null, inRotation: false }));
    const primary = this.driver.getConnection.bind(this.driver);
    this.driver.getConnection = (type = 'write') => {
      if (type === 'write' || hasWritten()) return primary('write');
      const healthy = this.replicas.filter((_, i) => this.statuses[i]?.inRotation);
      if (healthy.length === 0) return primary('write');
      this.next = (this.next + 1) % healthy.length;
      return healthy[this.next]!;
    };
    this.primary = () => primary('write');
  }

  private readonly primary: () => Connection;

  /** Measures every replica now, then every `intervalMs`. */
  async start(): Promise<void> {
    await this.measure();
    this.timer = setInterval(() => void this.measure(), this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  status(): ReplicaStatus[] {
    return this.statuses.map((s) => ({ ...s }));
  }

  async measure(): Promise<ReplicaStatus[]> {
    let primaryLsn: string;
    try {
      const [row] = await this.primary().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      primaryLsn = row!.lsn;
    } catch {
      // Without the primary nothing can be compared; keep the last judgement.
      return this.status();
    }
    this.statuses = await Promise.all(
      this.replicas.map(async (replica, i) => {
        const name = this.statuses[i]?.name ?? `replica ${i + 1}`;
        try {
          const [row] = await replica.execute<{ lag_ms: number | string | null; recovering: boolean }[]>(
            `select pg_is_in_recovery() as recovering,
                    case when pg_last_wal_replay_lsn() >= ?::pg_lsn then 0
                         else extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000 end as lag_ms`,
            [primaryLsn],
          );
          const lagMs = row?.lag_ms === null || row?.lag_ms === undefined ? null : Math.round(Number(row.lag_ms));
          if (!row?.recovering)
            return { name, lagMs, inRotation: false, error: 'not a standby (pg_is_in_recovery() is false)' };
          return { name, lagMs, inRotation: lagMs !== null && lagMs <= this.options.maxLagMs };
        } catch (error) {
          return { name, lagMs: null, inRotation: false, error: (error as Error).message };
        }
      }),
    );
    return this.status();
  }
}
