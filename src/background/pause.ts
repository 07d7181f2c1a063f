/**
 * Pausing everywhere: for an hour (an alarm resumes, so open pages come back without a reload),
 * or until the browser restarts. The restart case is remembered in storage.session, which the
 * browser empties when it closes: a background that starts with a restart-pause in the settings
 * but no such marker is in a new browser session, and resumes.
 */
import { browser } from '../shared/browser.ts';
import type { PauseLength } from '../shared/messages.ts';
import { PAUSE_UNTIL_RESTART } from '../shared/settings-defaults.ts';
import { loadSettings, saveSettings } from '../shared/settings.ts';

export const RESUME_ALARM = 'backstory-resume';
export const PAUSE_HOUR_MS = 60 * 60 * 1000;
const SESSION_MARKER = 'pausedUntilRestart';

export async function pause(length: PauseLength, now = Date.now()): Promise<void> {
  if (length === 'hour') {
    const until = now + PAUSE_HOUR_MS;
    await saveSettings({ pausedUntil: until });
    await browser.alarms.create(RESUME_ALARM, { when: until });
  } else {
    await browser.storage.session.set({ [SESSION_MARKER]: true });
    await saveSettings({ pausedUntil: PAUSE_UNTIL_RESTART });
    await browser.alarms.clear(RESUME_ALARM);
  }
}

export async function resume(): Promise<void> {
  await browser.alarms.clear(RESUME_ALARM);
  await browser.storage.session.remove(SESSION_MARKER);
  await saveSettings({ pausedUntil: 0 });
}

/** At every background start: ends a pause that has run out or belonged to an earlier browser session. */
export async function endStalePause(now = Date.now()): Promise<void> {
  const { pausedUntil } = await loadSettings();
  if (pausedUntil === 0) return;
  if (pausedUntil === PAUSE_UNTIL_RESTART) {
    const marker = await browser.storage.session.get(SESSION_MARKER);
    if (marker[SESSION_MARKER] !== true) await resume();
  } else if (pausedUntil <= now) {
    await resume();
  }
}

export async function onAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === RESUME_ALARM) await endStalePause();
}
