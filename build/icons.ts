/** Renders the SVG marks in icons/ to the PNG sizes the manifest and the toolbar use. */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
export const ICON_VARIANTS = { icon: 'backstory.svg', 'icon-off': 'backstory-off.svg' } as const;

export async function renderIcons(iconsDir: string, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, file] of Object.entries(ICON_VARIANTS)) {
    const svg = await readFile(join(iconsDir, file), 'utf8');
    for (const size of ICON_SIZES) {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      await writeFile(join(outDir, `${name}-${size}.png`), png);
    }
  }
}
