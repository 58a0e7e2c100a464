/** What every CLI command module implements. */
import type { AppContext } from '../services/app-context';

export type FlagKind = 'string' | 'boolean' | 'multi';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
}

export interface CliIo {
  json: boolean;
  /** Human output (stdout) — suppressed with --json. */
  print(text: string): void;
  /** The one JSON document (stdout) printed with --json. */
  printJson(value: unknown): void;
  /** Progress, warnings, logs (stderr). */
  warn(text: string): void;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Flags per subcommand ('' = the command itself). */
  flags: Record<string, FlagKind>;
  subcommands?: string[];
  run(ctx: AppContext, args: ParsedArgs, io: CliIo): Promise<number | void> | number | void;
}

export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function bool(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}
