/**
 * rectify CLI. `npm run -s cli -- [--data-dir DIR] [--campaign CODE] [--json] <command> …`.
 * Exit codes: 0 success, 1 input rejected (Chinese messages on stderr), 2 usage error.
 * With --json stdout carries exactly one JSON document; progress and warnings go to stderr.
 */
import { AppError, formatIssue, toErrorPayload } from '../../shared/errors';
import { openContext, resolveDataDir, type AppContext } from '../services/app-context';
import { parseArgs, splitGlobal } from './args';
import { COMMANDS } from './commands/index';
import type { CliIo } from './types';

function usageText(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`);
  return [
    '用法：rectify [--data-dir 目录] [--campaign 专项代码] [--json] <命令> [选项]',
    '',
    '命令：',
    ...lines,
    '',
    '退出码：0 成功；1 输入被拒绝（错误信息见标准错误输出）；2 用法错误。',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo | null = null): Promise<number> {
  let json = false;
  const out: CliIo = io ?? {
    json: false,
    print: (t) => { if (!json) process.stdout.write(t.endsWith('\n') ? t : t + '\n'); },
    printJson: (v) => { process.stdout.write(JSON.stringify(v, null, 2) + '\n'); },
    warn: (t) => { process.stderr.write(t.endsWith('\n') ? t : t + '\n'); },
  };
  let ctx: AppContext | null = null;
  try {
    const { global, rest } = splitGlobal(argv);
    json = global.json === true;
    out.json = json;
    const name = rest[0];
    if (!name || global.help || name === 'help') {
      out.warn(usageText());
      return name || global.help ? 0 : 2;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) throw new AppError('usage', `未知命令：${name}\n\n${usageText()}`);
    let sub = '';
    if (cmd.subcommands) {
      sub = rest[1] ?? '';
      if (!cmd.subcommands.includes(sub)) {
        throw new AppError('usage', `命令 ${name} 需要子命令：${cmd.subcommands.join(' | ')}\n用法：${cmd.usage}`);
      }
    }
    const parsed = parseArgs(rest.slice(sub ? 2 : 1), cmd.flags);
    if (sub) parsed.positionals.unshift(sub);
    ctx = openContext({ dataDir: resolveDataDir(global['data-dir'] as string | undefined), mode: 'cli', campaignCode: (global.campaign as string) ?? null });
    const code = await cmd.run(ctx, parsed, out);
    return code ?? 0;
  } catch (e) {
    const p = toErrorPayload(e);
    if (p.message) out.warn(p.message.startsWith('内部错误') || p.code === 'usage' ? p.message : `错误：${p.message}`);
    for (const d of (p.details ?? []).slice(0, 200)) out.warn(`  [${d.severity}] ${formatIssue(d)}`);
    if ((p.details?.length ?? 0) > 200) out.warn(`  …共 ${p.details!.length} 条，仅显示前 200 条`);
    if (p.code === 'internal' && e instanceof Error && process.env.RECTIFY_DEBUG) out.warn(e.stack ?? '');
    return p.code === 'usage' ? 2 : 1;
  } finally {
    ctx?.db.close();
  }
}

const isMain = process.argv[1] && /cli[\\/]main\.(ts|js|mjs|cjs)$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
