import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The fixtures pretend to live at paths no tsconfig holds, so they are linted without type information; the
// boundary rules under test need none.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

// Each fixture is linted as if it lived at `pretendPath`, so the boundary rules are tested against real files
// without putting a violation into the source tree.
async function ruleIdsFor(fixture: string, pretendPath: string): Promise<string[]> {
  const code = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: pretendPath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', () => {
  it('rejects a core file importing electron', async () => {
    expect(await ruleIdsFor('core-imports-electron.ts', 'src-main/core/vault/bad.ts')).toContain('no-restricted-imports');
  });

  it('rejects a dispatch file importing electron', async () => {
    expect(await ruleIdsFor('core-imports-electron.ts', 'src-main/dispatch/bad.ts')).toContain('no-restricted-imports');
  });

  it('allows the shell to import electron', async () => {
    expect(await ruleIdsFor('core-imports-electron.ts', 'src-main/shell/fine.ts')).toEqual([]);
  });

  it('rejects a vault file importing a feature built on it (the records lifecycle)', async () => {
    expect(await ruleIdsFor('vault-imports-records.ts', 'src-main/core/vault/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor('vault-imports-records.ts', 'src-main/core/records/fine.ts')).toEqual([]);
  });

  it('still rejects a vault file importing electron', async () => {
    expect(await ruleIdsFor('core-imports-electron.ts', 'src-main/core/vault/migrations/bad.ts')).toContain('no-restricted-imports');
  });

  it('rejects a renderer file importing node:fs', async () => {
    expect(await ruleIdsFor('renderer-imports-fs.tsx', 'src-renderer/features/bad.tsx')).toContain('no-restricted-imports');
  });

  it('rejects a renderer file importing better-sqlite3', async () => {
    expect(await ruleIdsFor('renderer-imports-sqlite.tsx', 'src-renderer/features/bad.tsx')).toContain(
      'no-restricted-imports',
    );
  });

  it('rejects a renderer file importing core code', async () => {
    expect(await ruleIdsFor('renderer-imports-core.tsx', 'src-renderer/features/bad.tsx')).toContain(
      'no-restricted-imports',
    );
  });

  it('rejects a shared file importing node:fs', async () => {
    expect(await ruleIdsFor('shared-imports-fs.ts', 'src-main/shared/form/bad.ts')).toContain('no-restricted-imports');
  });

  it('rejects a shared file reaching for the DOM', async () => {
    expect(await ruleIdsFor('shared-uses-document.ts', 'src-main/shared/bad.ts')).toContain('no-restricted-globals');
  });

  it('rejects a shared file importing core code', async () => {
    expect(await ruleIdsFor('contract-imports-core.ts', 'src-main/shared/bad.ts')).toContain('no-restricted-imports');
  });

  it('rejects a contract file importing core code', async () => {
    expect(await ruleIdsFor('contract-imports-core.ts', 'src-main/contract/bad.ts')).toContain('no-restricted-imports');
  });

  it('accepts a contract file built from shared code', async () => {
    expect(await ruleIdsFor('contract-clean.ts', 'src-main/contract/fine.ts')).toEqual([]);
  });

  it('accepts a clean core file', async () => {
    expect(await ruleIdsFor('core-clean.ts', 'src-main/core/fine.ts')).toEqual([]);
  });
});
