/**
 * Derives each browser's manifest from the one source manifest (manifest.json). Pure: no I/O, so
 * it is unit-tested directly. Chrome gets background.service_worker; Firefox gets
 * background.scripts plus browser_specific_settings.gecko (Firefox's storage.sync refuses to work
 * for an add-on without an explicit id).
 */
export type Target = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown>;

const REQUIRED_KEYS = ['manifest_version', 'name', 'version', 'background', 'content_scripts', 'action'] as const;

export class ManifestError extends Error {}

/** Parses the source manifest text, naming the file and the problem on failure. */
export function parseSourceManifest(text: string, file = 'manifest.json'): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ManifestError(`${file}: must be a JSON object`);
  }
  const manifest = parsed as Manifest;
  for (const key of REQUIRED_KEYS) {
    if (!(key in manifest)) throw new ManifestError(`${file}: missing required key "${key}"`);
  }
  if (manifest.manifest_version !== 3) throw new ManifestError(`${file}: manifest_version must be 3`);
  const background = manifest.background as Record<string, unknown>;
  if (typeof background.service_worker !== 'string') {
    throw new ManifestError(`${file}: background.service_worker must name the background script`);
  }
  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
  if (typeof gecko?.id !== 'string') {
    throw new ManifestError(`${file}: browser_specific_settings.gecko.id is required (Firefox storage.sync needs it)`);
  }
  return manifest;
}

export function manifestFor(source: Manifest, target: Target): Manifest {
  const manifest = structuredClone(source);
  const background = manifest.background as Record<string, unknown>;
  const script = background.service_worker as string;
  if (target === 'chrome') {
    manifest.background = { service_worker: script };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [script] };
    const settings = (manifest.browser_specific_settings ?? {}) as { gecko?: Record<string, unknown> };
    settings.gecko = { ...settings.gecko, data_collection_permissions: { required: ['none'] } };
    manifest.browser_specific_settings = settings;
  }
  return manifest;
}
