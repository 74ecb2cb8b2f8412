// Type-aware lint. The architectural rules: src/core is pure and imports nothing outside src/core; src/charts
// imports only src/charts, src/core and the chart libraries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import highneeds from './tools/eslint-core-boundary.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'bin/**', 'scripts/**', 'tools/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    plugins: { highneeds },
    rules: {
      'highneeds/core-boundary': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'No randomness in src/core: inject an Rng.' },
        { object: 'Date', property: 'now', message: 'No clock in src/core: pass the date in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in src/core: pass the date in.',
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    ignores: ['src/charts/**/*.test.ts'],
    plugins: { highneeds },
    rules: {
      'highneeds/charts-boundary': 'error',
      // The same data must give the same SVG (snapshots, PDFs): no random ids, no clock.
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Charts are deterministic: no randomness.' },
        { object: 'Date', property: 'now', message: 'Charts are deterministic: pass dates in.' },
      ],
    },
  },
);
