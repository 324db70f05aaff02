import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'node:*', 'fs', 'path', 'os'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'documents-demo/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.js', 'scripts/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Der Renderer spricht nur über window.api (renderer/src/platform) mit Electron.' }] }],
    },
  },
  {
    // Process boundary: shared/ is pure TypeScript used by Electron, the renderer and Node tests.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'shared/ bleibt plattformneutral: kein electron, react, dexie, DOM oder node:*.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ darf nicht aus renderer/ oder electron/ importieren.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'dexie', '**/renderer/**'], message: 'Der Hauptprozess importiert kein React, Dexie oder Renderer-Code.' }] },
      ],
    },
  },
);
