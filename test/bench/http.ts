// Latency measurement over real HTTP with keep-alive, as a client app would call the API.

export interface LatencySummary {
  runs: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { runs: sorted.length, p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), max_ms: round(sorted.at(-1) ?? 0) };
}

/** A GraphQL operation, sent as the caller whose bearer token is given (anonymous without one). */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  token?: string;
}

/** Posts the query `runs` times after `warmup` unmeasured calls; fails loudly on any GraphQL error. */
export async function measureGraphql(
  url: string,
  operation: Operation,
  runs: number,
  warmup = 20,
): Promise<LatencySummary> {
  const { query, variables } = operation;
  const body = JSON.stringify({ query, variables });
  const headers = {
    'content-type': 'application/json',
    ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}),
  };
  const call = async () => {
    const response = await fetch(url, { method: 'POST', headers, body });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`GraphQL error in benchmark: ${JSON.stringify(json.errors)}`);
  };
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/**
 * Measures from a separate Node process, as a real client would call: a load generator in the
 * server's own process would compete with it for the event loop and inflate the figures.
 */
export async function measureFromClientProcess(
  url: string,
  operation: Operation,
  runs: number,
): Promise<LatencySummary> {
  const { execFile } = await import('node:child_process');
  const script = new URL('./http-client.ts', import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, url, JSON.stringify(operation), String(runs)], (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as LatencySummary);
    });
  });
}
