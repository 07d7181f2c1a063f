/** `npm run package`: builds, then writes store-ready zips for both browsers with web-ext build. */
import { join } from 'node:path';
import webExt from 'web-ext';
import { build, DIST, ROOT } from './build.ts';

await build();
for (const target of ['chrome', 'firefox'] as const) {
  const { extensionPath } = await webExt.cmd.build(
    {
      sourceDir: join(DIST, target),
      artifactsDir: join(ROOT, 'artifacts'),
      filename: `backstory-${target}-{version}.zip`,
      overwriteDest: true,
    },
    { showReadyMessage: false },
  );
  console.log(`${target}: ${extensionPath}`);
}
