import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { createServices } from '../../../src-main/core/services.ts';
import { recordSchema } from '../../../src-main/shared/form/record.ts';
import { completeEntry, TEST_PROFILE } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { recordingPrinter, scriptedDialogs } from '../../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { pdfPages, squash } from '../pdf/support/pdf-tools.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'src-main/cli/liuhen.ts');
// 2026-12-28 10:00 in China.
const DECEMBER_28_EPOCH_SECONDS = '1798423200';

const record = recordSchema.parse({
  filedAt: '2026-09-30',
  filer: '李某',
  handler: TEST_PROFILE,
  entries: [completeEntry('departmentDeputy')],
  status: 'finalized',
  version: 1,
  amendsDigest: null,
  amendmentReason: null,
});

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;

// A discipline body's vault at the cost the app writes (the command line opens only such vaults), one paper form in
// it; made once, as the default key derivation is slow on purpose.
beforeAll(async () => {
  temp = makeTempDir('liuhen-summary-cli-');
  dataDir = join(temp.path, 'data');
  const services = createServices({
    dataDir,
    appVersion: 'test',
    clock: fakeClock('2026-10-15T10:00:00+08:00'),
    random: (length) => new Uint8Array(randomBytes(length)),
    dialogs: scriptedDialogs(),
    printer: recordingPrinter(),
    fonts: bundledFonts,
  });
  await services.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  services.casework.keyInPaper(record, null);
  services.vault.lock();
});
afterAll(() => temp.remove());

function liuhen(stdin: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: stdin,
    env: { ...process.env, SOURCE_DATE_EPOCH: DECEMBER_28_EPOCH_SECONDS },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('liuhen summary', () => {
  it('writes the summary PDF and workbook with the passphrase from stdin', async () => {
    const output = join(temp.path, '汇总.pdf');
    const run = liuhen(`${TEST_PASSPHRASE}\n`, 'summary', '--year', '2026', '--data', dataDir, '--body', '某纪检组', '-o', output, '--bundled-fonts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(output);
    expect(squash(pdfPages(readFileSync(output)).join(''))).toContain('共收到领导干部插手干预重大事项记录表1份');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(temp.path, '汇总.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('记录清单')?.rowCount).toBe(2);
  });

  it.each([
    ['a wrong passphrase', '错误的口令 wrong passphrase 1\n', ['--year', '2026'], 1, '口令不正确'],
    ['a year that is not four digits', `${TEST_PASSPHRASE}\n`, ['--year', '26'], 64, 'summary 需要 --year（四位数年度）'],
    ['a year before the rule', `${TEST_PASSPHRASE}\n`, ['--year', '2022'], 1, '年度应为2023至2099年之间的整数'],
  ])('refuses %s and writes nothing', (_label, stdin, yearArgs, status, message) => {
    const output = join(temp.path, `refused-${yearArgs[1]}-${status}.pdf`);
    const run = liuhen(stdin, 'summary', ...yearArgs, '--data', dataDir, '--body', '某纪检组', '-o', output, '--bundled-fonts');
    expect([run.status, run.stderr]).toEqual([status, expect.stringContaining(message)]);
    expect(existsSync(output)).toBe(false);
  });
});
