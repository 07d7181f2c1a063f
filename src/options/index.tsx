/** Options page entry. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;
  return (
    <label>
      <input
        id="enabled"
        type="checkbox"
        checked={settings.enabled}
        onChange={(event) => void saveSettings({ enabled: event.currentTarget.checked }).then(setSettings)}
      />
      Highlight the story's facts
    </label>
  );
}

render(<Options />, document.getElementById('app')!);
