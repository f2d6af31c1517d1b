/** The synthetic national dataset for benchmarks (`hoctap bench-data`). */
export {
  BENCH_DEFAULTS,
  BenchDataConflict,
  checkBenchParams,
  countPreReformCommunes,
  generateBenchData,
  type BenchDataResult,
  type BenchParams,
} from './bench-data.service.js';
