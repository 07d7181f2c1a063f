/**
 * `npm test`: every check, in order, each timed, ending in one pass/fail summary. Later steps still
 * run after a failure (so one run shows every problem), except those that need the build.
 * `--all` adds the full real-page run (all of ../shared/pages in both browsers).
 */
import { spawn } from 'node:child_process';
import { ensureBrowsers } from './ensure-browsers.ts';

interface Step {
  name: string;
  command: string;
  needsBuild?: boolean;
}

const all = process.argv.includes('--all');
const STEPS: Step[] = [
  { name: 'dataset in sync with data/corpus', command: 'npx tsx build/dataset/cli.ts --check' },
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'unit tests (vitest, jsdom)', command: 'npx vitest run' },
  // The test build keeps data-backstory-state on <html> for the browser tests (issue 14).
  { name: 'build (test build)', command: 'BACKSTORY_TEST=1 npm run -s build' },
  { name: 'lint (eslint + web-ext lint)', command: 'npm run -s lint', needsBuild: true },
  { name: 'e2e in Chromium and Firefox', command: 'npx vitest run --config vitest.e2e.config.ts', needsBuild: true },
  all
    ? { name: 'real pages, all (both browsers)', command: 'npx tsx tests/pages/run.ts --all', needsBuild: true }
    : { name: 'real pages, sample (both browsers)', command: 'npx tsx tests/pages/run.ts', needsBuild: true },
];

/**
 * Lines worth repeating under a failed step in the summary (vitest's failed and retried tests,
 * errors): CI shows only the end of a long run, and this is what says what went wrong.
 */
const TELLING = /^\s*(FAIL\b|×|✗|.*\(retry x\d+\)|\w*Error\b)/;
const MAX_TOLD = 12;
// eslint-disable-next-line no-control-regex -- the terminal's colour codes are what it strips
const withoutColour = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs one step's command, its output passed through as it comes, and keeps its telling lines. */
function runStep(command: string): Promise<{ ok: boolean; told: string[] }> {
  return new Promise((done) => {
    const told: string[] = [];
    const child = spawn(command, {
      shell: true,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const keep = (sink: NodeJS.WriteStream) => {
      let partial = '';
      return (chunk: Buffer) => {
        sink.write(chunk);
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines.map(withoutColour))
          if (TELLING.test(line) && told.length < MAX_TOLD && !told.includes(line.trim())) told.push(line.trim());
      };
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (status) => done({ ok: status === 0, told }));
  });
}

async function run(): Promise<number> {
  const results: { name: string; ok: boolean; seconds: number; note?: string; told?: string[] }[] = [];
  const started = performance.now();
  try {
    ensureBrowsers();
    results.push({ name: 'browsers present', ok: true, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    console.error((error as Error).message);
    results.push({ name: 'browsers present', ok: false, seconds: (performance.now() - started) / 1000 });
  }
  let built = true;
  for (const step of STEPS) {
    if (step.needsBuild && !built) {
      results.push({ name: step.name, ok: false, seconds: 0, note: 'not run: the build failed' });
      continue;
    }
    console.log(`\n▶ ${step.name}: ${step.command}`);
    const t0 = performance.now();
    const { ok, told } = await runStep(step.command);
    if (step.name.startsWith('build')) built = ok;
    results.push({ name: step.name, ok, seconds: (performance.now() - t0) / 1000, told });
  }
  console.log('\nSummary');
  for (const r of results) {
    console.log(
      `  ${r.ok ? 'PASS' : 'FAIL'}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.name}${r.note ? ` (${r.note})` : ''}`,
    );
    // A failed step says what failed; a passed one says what only passed on a retry.
    for (const line of r.told ?? []) if (!r.ok || /\(retry x\d+\)/.test(line)) console.log(`             ${line}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`\nsteps: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exit(await run());
