/**
 * `npm run bench`: runs the exported `run()` of every tests/bench/*-bench.ts module, one after
 * another (sequentially, so measurements don't compete for the machine's cores). Benchmarks print
 * their figures and goals; they assert nothing.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run(): unknown;
}

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  try {
    const mod = (await import(pathToFileURL(new URL(file, dir).pathname).href)) as Partial<BenchModule>;
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export a run() function`);
    await mod.run();
  } catch (error) {
    failed++;
    process.stderr.write(
      `bench ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}
if (files.length === 0) process.stderr.write('no tests/bench/*-bench.ts files found\n');
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
