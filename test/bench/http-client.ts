// Child process of the benchmarks: `node http-client.ts <url> <operation json> <runs>` prints a latency summary.
import { measureGraphql } from './http.ts';

const [url, operation, runs] = process.argv.slice(2);
if (!url || !operation || !runs) throw new Error('usage: http-client.ts <url> <operation json> <runs>');
console.log(JSON.stringify(await measureGraphql(url, JSON.parse(operation), Number(runs))));
