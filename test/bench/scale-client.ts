// Child process of `pnpm bench scale`: `node scale-client.ts <urls,> <operations json> <concurrency> <seconds>`
// sends the operations round robin to the servers round robin (as a load balancer would) from
// `concurrency` loops for `seconds`, and prints requests/s and latency.
import { summarise } from './http.ts';

const [urlList, operationsJson, concurrencyText, secondsText] = process.argv.slice(2);
if (!urlList || !operationsJson || !concurrencyText || !secondsText)
  throw new Error('usage: scale-client.ts <urls,> <operations json> <concurrency> <seconds>');
const urls = urlList.split(',');
const operations = (JSON.parse(operationsJson) as { query: string }[]).map((o) => JSON.stringify(o));
const until = performance.now() + Number(secondsText) * 1000;
const samples: number[] = [];
let errors = 0;
let next = 0;

async function loop(): Promise<void> {
  while (performance.now() < until) {
    const i = next++;
    const started = performance.now();
    const response = await fetch(`${urls[i % urls.length]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: operations[i % operations.length],
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors || response.status !== 200) errors++;
    samples.push(performance.now() - started);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(concurrencyText) }, loop));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ requestsPerSecond: Math.round(samples.length / seconds), errors, ...summarise(samples) }));
