// One linter for TypeScript: typescript-eslint's recommended rules plus the project's seams.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      'no-undef': 'off', // TypeScript checks names; eslint's rule does not know DOM/Node types.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Import { browser } from src/shared/browser.ts (the one seam).' },
            { name: 'mark.js', message: 'Only src/content/highlighter.ts imports mark.js.' },
          ],
          patterns: [{ group: ['mark.js/*'], message: 'Only src/content/highlighter.ts imports mark.js.' }],
        },
      ],
    },
  },
  {
    // No HTML strings into the DOM from extension code: dataset and page text only ever become text.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes or use Preact; never assign HTML strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings.' },
      ],
    },
  },
  { files: ['src/shared/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/content/highlighter.ts', 'tests/bench/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/matcher/**'],
    rules: {
      // The matcher says what it found through its return values and onRejected, never a print.
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/shared/browser*', '**/content/**', 'preact*', 'mark.js', 'webextension-polyfill'], message: 'The matcher is pure: no DOM or browser API.' }] },
      ],
    },
  },
);
