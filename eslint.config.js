import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_ONLY_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'better-sqlite3', 'electron'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.toolchain/**', '.tsbuild/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'anywhere' }],
    },
  },
  {
    // The core runs in plain Node and in tests: it must never reach for Electron.
    files: ['src-main/core/**', 'src-main/contract/**', 'src-main/dispatch/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: '只有 src-main/shell 与 preload 可以引用 electron。' }] },
      ],
    },
  },
  {
    // The renderer is a web page: no Node, no database, no Electron, and no core code; it talks through the contract.
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY_MODULES, message: '渲染进程不得引用 Node 或 Electron 模块；请通过 invoke() 调用主进程。' },
            { group: ['**/src-main/core/**', '**/src-main/shell/**', '**/src-main/dispatch/**'], message: '渲染进程只能引用 src-main/contract。' },
          ],
        },
      ],
    },
  },
);
