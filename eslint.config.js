// Flat ESLint config. Beyond the recommended sets, it enforces the layer boundaries of
// architecture §5.2: shared/ stays pure (no Node, Electron, SQLite or React), and inside electron/
// only main.ts, preload.ts and security.ts may import 'electron' — everything else must run in
// plain Node so it is testable without the Electron binary.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const electronOnlyHere = {
  name: 'electron',
  message: "只有 electron/main.ts、preload.ts、security.ts 可以引用 'electron'（其余模块须能在纯 Node 中测试）。",
};

export default defineConfig(
  // .scratch*/ holds throw-away experiments that are never committed.
  globalIgnores(['dist/**', 'dist-electron/**', 'node_modules/**', 'test-output/**', 'release/**', 'out/**', '.scratch*/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters (event handlers, positional args).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Chinese official text uses the ideographic space U+3000 on purpose (公文 indents, 称谓).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true }],
      // File-name and cell sanitisers strip control characters deliberately.
      'no-control-regex': 'off',
    },
  },
  {
    // The zip/sheet readers are hot loops written with comma-sequenced assignments
    // (`(a = x), (b = y)`); the rule cannot tell that style from a forgotten call.
    files: ['electron/import/xlsx/**/*.ts', 'test/electron/import/xlsx/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ 是纯领域代码，不能引用 Node 内置模块。' })),
            { name: 'electron', message: "shared/ 不能引用 'electron'。" },
            { name: 'better-sqlite3', message: 'shared/ 不能访问数据库；SQL 只在 electron/db/repos/ 中。' },
            { name: 'react', message: 'shared/ 不能引用 React。' },
            { name: 'react-dom', message: 'shared/ 不能引用 react-dom。' },
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ 是纯领域代码，不能引用 Node 内置模块。' },
            { group: ['react-dom/*', 'react/*'], message: 'shared/ 不能引用 React。' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/security.ts', 'electron/electron-shim.d.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyHere] }],
    },
  },
);
