/** bulletin --period P --out F.docx [--pdf] [--issue] [--regenerate]; summary --out F.docx [--period P] [--pdf] [--issue] */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { buildDocument, defaultPeriod, issueDocument, toPdf } from '../../documents/document-service';
import { bool, str, type CliCommand, type CliIo, type ParsedArgs } from '../types';
import type { AppContext } from '../../services/app-context';

async function run(kind: 'bulletin' | 'summary', ctx: AppContext, args: ParsedArgs, io: CliIo) {
  const out = str(args, 'out');
  if (!out) throw new AppError('usage', `用法：${kind === 'bulletin' ? 'bulletin --period P --out F.docx [--pdf] [--issue]' : 'summary --out F.docx [--period P] [--pdf]'}`);
  const period = str(args, 'period') ?? (kind === 'bulletin' ? undefined : defaultPeriod(ctx));
  if (!period) throw new AppError('usage', '请用 --period 指定报告期');
  io.warn(`正在生成${kind === 'bulletin' ? '进展情况通报' : '书面总结报告'}（${period}）…`);
  const built = await buildDocument(ctx, kind, period, { regenerate: bool(args, 'regenerate') });
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, built.docx);
  let pdf: { file: string; route: string } | null = null;
  if (bool(args, 'pdf')) {
    const file = path.resolve(out).replace(/\.docx$/i, '') + '.pdf';
    pdf = { file, route: await toPdf(built, file) };
  }
  const issued = bool(args, 'issue') ? issueDocument(ctx, built) : null;
  const result = {
    kind, period, out: path.resolve(out), issued: !!issued, issueNo: issued ? built.issueNo : null,
    pdf: pdf ? { file: pdf.file, route: pdf.route === 'libreoffice' ? 'LibreOffice' : 'Chromium' } : null,
    praise: built.data.praise.map((p) => `${p.name}：${p.reason}`), criticise: built.data.criticise.map((p) => `${p.name}：${p.reason}`),
  };
  if (io.json) { io.printJson(result); return; }
  io.print(`已生成：${result.out}${issued ? `（第${built.issueNo}期，已存档，报告期 ${period} 已封账）` : '（草稿，未编号存档）'}`);
  if (pdf) io.print(`PDF：${pdf.file}（转换方式：${result.pdf!.route}）`);
  if (result.criticise.length) io.print(`拟通报批评：\n  ${result.criticise.join('\n  ')}`);
  if (result.praise.length) io.print(`拟通报表扬：\n  ${result.praise.join('\n  ')}`);
}

export const bulletinCommand: CliCommand = {
  name: 'bulletin',
  summary: '生成进展情况通报（--issue 编号存档并封账）',
  usage: 'bulletin --period P --out F.docx [--pdf] [--issue] [--regenerate]',
  flags: { period: 'string', out: 'string', pdf: 'boolean', issue: 'boolean', regenerate: 'boolean' },
  run: (ctx, args, io) => run('bulletin', ctx, args, io),
};

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: '生成书面总结报告',
  usage: 'summary --out F.docx [--period P] [--pdf] [--issue] [--regenerate]',
  flags: { period: 'string', out: 'string', pdf: 'boolean', issue: 'boolean', regenerate: 'boolean' },
  run: (ctx, args, io) => run('summary', ctx, args, io),
};
