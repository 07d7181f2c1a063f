/**
 * Deterministic synthetic datasets of any size, for measuring how matching cost grows with the
 * number of entries. Names are made of invented syllables (so, like most real entries, they are
 * rare in ordinary text); quantities reuse the real count nouns so number candidates still fire.
 */
import type { Dataset, Entry } from '../../src/shared/dataset-schema.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'dan',
  'vek',
  'tor',
  'shi',
  'ran',
  'bel',
  'qua',
  'zen',
  'fol',
  'gri',
  'mu',
  'pas',
  'tiv',
];
const NOUNS = [
  'senators',
  'people',
  'immigrants',
  'members of congress',
  'lawmakers',
  'house democrats',
  'adults and children',
];

export function syntheticDataset(base: Dataset, size: number, seed = 7): Dataset {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (): string => {
    const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const template = base.entries[0]!;
  const entries: Entry[] = [...base.entries];
  for (let i = entries.length; i < size; i++) {
    const context = [word().toLowerCase(), pick(base.storyTerms)];
    let match: Entry['match'];
    switch (i % 4) {
      case 0: {
        const words = [word(), word(), word()];
        match = {
          type: 'acronym',
          acronyms: [words.map((w) => w[0]).join('') + String.fromCharCode(65 + (i % 26))],
          names: [words.join(' ')],
          context,
        };
        break;
      }
      case 1: {
        const surname = word();
        match = { type: 'person', fullNames: [`${word()} ${surname}`], surname, titles: ['Secretary'], context };
        break;
      }
      case 2:
        match = { type: 'quantity', value: 2 + Math.floor(random() * 5000), counted: [pick(NOUNS)], context };
        break;
      default:
        match = { type: 'name', names: [`${word()} ${word()}`], context };
    }
    entries.push({ ...template, id: `synthetic-${i}`, label: `synthetic ${i}`, match, related: [] });
  }
  return { ...base, entries: entries.slice(0, size) };
}
