import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_ONLY_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'better-sqlite3', 'electron'];
// Code that runs in one process only; shared/ and the contract are read by both.
const ONE_PROCESS_CODE = ['**/core/**', '**/shell/**', '**/dispatch/**', '**/preload/**', '**/cli/**', '**/resources/**'];
// The core's features, built on the vault (a new feature folder is added here).
const VAULT_DEPENDENTS = [
  ...['records', 'profile', 'calendar', 'printing', 'pdf', 'exchange', 'casework', 'session', 'backup', 'about'].map((feature) => `**/${feature}/**`),
  '**/stored-kinds.ts',
  '**/services.ts',
];
const DOM_AND_STORAGE_MODULES = ['react', 'react-dom', 'react-dom/*', 'antd', 'antd/*', 'libsodium-wrappers-sumo', 'idb', 'idb-keyval'];
const DOM_AND_STORAGE_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.toolchain/**', '.tsbuild/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'anywhere' }],
    },
  },
  {
    // Plain JavaScript (this file, scripts) is outside every tsconfig: lint it without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The core runs in plain Node and in tests: it must never reach for Electron.
    files: ['src-main/core/**', 'src-main/dispatch/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: '只有 src-main/shell 与 preload 可以引用 electron。' }] },
      ],
    },
  },
  {
    // The vault is storage only: features build on it (records, profile, exchange …), never the other way round,
    // so no feature's rules can leak into how rows are stored. Features reach it through its public modules.
    files: ['src-main/core/vault/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: '只有 src-main/shell 与 preload 可以引用 electron。' }],
          patterns: [{ group: VAULT_DEPENDENTS, message: 'core/vault 只负责存储，不得引用其上层的功能模块。' }],
        },
      ],
    },
  },
  {
    // What both processes read: the rule as data, error codes, the passphrase policy. It runs in Node and in the
    // page alike, so it reaches for nothing either one alone has.
    files: ['src-main/shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY_MODULES, message: 'src-main/shared 在两个进程中运行，不得引用 Node 或 Electron 模块。' },
            { group: DOM_AND_STORAGE_MODULES, message: 'src-main/shared 不得引用界面、浏览器或存储模块。' },
            { group: [...ONE_PROCESS_CODE, '**/contract/**', '**/src-renderer/**'], message: 'src-main/shared 只能引用 shared 内的文件。' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_AND_STORAGE_GLOBALS, 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The contract is read by the page too: it is built from shared/ alone.
    files: ['src-main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY_MODULES, message: 'src-main/contract 在两个进程中使用，不得引用 Node 或 Electron 模块。' },
            { group: [...ONE_PROCESS_CODE, '**/src-renderer/**'], message: 'src-main/contract 只能引用 src-main/shared。' },
          ],
        },
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
            { group: ONE_PROCESS_CODE, message: '渲染进程只能引用 src-main/contract 与 src-main/shared。' },
          ],
        },
      ],
    },
  },
);
