import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib'];

/** Layering of DESIGN.md §1: each folder may only reach the layers beneath it. */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['electron/shared/**'], ['electron', 'better-sqlite3', ...nodeBuiltins, '../core/*', '../main/*', '../host/*', 'react', 'react-dom'],
    'electron/shared is the contract: no Node, no DOM, no Electron (DESIGN.md §1).'),
  layer(['electron/core/**'], ['electron', '**/main/*', '**/preload/*', '**/host/*', 'react', 'react-dom'],
    'electron/core is plain Node and never imports Electron (DESIGN.md §1).'),
  layer(['renderer/**'], ['electron', 'better-sqlite3', ...nodeBuiltins, '**/electron/core/*', '**/electron/main/*', '**/electron/host/*'],
    'The renderer talks to the backend only through getApi() (DESIGN.md §1).'),
);
