/**
 * `web-ext lint` on dist/firefox: fails on any error, and on any warning from our own code. The
 * only tolerated warnings are addons-linter's UNSAFE_VAR_ASSIGNMENT on Preact's runtime, where it
 * implements dangerouslySetInnerHTML (`el.innerHTML = props.__html`), which our code never uses
 * (eslint forbids it; see eslint.config.js). The content script's one dynamic import is tolerated too:
 * it imports the extension's own packaged card.js by `runtime.getURL` (src/content/card/view-loader.ts),
 * never remote code. Each tolerated warning is checked at its position.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const dir = join(import.meta.dirname, '../dist/firefox');
const bin = join(import.meta.dirname, '../node_modules/.bin/web-ext');
let output: string;
try {
  output = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

function isPreactInnerHtml(message: LintMessage): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, (message.column ?? 0) - 40), (message.column ?? 0) + 60);
  return /\.innerHTML=\w+\.__html/.test(around);
}

/** The card module's import: `import(<browser>.runtime.getURL(<name>))` in content.js. */
function isCardModuleImport(message: LintMessage): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || message.file !== 'content.js' || !message.line) return false;
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, (message.column ?? 0) - 10), (message.column ?? 0) + 60);
  return /\bimport\([\w$.]*\.runtime\.getURL\(\w+\)\)/.test(around);
}

const isTolerated = (message: LintMessage) => isPreactInnerHtml(message) || isCardModuleImport(message);
const where = (m: LintMessage) => `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;
const tolerated = report.warnings.filter(isTolerated);
const ours = report.warnings.filter((m) => !isTolerated(m));
for (const m of report.errors) console.error(`error ${m.code} ${where(m)}: ${m.message}`);
for (const m of ours) console.error(`warning ${m.code} ${where(m)}: ${m.message}`);
for (const m of report.notices) console.log(`notice ${m.code} ${where(m)}: ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings from our code, ` +
    `${tolerated.length} tolerated (Preact's dangerouslySetInnerHTML, the card module's import: ${tolerated.map(where).join(', ') || 'none'})`,
);
process.exit(report.errors.length === 0 && ours.length === 0 ? 0 : 1);
