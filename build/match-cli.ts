/**
 * `npm run -s match -- [--dataset PATH] [--sensitivity strict|balanced|generous] [--lang LANG]
 * [--rejected] FILE...` prints one JSON line per file: {"file", "matches": [{"start", "end",
 * "text", "entry"}]}, with UTF-16 offsets into the file's text. A match whose figure differs from
 * the sources' carries "differs", one in a Spanish block "lang". `--rejected` adds "rejected":
 * the candidates turned down for a reason worth printing (another event, a weak tally), each
 * with its reason. `--lang` is the page's language hint (its `lang` attribute). Every file is read before anything is printed, so a bad
 * argument produces a clear message and no partial output.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { compileMatcher } from '../src/matcher/index.ts';
import type { FindOptions, Rejection, Sensitivity } from '../src/matcher/types.ts';
import { DatasetSchema, type Dataset } from '../src/shared/dataset-schema.ts';

const USAGE =
  'usage: npm run -s match -- [--dataset PATH] [--sensitivity strict|balanced|generous] [--lang LANG] [--rejected] FILE...';
const SENSITIVITIES = new Set(['strict', 'balanced', 'generous']);

class CliError extends Error {}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function loadDataset(file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readText(file, 'dataset'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(DatasetSchema, json);
  if (!result.success) {
    const issue = result.issues[0]!;
    const at = (issue.path ?? []).map((p) => String(p.key)).join('.');
    throw new CliError(`${file}: does not match the dataset schema at ${at || '(root)'}: ${issue.message}`);
  }
  return result.output;
}

interface Args {
  dataset: string;
  sensitivity: Sensitivity | undefined;
  lang: string | undefined;
  rejected: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  let dataset = 'data/dataset.json';
  let sensitivity: Sensitivity | undefined;
  let lang: string | undefined;
  let rejected = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--rejected') {
      rejected = true;
    } else if (arg === '--dataset' || arg === '--sensitivity' || arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
      if (arg === '--dataset') dataset = value;
      else if (arg === '--lang') lang = value;
      else if (SENSITIVITIES.has(value)) sensitivity = value as Sensitivity;
      else throw new CliError(`--sensitivity must be strict, balanced or generous, not "${value}"`);
    } else if (arg.startsWith('--')) {
      throw new CliError(`unknown option ${arg}\n${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new CliError(USAGE);
  return { dataset, sensitivity, lang, rejected, files };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const matcher = compileMatcher(loadDataset(args.dataset));
  const texts = args.files.map((file) => ({ file, text: readText(file, 'input file') }));
  const lines = texts.map(({ file, text }) => {
    const rejected: Rejection[] = [];
    const options: FindOptions = {
      ...(args.sensitivity ? { sensitivity: args.sensitivity } : {}),
      ...(args.lang ? { lang: args.lang } : {}),
      ...(args.rejected ? { onRejected: (r: Rejection) => rejected.push(r) } : {}),
    };
    const matches = matcher.matchBlocks([text], options)[0]!.map(({ start, end, text: t, entry, differs, lang }) => ({
      start,
      end,
      text: t,
      entry,
      ...(differs ? { differs } : {}),
      ...(lang ? { lang } : {}),
    }));
    return JSON.stringify({ file, matches, ...(args.rejected ? { rejected } : {}) });
  });
  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
}

try {
  main();
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`match: ${error.message}\n`);
  process.exitCode = 1;
}
