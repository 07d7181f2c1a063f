/** Names derived by rule (name-variants.ts, org-forms.ts) and each entry's salience (salience.ts). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personNameVariants } from '../../../build/dataset/name-variants.ts';
import { exactOrgForms, looseOrgForms } from '../../../build/dataset/org-forms.ts';
import { BUILT_PATH, loadDataset } from '../matcher/datasets.ts';

describe('person name variants', () => {
  it('swaps a short first name for the formal one and back, never one short form for another', () => {
    expect(personNameVariants(['Chuck Schumer'], 'Schumer')).toContain('Charles Schumer');
    expect(personNameVariants(['Bernard Sanders'], 'Sanders')).toContain('Bernie Sanders');
    expect(personNameVariants(['Ted Cruz'], 'Cruz')).not.toContain('Ed Cruz');
  });

  it('spells surnames without the hyphen and with interchangeable endings', () => {
    expect(personNameVariants(['Lucille Roybal-Allard'], 'Roybal-Allard')).toContain('Lucille Roybal Allard');
    expect(personNameVariants(['Nydia Velasquez'], 'Velasquez')).toContain('Nydia Velazquez');
    expect(personNameVariants(['Jeh Johnson'], 'Johnson')).toEqual([]);
  });
});

describe('organisation forms', () => {
  it('reorders a "Department of" name, writes "&" for "and", adds "U.S." only where the articles do', () => {
    const names = ['Department of Homeland Security', 'Immigration and Customs Enforcement'];
    const forms = exactOrgForms(names, ['Agents of U.S. Immigration and Customs Enforcement said']);
    expect(forms).toEqual(
      expect.arrayContaining([
        'Homeland Security Department',
        'Immigration & Customs Enforcement',
        'U.S. Immigration and Customs Enforcement',
      ]),
    );
    expect(forms).not.toContain('U.S. Department of Homeland Security');
  });

  it('gives loose forms: without the first qualifier, qualifiers swapped, one word of a long form misspelt', () => {
    expect(looseOrgForms(['Congressional Hispanic Caucus'], [])).toEqual(
      expect.arrayContaining(['Hispanic Caucus', 'Hispanic Congressional Caucus']),
    );
    const ice = looseOrgForms(['Immigration and Customs Enforcement'], []);
    expect(ice).toContain('Immigration and Custom Enforcement');
    expect(ice).toContain('Customs and Immigration Enforcement');
    expect(ice).not.toContain('Immigration and Customs Enforcement');
    expect(looseOrgForms(['Temporary Protected Status'], [])).toContain('Temporary Protective Status');
    expect(looseOrgForms(['Judiciary Committee'], [])).toEqual([]);
  });
});

describe.runIf(existsSync(BUILT_PATH))('salience of the story pack', () => {
  const entries = new Map(loadDataset(BUILT_PATH).entries.map((e) => [e.id, e]));
  const generic = (id: string): boolean | undefined => entries.get(id)?.salience?.generic;

  it('marks the stage, home states and cited outlets generic, with a reason', () => {
    for (const id of ['united-states', 'vermont', 'washington-post']) {
      expect(generic(id)).toBe(true);
      expect(entries.get(id)?.salience?.why).toBeTruthy();
    }
  });

  it('keeps the places of the raids, the families’ countries and the story’s own outlet specific', () => {
    for (const id of ['georgia', 'texas', 'honduras', 'central-america', 'latin-post', 'ice', 'jeh-johnson']) {
      expect(generic(id)).toBe(false);
    }
  });

  it('scores central entries above passing ones', () => {
    expect(entries.get('barack-obama')!.salience!.score).toBeGreaterThan(entries.get('jorge-silva')!.salience!.score);
  });
});
