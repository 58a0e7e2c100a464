/** Runs the CLI in-process against a throw-away data folder, capturing stdout, stderr and JSON documents. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/types';

export interface Captured extends CliIo {
  out: string[];
  err: string[];
  docs: unknown[];
}

export function captureIo(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); },
    printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); },
    warn: (t) => { c.err.push(t); },
  };
  return c;
}

export interface CliRun {
  code: number;
  io: Captured;
  out: string;
  err: string;
  doc: unknown;
}

/** A CLI bound to one data folder: `cli('roster', 'list')`. */
export function cliIn(dataDir: string): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    const io = captureIo();
    const code = await runCli(['--data-dir', dataDir, ...args], io);
    return { code, io, out: io.out.join('\n'), err: io.err.join('\n'), doc: io.docs[0] };
  };
}

export function tempDir(prefix = 'rectify-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
