import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib'];
const nodeModules = { paths: nodeBuiltins, patterns: ['node:*'] };

/**
 * Layering of DESIGN.md §1: each folder may only reach the layers beneath it. `paths` are package
 * names matched exactly (so `electron` the package, not our electron/ folder); `patterns` are paths.
 */
const layer = (files, { paths = [], patterns = [] }, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: paths.map((name) => ({ name, message })), patterns: patterns.length > 0 ? [{ group: patterns, message }] : [] },
    ],
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
  layer(['electron/shared/**'], { paths: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeModules.paths], patterns: [...nodeModules.patterns, '**/core/**', '**/main/**', '**/host/**', '**/preload/**', '**/renderer/**'] },
    'electron/shared is the contract: no Node, no DOM, no Electron (DESIGN.md §1).'),
  layer(['electron/core/**'], { paths: ['electron', 'react', 'react-dom'], patterns: ['**/main/*', '**/preload/*', '**/host/*', '**/renderer/**'] },
    'electron/core is plain Node and never imports Electron (DESIGN.md §1).'),
  layer(['electron/main/**'], { paths: ['react', 'react-dom'], patterns: ['**/host/*', '**/preload/*', '**/renderer/**', '**/cli/*'] },
    'electron/main is the desktop shell over core/ and shared/; the web host, preload and renderer are built separately.'),
  layer(['electron/preload/**'], { paths: ['better-sqlite3', 'react', 'react-dom', ...nodeModules.paths], patterns: [...nodeModules.patterns, '**/core/**', '**/main/*', '**/host/*', '**/renderer/**'] },
    'The sandboxed preload only bridges the contract (electron/shared) to the page.'),
  layer(['electron/host/**'], { paths: ['electron', 'react', 'react-dom'], patterns: ['**/main/*', '**/preload/*', '**/renderer/**'] },
    'The web host is plain Node over core/ and shared/: no Electron (DESIGN.md §2).'),
  layer(['renderer/**'], { paths: ['electron', 'better-sqlite3', ...nodeModules.paths], patterns: [...nodeModules.patterns, '**/electron/core/**', '**/electron/main/**', '**/electron/host/**', '**/electron/preload/**', '**/electron/cli*'] },
    'The renderer talks to the backend only through getApi() (DESIGN.md §1).'),
);
