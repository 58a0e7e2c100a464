/**
 * .docx → PDF with LibreOffice headless. Each conversion gets a private user profile
 * (-env:UserInstallation) in a scratch directory, so parallel runs and a LibreOffice the user has
 * open do not collide, and a private fontconfig file mapping the 公文 fonts to installed stand-ins.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/errors';
import { fontconfigEnv } from './font-substitution';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** Path of the soffice executable (PATH first, then the usual install places), or undefined. */
export function findSoffice(): string | undefined {
  const exe = process.platform === 'win32' ? 'soffice.exe' : 'soffice';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, exe))) return path.join(dir, exe);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export interface LibreOfficeOptions {
  sofficePath?: string;
  /** Kill LibreOffice after this long (default 120 s; the first run of a fresh profile is slow). */
  timeoutMs?: number;
}

function runSoffice(exe: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(exe, args, { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** Converts a .docx (path or bytes) to `outPdf`. Throws AppError('io') with LibreOffice's own message. */
export async function docxToPdfWithLibreOffice(input: string | Uint8Array, outPdf: string, options: LibreOfficeOptions = {}): Promise<void> {
  const exe = options.sofficePath ?? findSoffice();
  if (!exe) throw new AppError('io', '未找到 LibreOffice（soffice），无法转换 PDF：请安装 LibreOffice 后重试');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'rectify-lo-'));
  try {
    const src = path.join(scratch, 'document.docx');
    if (typeof input === 'string') await copyFile(input, src);
    else await writeFile(src, input);
    const outDir = path.join(scratch, 'out');
    const profile = pathToFileURL(path.join(scratch, 'profile')).href;
    const env = { ...process.env, ...(await fontconfigEnv(scratch)) };
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      src,
    ];
    try {
      await runSoffice(exe, args, env, options.timeoutMs ?? 120_000);
    } catch (e) {
      const detail = e instanceof Error ? `${e.message} ${(e as { stderr?: string }).stderr ?? ''}`.trim() : String(e);
      throw new AppError('io', `LibreOffice 转换 PDF 失败：${detail}`);
    }
    const produced = path.join(outDir, 'document.pdf');
    if (!existsSync(produced)) throw new AppError('io', 'LibreOffice 未生成 PDF 文件（可能是文档损坏或 LibreOffice 安装不完整）');
    await copyFile(produced, outPdf);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
