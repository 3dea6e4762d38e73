// `npm run bench`: install what is missing, then run the benchmarks (bench/README.md).
import { runTs } from './run-ts.mjs';

runTs('bench/run.ts');
