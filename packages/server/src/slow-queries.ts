/** What a `pg` pool looks like to the slow-query watch: it announces each new client. */
interface ObservablePool {
  on(event: 'connect', listener: (client: { query: (...args: unknown[]) => unknown }) => void): unknown;
}

export interface SlowQuery {
  ms: number;
  /** The statement's text, never its parameters (they hold what users typed). */
  sql: string;
}

/**
 * Times every statement the pool's clients run and reports those slower than the threshold.
 * PostgreSQL's own `log_min_duration_statement` belongs to the database's operator; this one is
 * the application's, with the request's log line beside it.
 */
export function watchSlowQueries(pool: unknown, thresholdMs: number, onSlow: (query: SlowQuery) => void): void {
  if (thresholdMs <= 0) return;
  (pool as ObservablePool).on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const started = performance.now();
      const result = query(...args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        const report = () => {
          const ms = performance.now() - started;
          if (ms >= thresholdMs) onSlow({ ms: Math.round(ms), sql: statementText(args[0]).slice(0, 2000) });
        };
        (result as Promise<unknown>).then(report, report);
      }
      return result;
    };
  });
}

function statementText(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && 'text' in arg) return String((arg as { text: unknown }).text);
  return '(unknown statement)';
}
