import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bundledFonts } from '../core/pdf/fonts/bundled-fonts.ts';
import type { FileReport } from '../core/exchange/intake-service.ts';
import type { Services } from '../core/services.ts';
import { readExchangeFile } from '../core/exchange/exchange-file-io.ts';
import { openRecordFile } from '../core/exchange/record-file.ts';
import { loadSodium } from '../core/vault/sodium.ts';
import { UserError } from '../shared/errors.ts';
import { EXCHANGE_FILE_MAX_BYTES } from '../shared/exchange/exchange-limits.ts';
import { formatFingerprint } from '../shared/form/fingerprint-text.ts';
import { EXIT, type CliIo } from './cli-io.ts';
import { EXCHANGE_USAGE, type ExchangeCommand } from './cli-usage.ts';
import { cliServices } from './cli-services.ts';

type Options = Record<string, string | boolean | string[] | undefined>;

function servicesFor(dataDir: string): Services {
  return cliServices({ dataDir, now: () => new Date(), fonts: bundledFonts });
}

function text(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

export async function runExchangeCli(command: ExchangeCommand, argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        output: { type: 'string', short: 'o' },
        to: { type: 'string', multiple: true },
        trust: { type: 'string' },
        fingerprint: { type: 'string' },
        'write-key-file': { type: 'string' },
        import: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`命令行参数有误：${error instanceof Error ? error.message : String(error)}\n\n用法：\n${EXCHANGE_USAGE}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const dataDir = text(values, 'data');
  if (dataDir === undefined) {
    io.stderr(`请用 --data 指定留痕的数据文件夹。\n\n用法：\n${EXCHANGE_USAGE}\n`);
    return EXIT.usage;
  }
  if (!io.readPassphrase) {
    io.stderr('无法读取口令。\n');
    return EXIT.usage;
  }
  const services = servicesFor(dataDir);
  try {
    await services.vault.unlock(await io.readPassphrase());
    return await runUnlocked(command, services, values, positionals, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return error.code === 'EXCHANGE_FILE_REFUSED' ? EXIT.dataError : EXIT.refused;
    }
    // liuhen.ts's own last resort speaks of a PDF; here nothing was written beyond what the report printed.
    io.stderr(`程序内部出错，命令未完成（${error instanceof Error ? error.message : String(error)}）。请将此提示交给技术支持。\n`);
    return EXIT.software;
  } finally {
    if (services.vault.status().unlocked) services.vault.lock();
  }
}

async function runUnlocked(command: ExchangeCommand, services: Services, values: Options, positionals: string[], io: CliIo): Promise<number> {
  switch (command) {
    case 'keys':
      return keys(services, values, io);
    case 'export':
      return exportRecord(services, values, positionals, io);
    case 'import':
      return importFiles(services, positionals, io);
    case 'verify':
      return verify(services, positionals, io);
    case 'receipt':
      return receipt(services, values, positionals, io);
  }
}

async function keys(services: Services, values: Options, io: CliIo): Promise<number> {
  const trust = text(values, 'trust');
  if (trust !== undefined) {
    const typed = text(values, 'fingerprint');
    if (typed === undefined) {
      io.stderr('请用 --fingerprint 输入加盖公章的密钥通知上的指纹，核对一致后才会保存公钥。\n');
      return EXIT.usage;
    }
    const kept = await services.exchangeKeys.trustKeyFile(trust, typed);
    io.stdout(`已核对并保存：${kept.body.unit}${kept.body.name}（${kept.body.kind}）\n指纹：${formatFingerprint(kept.fingerprint)}\n`);
    return EXIT.ok;
  }
  const own = await services.exchangeKeys.ownBody();
  if (own) io.stdout(`本纪检组织：${own.body.unit}${own.body.name}（${own.body.kind}）\n公钥指纹：${formatFingerprint(own.fingerprint)}\n`);
  const keyFileOut = text(values, 'write-key-file');
  if (keyFileOut !== undefined) {
    await writeFile(keyFileOut, (await services.exchangeKeys.bodyKeys()).keyFileText);
    io.stdout(`已写入公钥文件 ${keyFileOut}\n`);
  }
  for (const body of services.exchangeKeys.trustedBodyViews()) {
    io.stdout(`已核对的公钥：${body.body.unit}${body.body.name}（${body.body.kind}） ${formatFingerprint(body.fingerprint)}\n`);
  }
  return EXIT.ok;
}

async function exportRecord(services: Services, values: Options, positionals: string[], io: CliIo): Promise<number> {
  const [recordId] = positionals;
  const folder = text(values, 'output');
  const to = (values['to'] as string[] | undefined) ?? [];
  if (recordId === undefined || folder === undefined || to.length === 0) {
    io.stderr(`请给出记录编号、--to 接收方公钥指纹和 -o 文件夹。\n\n用法：\n${EXCHANGE_USAGE}\n`);
    return EXIT.usage;
  }
  const normalised = to.map((fingerprint) => fingerprint.replace(/\s/g, '').toLowerCase());
  for (const file of await services.exports.exportRecord(recordId, normalised, folder)) {
    io.stdout(`已导出：${file.fileName} → ${file.recipient}\n`);
  }
  return EXIT.ok;
}

async function importFiles(services: Services, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length === 0) {
    io.stderr(`请给出要导入的文件夹或文件。\n\n用法：\n${EXCHANGE_USAGE}\n`);
    return EXIT.usage;
  }
  const reports: FileReport[] = [];
  for (const path of positionals) {
    const isFolder = await stat(path).then((found) => found.isDirectory(), () => false);
    reports.push(...(isFolder ? await services.intake.importFolder(path) : await services.intake.importFiles([path])));
  }
  const labels = { imported: '已导入', skipped: '已跳过', refused: '未导入' } as const;
  for (const report of reports) {
    const digest = report.outcome === 'imported' && report.fileDigest !== null ? `  文件摘要 ${report.fileDigest}` : '';
    io.stdout(`${labels[report.outcome]}  ${report.file}  ${report.message}${digest}\n`);
  }
  const count = (outcome: keyof typeof labels) => reports.filter((report) => report.outcome === outcome).length;
  io.stdout(`共${reports.length}个文件：导入${count('imported')}个，跳过${count('skipped')}个，未导入${count('refused')}个。\n`);
  return count('refused') > 0 ? EXIT.dataError : EXIT.ok;
}

async function verify(services: Services, positionals: string[], io: CliIo): Promise<number> {
  const sodium = await loadSodium();
  const own = await services.exchangeKeys.bodyKeys();
  let failures = 0;
  for (const path of positionals) {
    const bytes = await readExchangeFile(path, EXCHANGE_FILE_MAX_BYTES);
    const opened = bytes.ok ? openRecordFile(sodium, bytes.value, own) : bytes;
    if (opened.ok) {
      const { recordId, version, fingerprint, senderKeyFingerprint } = opened.value;
      io.stdout(`有效  ${path}  记录编号 ${recordId} 第${version}版  指纹 ${formatFingerprint(fingerprint)}  承办人员密钥 ${formatFingerprint(senderKeyFingerprint)}\n`);
    } else {
      failures += 1;
      io.stdout(`无效  ${path}  ${opened.problem.message}\n`);
    }
  }
  return failures > 0 ? EXIT.dataError : EXIT.ok;
}

async function receipt(services: Services, values: Options, positionals: string[], io: CliIo): Promise<number> {
  const toImport = text(values, 'import');
  if (toImport !== undefined) {
    const view = await services.receipts.importReceipt(toImport);
    io.stdout(`已签收：${view.bodyName} 于 ${view.receipt.importedAt} 收到记录 ${view.receipt.recordId} 第${view.receipt.version}版\n`);
    return EXIT.ok;
  }
  const [fileDigest] = positionals;
  const output = text(values, 'output');
  if (fileDigest === undefined || output === undefined) {
    io.stderr(`请给出文件摘要和 -o 回执文件，或用 --import 导入回执。\n\n用法：\n${EXCHANGE_USAGE}\n`);
    return EXIT.usage;
  }
  await services.receipts.exportReceipt(fileDigest, output);
  io.stdout(`已写入回执 ${output}\n`);
  return EXIT.ok;
}
