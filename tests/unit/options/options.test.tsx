// @vitest-environment jsdom
/** The options page against the fake browser seam: every control reads and writes its setting. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { waitFor } from '../../helpers/fake-browser.ts';
import { useMountPoint } from '../../helpers/mount-point.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());
// The preview styles its samples with the content script's own styleMark; spy on it to see the look it is given.
vi.mock('../../../src/content/mark-style.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/content/mark-style.ts')>();
  return { ...original, styleMark: vi.fn(original.styleMark) };
});

const { Options } = await import('../../../src/options/Options.tsx');
const { loadSettings, saveSettings } = await import('../../../src/shared/settings.ts');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings-defaults.ts');
const { styleMark } = await import('../../../src/content/mark-style.ts');
type Settings = typeof DEFAULT_SETTINGS;

const mount = useMountPoint();
const $ = <E extends Element = HTMLElement>(selector: string) => {
  const found = mount.element.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

async function openOptions(stored: Partial<Settings> = {}) {
  if (Object.keys(stored).length) await saveSettings(stored);
  render(<Options />, mount.element);
  await waitFor(() => $('#general'));
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function change(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const radio = (name: string, value: string) => $<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);

describe('switches read and write their setting', () => {
  it.each([['enabled'], ['showBadge'], ['showGeneric']] as const)('%s', async (key) => {
    await openOptions({ [key]: false });
    const control = $(`#${key}`);
    expect(control.getAttribute('aria-checked')).toBe('false');
    control.click();
    await waitFor(async () => expect((await loadSettings())[key]).toBe(true));
    expect($(`#${key}`).getAttribute('aria-checked')).toBe('true');
  });
});

describe('categories read and write their setting', () => {
  it.each([['numbers'], ['organizations'], ['people'], ['places']] as const)('%s', async (category) => {
    await openOptions({ categories: { ...DEFAULT_SETTINGS.categories, [category]: false } });
    const box = $<HTMLInputElement>(`#category-${category}`);
    expect(box.checked).toBe(false);
    box.click();
    await waitFor(async () => expect((await loadSettings()).categories).toEqual(DEFAULT_SETTINGS.categories));
  });
});

describe('choices read and write their setting', () => {
  it.each([
    ['highlightStyle', 'outline', 'background'],
    ['cardTrigger', 'keyboard', 'click'],
    ['theme', 'dark', 'light'],
    ['sensitivity', 'strict', 'generous'],
    ['siteMode', 'allow', 'deny'],
  ] as const)('%s: shows %s, writes %s', async (key, stored, chosen) => {
    await openOptions({ [key]: stored });
    expect(radio(key, stored).checked).toBe(true);
    expect(radio(key, chosen).checked).toBe(false);
    radio(key, chosen).click();
    await waitFor(async () => expect((await loadSettings())[key]).toBe(chosen));
    expect(radio(key, chosen).checked).toBe(true);
  });
});

describe('colours and preview', () => {
  /** The look the preview last gave the sample mark of `category` (through the content script's styleMark). */
  function lastLook(category: string) {
    const calls = vi.mocked(styleMark).mock.calls.filter(([mark, , called]) => called === category && mark.isConnected);
    const [, look] = calls.at(-1) ?? [];
    return look && { highlightStyle: look.highlightStyle, color: look.colors[category as keyof Settings['colors']] };
  }

  it.each([['numbers'], ['organizations'], ['people'], ['places']] as const)(
    'colour for %s reads and writes, and the preview follows',
    async (category) => {
      await openOptions({ colors: { ...DEFAULT_SETTINGS.colors, [category]: '#123456' } });
      const input = $<HTMLInputElement>(`#color-${category}`);
      expect(input.value).toBe('#123456');
      expect(lastLook(category)).toEqual({ highlightStyle: 'underline', color: '#123456' });
      change(input, '#abcdef');
      await waitFor(async () => expect((await loadSettings()).colors[category]).toBe('#abcdef'));
      await waitFor(() => expect(lastLook(category)).toEqual({ highlightStyle: 'underline', color: '#abcdef' }));
    },
  );

  it('the preview shows the chosen style live', async () => {
    await openOptions({ highlightStyle: 'underline' });
    expect(lastLook('people')?.highlightStyle).toBe('underline');
    radio('highlightStyle', 'outline').click();
    await waitFor(() => expect(lastLook('people')?.highlightStyle).toBe('outline'));
    expect($('#preview').textContent).toContain('Jeh Johnson');
    expect($('#preview [data-category="people"]').style.length).toBeGreaterThan(0);
  });
});

describe('card delay', () => {
  it('reads the setting, shows the value while dragged, writes on release', async () => {
    await openOptions({ cardDelayMs: 500 });
    const slider = $<HTMLInputElement>('#cardDelayMs');
    expect(slider.value).toBe('500');
    expect($('output').textContent).toBe('500 ms');
    type(slider, '800');
    await waitFor(() => expect($('output').textContent).toBe('800 ms'));
    expect((await loadSettings()).cardDelayMs).toBe(500);
    change(slider, '800');
    await waitFor(async () => expect((await loadSettings()).cardDelayMs).toBe(800));
  });

  it('is disabled unless cards open on hover', async () => {
    await openOptions({ cardTrigger: 'click' });
    expect($<HTMLInputElement>('#cardDelayMs').disabled).toBe(true);
  });
});

