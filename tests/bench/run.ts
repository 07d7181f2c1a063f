/**
 * `npm run bench [-- flags]`: runs the exported `run(options)` of every tests/bench/*-bench.ts
 * module, one after another (sequentially, so measurements don't compete for the machine's cores).
 * Flags (extension/bench-options.ts): --quick, --runs N, --baseline <git-ref>, --no-firefox,
 * --only NAME,... Benchmarks print their figures and goals; they assert nothing.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BenchUsageError, parseBenchArgs, type BenchOptions } from './extension/bench-options.ts';

interface BenchModule {
  run(options: BenchOptions): unknown;
}

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`npm run bench: ${error.message}\n`);
  process.exit(2);
}
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts'))
  .filter((f) => options.only.length === 0 || options.only.some((word) => f.includes(word)))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  try {
    const mod = (await import(pathToFileURL(new URL(file, dir).pathname).href)) as Partial<BenchModule>;
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export a run() function`);
    await mod.run(options);
  } catch (error) {
    failed++;
    process.stderr.write(
      `bench ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}
if (files.length === 0) process.stderr.write('no tests/bench/*-bench.ts files matched\n');
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
