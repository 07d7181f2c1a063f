/** Settings as Preact state: loaded once, kept live through storage.onChanged, saved through the store. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings.ts';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a change; the UI shows it at once and the store's answer confirms it. */
  save(change: Partial<Settings>): Promise<void>;
  /** The last save error, shown to the user; null when the last save worked. */
  error: string | null;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((loaded) => !controller.signal.aborted && setSettings(loaded));
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  const save = useCallback(async (change: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...change } : current));
    try {
      setSettings(await saveSettings(change));
      setError(null);
    } catch (problem) {
      setError((problem as Error).message);
      setSettings(await loadSettings());
    }
  }, []);
  return { settings, save, error };
}
