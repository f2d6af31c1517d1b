/** What a `pg` pool looks like to the slow-query watch: it announces each new client. */
export interface ObservablePool {
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

/**
 * A statement's text for logs and traces, with its string literals blanked: the ORM inlines bound
 * values into the text it sends, so a search or a citizen's name would otherwise be written out.
 */
export function statementText(arg: unknown): string {
  if (typeof arg === 'string') return redactLiterals(arg);
  if (arg && typeof arg === 'object' && 'text' in arg) return redactLiterals(String((arg as { text: unknown }).text));
  return '(unknown statement)';
}

/** Replaces each SQL string literal ('…', E'…', with doubled or escaped quotes inside) by '?'. */
export function redactLiterals(sql: string): string {
  return sql.replace(/\b[eE]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'/g, "'?'");
}
