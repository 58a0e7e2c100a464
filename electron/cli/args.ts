/** Argument parsing: global options anywhere, `--flag value` / `--flag=value`, strict flags. */
import { AppError } from '../../shared/errors';
import type { FlagKind, ParsedArgs } from './types';

export const GLOBAL_FLAGS: Record<string, FlagKind> = { 'data-dir': 'string', campaign: 'string', json: 'boolean', help: 'boolean' };

export interface Split {
  global: ParsedArgs['flags'];
  rest: string[];
}

/** Pulls the global options out of argv wherever they stand. */
export function splitGlobal(argv: string[]): Split {
  const global: ParsedArgs['flags'] = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    const kind = m ? GLOBAL_FLAGS[m[1]] : undefined;
    if (!m || !kind) { rest.push(a); continue; }
    if (kind === 'boolean') { global[m[1]] = true; continue; }
    const v = m[2] ?? argv[++i];
    if (v === undefined) throw new AppError('usage', `选项 --${m[1]} 缺少取值`);
    global[m[1]] = v;
  }
  return { global, rest };
}

/** Parses a command's own arguments against its declared flags; unknown flags are usage errors. */
export function parseArgs(argv: string[], spec: Record<string, FlagKind>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out.positionals.push(...argv.slice(i + 1)); break; }
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(a);
    if (!m) { out.positionals.push(a); continue; }
    const kind = spec[m[1]];
    if (!kind) throw new AppError('usage', `未知选项：--${m[1]}`);
    if (kind === 'boolean') {
      if (m[2] !== undefined) throw new AppError('usage', `选项 --${m[1]} 不带取值`);
      out.flags[m[1]] = true;
      continue;
    }
    const v = m[2] ?? argv[++i];
    if (v === undefined || (m[2] === undefined && v.startsWith('--'))) throw new AppError('usage', `选项 --${m[1]} 缺少取值`);
    if (kind === 'multi') {
      const prev = out.flags[m[1]];
      out.flags[m[1]] = [...(Array.isArray(prev) ? prev : []), v];
    } else out.flags[m[1]] = v;
  }
  return out;
}
