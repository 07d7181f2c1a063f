/** Keyboard shortcuts declared in manifest.json "commands". */
import { loadSettings, saveSettings } from '../shared/settings.ts';

export const TOGGLE_COMMAND = 'toggle-highlights';

/** The shortcut flips the master switch; every open page follows through storage.onChanged. */
export async function onCommand(command: string): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const { enabled } = await loadSettings();
  await saveSettings({ enabled: !enabled });
}
