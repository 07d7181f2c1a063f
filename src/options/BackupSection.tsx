/**
 * Export the settings to a JSON file, import one. An import is read strictly (parseSettingsFile):
 * any problem refuses the whole file with the reason, and nothing changes.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { parseSettingsFile, portableSettings, type SettingsFileProblem } from '../shared/settings-schema.ts';
import { replaceSettings } from '../shared/settings.ts';
import { Section, type SectionProps } from './Section.tsx';

export const EXPORT_FILE_NAME = 'backstory-settings.json';

export function importReason(problem: SettingsFileProblem): string {
  switch (problem.problem) {
    case 'notJson':
      return t('importNotJson', problem.detail);
    case 'notObject':
      return t('importNotObject');
    case 'newerVersion':
      return t('importNewerVersion', String(problem.version));
    case 'unknownKey':
      return t('importUnknownKey', problem.path);
    case 'missingKey':
      return t('importMissingKey', problem.path);
    case 'wrongValue':
      return t('importWrongValue', [problem.path, problem.expected]);
  }
}

export function BackupSection({ settings }: SectionProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const exportFile = () => {
    const blob = new Blob([JSON.stringify(portableSettings(settings), null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    input.value = '';
    if (!result.ok) return setStatus({ ok: false, text: t('optionsImportRefused', [file.name, importReason(result)]) });
    await replaceSettings(result.settings);
    setStatus({ ok: true, text: t('optionsImported', file.name) });
  };
  return (
    <Section id="backup" titleKey="optionsBackupHeading">
      <div class="row">
        <button type="button" id="export" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        <label class="button" for="import-file">
          {t('optionsImport')}
        </label>
        <input
          type="file"
          id="import-file"
          class="visually-hidden"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <p
        id="import-status"
        role={status && !status.ok ? 'alert' : 'status'}
        class={status ? (status.ok ? 'ok' : 'error') : ''}
      >
        {status?.text ?? ''}
      </p>
    </Section>
  );
}
