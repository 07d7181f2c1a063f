import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Preact's after-paint timer must not outlive a jsdom file (tests/helpers/preact-after-paint.ts).
    setupFiles: ['tests/helpers/preact-after-paint.ts'],
  },
  // The paint mode experiment of ADR 0008 (src/content/paint-mode.ts): unit tests run today's marks.
  define: { __BACKSTORY_PAINT__: JSON.stringify('marks') },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
