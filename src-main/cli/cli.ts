import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UserError } from '../shared/errors.ts';
import { bundledFonts } from '../core/pdf/fonts/bundled-fonts.ts';
import { startSystemFontLookup } from '../core/pdf/fonts/system-fonts.ts';
import { createPdfRenderer } from '../core/pdf/pdf-renderer.ts';
import { renderRecordForm, renderSealedPackage } from '../core/pdf/print-record.ts';
import { recordFingerprint } from '../core/records/record-fingerprint.ts';
import { EXIT, type CliIo } from './cli-io.ts';
import { isExchangeCommand, USAGE } from './cli-usage.ts';
import { parseRecordFile } from './record-file.ts';

// What a person sees when the program itself fails: what happened in one line, never a stack trace.
export function internalErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `程序内部出错，未生成 PDF（${detail}）。请将此提示和记录文件交给技术支持。\n`;
}

export { EXIT, USAGE, type CliIo };

function printedAt(env: CliIo['env']): Date | undefined {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined) return new Date();
  return /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  // Each command loads its own modules when it runs: printing a PDF never loads the vault, SQLite or exceljs.
  if (isExchangeCommand(first)) return (await import('./exchange-cli.ts')).runExchangeCli(first, rest, io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        cover: { type: 'boolean' },
        'bundled-fonts': { type: 'boolean' },
        year: { type: 'string' },
        data: { type: 'string' },
        body: { type: 'string' },
        names: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`命令行参数有误：${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [command, input, ...extra] = positionals;
  if (command === 'summary' && input === undefined) {
    const now = printedAt(io.env);
    if (!now) {
      io.stderr('环境变量 SOURCE_DATE_EPOCH 应为自1970年1月1日起的秒数\n');
      return EXIT.usage;
    }
    const { readPassphrase } = io;
    if (!readPassphrase) {
      io.stderr('此命令需要口令：请在提示处输入，或由标准输入的第一行给出\n');
      return EXIT.usage;
    }
    const { year, data, body, output, names = false } = values;
    const { runSummary } = await import('./summary-command.ts');
    return runSummary({ year, data, body, output, names, bundledFonts: values['bundled-fonts'] ?? false }, { ...io, readPassphrase, now }, EXIT);
  }
  if (command !== 'pdf' || input === undefined || extra.length > 0 || values.output === undefined) {
    io.stderr(`${command !== undefined && command !== 'pdf' && command !== 'summary' ? `不认识的命令：${command}\n\n` : ''}${USAGE}\n`);
    return EXIT.usage;
  }
  const now = printedAt(io.env);
  if (!now) {
    io.stderr('环境变量 SOURCE_DATE_EPOCH 应为自1970年1月1日起的秒数\n');
    return EXIT.usage;
  }

  // fontconfig lists the system's fonts while the file is read and checked.
  const systemFonts = values['bundled-fonts'] ? undefined : startSystemFontLookup();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(input));
  } catch {
    io.stderr(`无法读取记录文件“${input}”：请确认文件存在、有读取权限，且以 UTF-8 编码保存。\n`);
    return EXIT.noInput;
  }
  const parsedFile = parseRecordFile(text);
  if (!parsedFile.ok) {
    io.stderr(`记录文件有误，未生成 PDF：\n${parsedFile.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    return EXIT.dataError;
  }
  const { recordId, record, unitHasDisciplineBody, unitDisciplineBodyName, alsoReportBureauLevelToUnitBody } = parsedFile.file;
  const fingerprint = recordFingerprint(recordId, record);
  if (parsedFile.file.fingerprint !== undefined && parsedFile.file.fingerprint !== fingerprint) {
    io.stderr(`记录文件中的指纹与记录内容不符，内容可能已被改动，未生成 PDF。\n  文件所载：${parsedFile.file.fingerprint}\n  按内容计算：${fingerprint}\n`);
    return EXIT.dataError;
  }
  if (values.cover && unitHasDisciplineBody === undefined) {
    io.stderr('生成封面需要知道报送单位：请在记录文件中填写 unitHasDisciplineBody（本单位设有纪检组织为 true，否则为 false）。\n');
    return EXIT.dataError;
  }

  const renderer = createPdfRenderer(systemFonts ? await systemFonts() : bundledFonts);
  const { handlerKeyFingerprint } = parsedFile.file;
  const form = { recordId, record, fingerprint, printedAt: now, ...(handlerKeyFingerprint === undefined ? {} : { handlerKeyFingerprint }) };
  let pdf;
  try {
    pdf =
      values.cover && unitHasDisciplineBody !== undefined
        ? await renderSealedPackage(renderer, {
            ...form,
            unitHasDisciplineBody,
            ...(unitDisciplineBodyName === undefined ? {} : { unitDisciplineBodyName }),
            ...(alsoReportBureauLevelToUnitBody === undefined ? {} : { alsoReportBureauLevelToUnitBody }),
            calendar: (await import('../core/calendar/built-in-calendar.ts')).builtInCalendar(),
          })
        : await renderRecordForm(renderer, form);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return EXIT.refused;
    }
    throw error;
  }
  try {
    await writeFile(values.output, pdf.bytes);
  } catch {
    io.stderr(`无法写入“${values.output}”：请确认目录存在且有写入权限。\n`);
    return EXIT.cannotCreate;
  }
  io.stdout(`已生成 ${values.output}（${pdf.pageCount}页）\n指纹：${fingerprint}\n`);
  return EXIT.ok;
}
