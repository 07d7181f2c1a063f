/** One titled section of the options page; the props every settings section gets. */
import type { ComponentChildren } from 'preact';
import type { Settings } from '../shared/settings-defaults.ts';
import { t } from '../shared/i18n.ts';

export interface SectionProps {
  settings: Settings;
  save(change: Partial<Settings>): Promise<void>;
}

export function Section({ id, titleKey, children }: { id: string; titleKey: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="panel">
      <h2 id={`${id}-heading`}>{t(titleKey)}</h2>
      {children}
    </section>
  );
}
