import { cliServices } from './cli-services.ts';
import { bundledFonts } from '../core/pdf/fonts/bundled-fonts.ts';
import { systemFontResolver } from '../core/pdf/fonts/system-fonts.ts';
import { UserError } from '../shared/errors.ts';
import { SUMMARY_USAGE } from './cli-usage.ts';

export interface SummaryArguments {
  year: string | undefined;
  data: string | undefined;
  body: string | undefined;
  output: string | undefined;
  names: boolean;
  bundledFonts: boolean;
}

export interface SummaryIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readPassphrase(): Promise<string>;
  now: Date;
}

const YEAR_PATTERN = /^\d{4}$/;

// The same outputs as the app's 保存年度汇总, from the command line: the vault is unlocked with the passphrase
// read from stdin, the summary saved where -o says (the xlsx beside it), the save logged, and the vault locked.
export async function runSummary(args: SummaryArguments, io: SummaryIo, exit: { ok: number; refused: number; usage: number }): Promise<number> {
  const { year, data, body, output } = args;
  if (year === undefined || data === undefined || body === undefined || output === undefined || !YEAR_PATTERN.test(year)) {
    io.stderr(`命令行参数不完整或有误：summary 需要 --year（四位数年度）、--data、--body 和 -o。\n\n${SUMMARY_USAGE}\n`);
    return exit.usage;
  }
  const fonts = args.bundledFonts ? bundledFonts : systemFontResolver();
  const services = cliServices({ dataDir: data, now: () => io.now, savePath: output, fonts });
  try {
    if (!services.vault.status().exists) {
      io.stderr(`数据文件夹“${data}”中没有加密数据库。\n`);
      return exit.refused;
    }
    await services.vault.unlock(await io.readPassphrase());
    const saved = await services.casework.saveSummary({ year: Number(year), bodyName: body, includeNames: args.names });
    if (!saved) return exit.refused;
    io.stdout(`已生成 ${saved.pdfPath}\n已生成 ${saved.xlsxPath}\n`);
    return exit.ok;
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return exit.refused;
    }
    throw error;
  } finally {
    if (services.vault.status().unlocked) services.vault.lock();
  }
}
