import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { internalErrorMessage } from '../../../src-main/cli/cli.ts';
import { CLI_BUNDLE, buildCli } from '../../../scripts/build-cli.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { pdfPages, squash } from './support/pdf-tools.ts';

// The `liuhen` command as a script would run it: plain Node on the TypeScript entry that package.json's bin names.
const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { liuhen: string } }).bin.liuhen);
const EXAMPLE = join(ROOT, 'docs/examples/record.json');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir('liuhen-cli-')));
afterEach(() => temp.remove());

// Printing times as SOURCE_DATE_EPOCH: 10:00 in China on 2026-09-30 and on 2026-12-28.
const SEPTEMBER_30_EPOCH_SECONDS = '1790733600';
const DECEMBER_28_EPOCH_SECONDS = '1798423200';

function liuhenAt(sourceDateEpoch: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: sourceDateEpoch },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const liuhen = (...args: string[]) => liuhenAt(SEPTEMBER_30_EPOCH_SECONDS, ...args);

function withRecord(change: (file: { record: Record<string, unknown> } & Record<string, unknown>) => void): string {
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { record: Record<string, unknown> } & Record<string, unknown>;
  change(file);
  const path = join(temp.path, 'record.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

// Each test starts a whole Node process that lays out PDFs: seconds on a busy machine.
describe('liuhen pdf', { timeout: 60_000 }, () => {
  it('renders the example record with its covers, and checks the fingerprint the file carries', () => {
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', EXAMPLE, '-o', out, '--cover', '--bundled-fonts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { fingerprint: string }).fingerprint;
    expect(run.stdout).toContain(`指纹：${expected}`);
    const pages = pdfPages(new Uint8Array(readFileSync(out))).map(squash);
    // 司局级 intervener: 径报, so one recipient, the stationed group: its envelope, the 报送单 and the form.
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('中央纪委国家监委驻工业和信息化部纪检监察组');
    expect(pages[1]).toContain('报送单');
    expect(pages[2]).toContain('领导干部插手干预重大事项情况记录表');
  });

  it('addresses the unit body’s envelope with the name the record file gives it', () => {
    const path = withRecord((file) => {
      file['unitDisciplineBodyName'] = '某省通信管理局纪检组';
      // 司局级: the unit body gets its copy only when the unit chose to copy such records to it.
      file['alsoReportBureauLevelToUnitBody'] = true;
    });
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', path, '-o', out, '--cover', '--bundled-fonts');
    expect(run.stderr).toBe('');
    const pages = pdfPages(new Uint8Array(readFileSync(out))).map(squash);
    expect(pages).toHaveLength(6);
    expect(pages[0]).toContain('中央纪委国家监委驻工业和信息化部纪检监察组');
    const outside = pages[3];
    expect(outside).toContain('收件单位某省通信管理局纪检组');
    expect(outside).not.toContain('本单位纪检组织');
  });

  // From 2026-12-25 on, the deadline runs into 2027, whose holiday schedule is not built in, and is estimated.
  it('prints the covers of a record dated 2026-12-28 whose deadline is estimated, with no stack trace', () => {
    const path = withRecord((file) => {
      delete file['fingerprint'];
      file.record['filedAt'] = '2026-12-28';
      (file.record['entries'] as Record<string, unknown>[])[0]!['occurredAt'] = '2026-12-28T09:00';
    });
    const out = join(temp.path, 'out.pdf');
    const run = liuhenAt(DECEMBER_28_EPOCH_SECONDS, 'pdf', path, '-o', out, '--cover', '--bundled-fonts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('（3页）');
    const pages = pdfPages(new Uint8Array(readFileSync(out))).map(squash);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('中央纪委国家监委驻工业和信息化部纪检监察组');
    expect(pages[1]).toMatch(/报送截止日期2027年\d+月\d+日（预估）/);
  });

  // Its reporting window runs into 2100, whose holidays are estimated from the fixed-date ones.
  it('prints the covers of a record from the last days of 2099', () => {
    const path = withRecord((file) => {
      delete file['fingerprint'];
      file.record['filedAt'] = '2099-12-30';
      (file.record['entries'] as Record<string, unknown>[])[0]!['occurredAt'] = '2099-12-30T09:00';
    });
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', path, '-o', out, '--cover', '--bundled-fonts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  // `npm run build` bundles the command into one ES module, so a run loads no TypeScript.
  it('runs the same from its bundle, out/cli/liuhen.mjs, writing byte-identical PDFs', async () => {
    await buildCli();
    const fromSource = join(temp.path, 'source.pdf');
    const fromBundle = join(temp.path, 'bundle.pdf');
    expect(liuhen('pdf', EXAMPLE, '-o', fromSource, '--cover', '--bundled-fonts').status).toBe(0);
    const run = spawnSync(process.execPath, [CLI_BUNDLE, 'pdf', EXAMPLE, '-o', fromBundle, '--cover', '--bundled-fonts'], {
      cwd: temp.path,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: SEPTEMBER_30_EPOCH_SECONDS },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(fromBundle).equals(readFileSync(fromSource))).toBe(true);
    // Every module the bundle loads is a package, a Node built-in or a chunk of its own, never this repository's
    // TypeScript.
    const chunks = readdirSync(dirname(CLI_BUNDLE));
    const specifiers = chunks.flatMap((chunk) =>
      [...readFileSync(join(dirname(CLI_BUNDLE), chunk), 'utf8').matchAll(/(?:from |import\()"([^"]+)"/g)].map((match) => match[1] as string),
    );
    expect(specifiers.length).toBeGreaterThan(0);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) expect(chunks).toContain(specifier.replace(/^\.\//, ''));
      else expect(specifier).not.toMatch(/\.ts$/);
    }
    // zod is inside the bundle, so a run does not load its ~95 files one by one; other packages stay outside.
    expect(specifiers.some((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))).toBe(true);
    expect(specifiers.filter((specifier) => /^zod(\/|$)/.test(specifier))).toEqual([]);
  });

  // The compiled-code cache is the one cache a print reads from disk: a damaged one must cost time, never the output.
  it('prints the same PDF from its bundle when the compiled-code cache is corrupt', async () => {
    await buildCli();
    const env = { ...process.env, SOURCE_DATE_EPOCH: SEPTEMBER_30_EPOCH_SECONDS, XDG_CACHE_HOME: join(temp.path, 'cache') };
    const print = (name: string) => {
      const out = join(temp.path, name);
      const run = spawnSync(process.execPath, [CLI_BUNDLE, 'pdf', EXAMPLE, '-o', out, '--bundled-fonts'], { cwd: temp.path, encoding: 'utf8', env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return readFileSync(out);
    };
    const first = print('first.pdf');
    const cacheFiles = readdirSync(join(temp.path, 'cache', 'liuhen', 'compile-cache'), { recursive: true, encoding: 'utf8' })
      .map((name) => join(temp.path, 'cache', 'liuhen', 'compile-cache', name))
      .filter((path) => statSync(path).isFile());
    expect(cacheFiles.length).toBeGreaterThan(10);
    // Every entry garbled: some cut short, the others overwritten with bytes of their own length.
    cacheFiles.forEach((path, index) => {
      const size = statSync(path).size;
      writeFileSync(path, index % 2 === 0 ? Buffer.alloc(Math.floor(size / 3), 0x5a) : Buffer.alloc(size, 0xa5));
    });
    expect(print('second.pdf').equals(first)).toBe(true);
    // Node rejected the garbled entries and wrote them anew.
    const garbled = (path: string) => readFileSync(path).every((byte) => byte === 0x5a || byte === 0xa5);
    expect(cacheFiles.filter((path) => existsSync(path) && garbled(path))).toEqual([]);
    expect(print('third.pdf').equals(first)).toBe(true);
  });

  // A batch of prints must not pay for what only other commands use (the vault's SQLite, the summary's exceljs).
  it('prints without loading the vault, SQLite or exceljs', () => {
    const report = `data:text/javascript,import{createRequire}from'node:module';const r=createRequire('/');process.on('exit',()=>process.stderr.write('LOADED '+Object.keys(r.cache).join(' ')))`;
    const run = spawnSync(process.execPath, ['--import', report, BIN, 'pdf', EXAMPLE, '-o', join(temp.path, 'out.pdf'), '--bundled-fonts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: SEPTEMBER_30_EPOCH_SECONDS },
    });
    expect(run.status).toBe(0);
    const loaded = /LOADED (.*)/.exec(run.stderr)?.[1] ?? '';
    expect(loaded).toContain('node_modules/pdfkit/');
    expect(loaded).not.toContain('node_modules/exceljs/');
    expect(loaded).not.toContain('node_modules/better-sqlite3/');
  });

  it('prints the handler’s key fingerprint the record file gives on the form, never on the cover', () => {
    const key = '0123456789abcdef'.repeat(4);
    const path = withRecord((file) => (file['handlerKeyFingerprint'] = key));
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', path, '-o', out, '--cover', '--bundled-fonts');
    expect(run.stderr).toBe('');
    const pages = pdfPages(new Uint8Array(readFileSync(out))).map(squash);
    expect(pages).toHaveLength(3);
    expect(pages[0]).not.toContain(key.slice(0, 8));
    expect(pages[2]).toContain(`承办人员签名密钥指纹：${key}`);
  });

  it('refuses a malformed handler key fingerprint in Chinese, with exit code 65, and writes nothing', () => {
    const path = withRecord((file) => (file['handlerKeyFingerprint'] = 'ABC'));
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', path, '-o', out);
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('承办人员签名密钥指纹 handlerKeyFingerprint 应为64位小写十六进制字符');
    expect(() => readFileSync(out)).toThrow();
  });

  it('words an internal failure as one Chinese line with no stack trace', () => {
    const message = internalErrorMessage(new RangeError('清明 is computed for 2000–2099 only, not 2100'));
    expect(message).toMatch(/^程序内部出错，未生成 PDF（.+）。请将此提示和记录文件交给技术支持。\n$/);
    expect(message).not.toMatch(/\bat /);
  });

  it('refuses a file that is not JSON, in Chinese, with exit code 65', () => {
    const path = join(temp.path, 'broken.json');
    writeFileSync(path, '{ "format": ');
    const run = liuhen('pdf', path, '-o', join(temp.path, 'out.pdf'));
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('记录文件不是有效的 JSON');
  });

  it('refuses an invalid record with the same messages as the app, and writes nothing', () => {
    const path = withRecord((file) => {
      delete file['fingerprint'];
      file.record['filer'] = '';
      (file.record['entries'] as Record<string, unknown>[])[0]!['occurredAt'] = '2026-10-09T10:00';
    });
    const out = join(temp.path, 'out.pdf');
    const run = liuhen('pdf', path, '-o', out);
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('记录文件有误，未生成 PDF');
    expect(run.stderr).toContain('请填写填报人');
    expect(run.stderr).toContain('第1项干预时间晚于填报时间');
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a record whose content no longer matches the fingerprint in the file', () => {
    const path = withRecord((file) => (file.record['filer'] = '张某'));
    const run = liuhen('pdf', path, '-o', join(temp.path, 'out.pdf'));
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('记录文件中的指纹与记录内容不符');
  });

  it('answers a wrong command line with the usage and exit code 64', () => {
    const run = liuhen('pdf', EXAMPLE);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('用法：');
  });
});