describe('site rules', () => {
  it('lists the deny list, adds a valid pattern, removes one', async () => {
    await openOptions({ deniedSites: ['example.com'] });
    expect([...mount.element.querySelectorAll('#site-list li')].map((li) => li.getAttribute('data-site'))).toEqual([
      'example.com',
    ]);
    type($<HTMLInputElement>('#site-pattern'), 'https://News.Example.org/page');
    $<HTMLFormElement>('form.site-add').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(async () => expect((await loadSettings()).deniedSites).toEqual(['example.com', 'news.example.org']));
    expect($<HTMLInputElement>('#site-pattern').value).toBe('');
    $('#site-list li[data-site="example.com"] button').click();
    await waitFor(async () => expect((await loadSettings()).deniedSites).toEqual(['news.example.org']));
  });

  it('validates as typed: says what is wrong and refuses to add', async () => {
    await openOptions({ deniedSites: ['example.com'] });
    const input = $<HTMLInputElement>('#site-pattern');
    expect($('#site-pattern-error').textContent).toBe('');
    type(input, 'example.com:8080');
    await waitFor(() => expect($('#site-pattern-error').textContent).toBe('Leave out the port (such as :8080).'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type(input, 'Example.com');
    await waitFor(() => expect($('#site-pattern-error').textContent).toBe('That site is already in the list.'));
    $<HTMLFormElement>('form.site-add').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    type(input, '*.example.org');
    await waitFor(() => expect($('#site-pattern-error').textContent).toBe(''));
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect((await loadSettings()).deniedSites).toEqual(['example.com']);
  });

  it('in allow-list mode edits the allow list and keeps the deny list', async () => {
    await openOptions({ siteMode: 'allow', deniedSites: ['a.org'], allowedSites: [] });
    expect($('#site-list-empty').textContent).toContain('runs nowhere');
    type($<HTMLInputElement>('#site-pattern'), '*.news.org');
    $<HTMLFormElement>('form.site-add').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(async () =>
      expect(await loadSettings()).toMatchObject({ allowedSites: ['*.news.org'], deniedSites: ['a.org'] }),
    );
  });
});

describe('hidden entries and per-site exceptions', () => {
  it('lists each with its label and restores them one by one', async () => {
    await openOptions({
      hiddenEntries: ['tps', 'ice'],
      siteHiddenEntries: { 'news.org': ['dhs', 'ice'], 'b.org': ['tps'] },
    });
    expect($('#hidden-entries li[data-entry="ice"]').textContent).toContain('ICE');
    $('#hidden-entries li[data-entry="tps"] button').click();
    await waitFor(async () => expect((await loadSettings()).hiddenEntries).toEqual(['ice']));
    $('#site-exceptions li[data-site="news.org"][data-entry="dhs"] button').click();
    await waitFor(async () =>
      expect((await loadSettings()).siteHiddenEntries).toEqual({ 'news.org': ['ice'], 'b.org': ['tps'] }),
    );
    $('#site-exceptions li[data-site="b.org"] button').click();
    await waitFor(async () => expect((await loadSettings()).siteHiddenEntries).toEqual({ 'news.org': ['ice'] }));
  });

  it('says when nothing is hidden', async () => {
    await openOptions();
    expect($('#hidden-none').textContent).toBe('No entries are hidden.');
    expect($('#exceptions-none').textContent).toBe('No entries are hidden on particular sites.');
  });
});

describe('theme', () => {
  it('the page follows the theme setting live', async () => {
    await openOptions({ theme: 'light' });
    expect(document.documentElement.dataset.theme).toBe('light');
    await saveSettings({ theme: 'dark' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('story, privacy', () => {
  it('browses every entry with its facts, quotes and sources, and the articles', async () => {
    const { story } = await import('../../../src/ui/story.ts');
    await openOptions();
    expect(mount.element.querySelectorAll('#entries > li')).toHaveLength(story.entries.length);
    expect(mount.element.querySelectorAll('#articles > li')).toHaveLength(story.articles.length);
    const tps = $('#entries li[data-entry="raids-121"]');
    expect(tps.querySelector('blockquote')?.textContent).toContain('121');
    expect(tps.querySelector('.source a')?.getAttribute('href')).toMatch(/^https?:/);
    type($<HTMLInputElement>('#entry-filter'), 'senators');
    await waitFor(() =>
      expect(mount.element.querySelectorAll('#entries > li').length).toBeLessThan(story.entries.length),
    );
    expect(mount.element.querySelector('#entries li[data-entry="senate-letter-22"]')).not.toBeNull();
  });

  it('states that nothing is sent or collected', async () => {
    await openOptions();
    expect($('#privacy-statement').textContent).toContain('no network requests and collects nothing');
  });
});
