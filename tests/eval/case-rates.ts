/** Pass rates per class of the two case files (tests/fixtures), judged as the mention-cases test does. */
import type { Mention } from '../../src/matcher/types.ts';
import { CASE_FILES, DOM_ONLY_CASES, loadCases, type CaseFileName } from './eval-files.ts';
import { casePasses } from './judge.ts';
import { rate } from './report.ts';

/** Runs every case once; returns "passed/total pct" for a file and a class (or 'ALL'), "—" if it has none. */
export function caseRates(find: (page: string[]) => Mention[]): (name: CaseFileName, cls: string) => string {
  const rates = new Map<string, { passed: number; total: number }>();
  for (const name of Object.keys(CASE_FILES) as CaseFileName[]) {
    for (const c of loadCases(name).filter((c) => !DOM_ONLY_CASES.has(c.id))) {
      const pass = casePasses(c, find(c.page));
      for (const key of [`${name}:${c.class}`, `${name}:ALL`]) {
        const r = rates.get(key) ?? { passed: 0, total: 0 };
        rates.set(key, { passed: r.passed + Number(pass), total: r.total + 1 });
      }
    }
  }
  return (name, cls) => {
    const r = rates.get(`${name}:${cls}`);
    return r ? rate(r.passed, r.total) : '—';
  };
}
