import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';

interface Captured extends CliIo { out: string[]; err: string[]; docs: unknown[] }

function io(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); },
    printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); },
    warn: (t) => { c.err.push(t); },
  };
  return c;
}

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-audit-cli-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; io: Captured }> {
  const c = io();
  const code = await runCli(['--data-dir', path.join(dir, 'data'), ...args], c);
  return { code, io: c };
}

describe('rectify audit', () => {
  it('list: newest first, --limit, --json without row ids and deterministic', async () => {
    expect((await cli('init', '--preset', 'provincial-2023')).code).toBe(0);
    expect((await cli('period', 'lock', '2023-06-H1', '--reason', '第1期通报已印发')).code).toBe(0);
    expect((await cli('period', 'reopen', '2023-06-H1', '--reason', '补报')).code).toBe(0);
    const a = await cli('--json', 'audit', 'list', '--limit', '2');
    expect(a.code).toBe(0);
    expect(a.io.docs).toHaveLength(1);
    const doc = a.io.docs[0] as { total: number; entries: Record<string, unknown>[] };
    expect(doc.total).toBe(3);
    expect(doc.entries.map((e) => e.action)).toEqual(['period.reopen', 'period.lock']);
    expect(doc.entries[0]).not.toHaveProperty('id');
    expect(doc.entries[0]).toMatchObject({ label: '重新开放报告期', entityId: '2023-06-H1', summary: '理由：补报' });
    const b = await cli('--json', 'audit', 'list', '--limit', '2');
    expect(b.io.docs).toEqual(a.io.docs);
    const text = await cli('audit', 'list');
    expect(text.io.out.at(-1)).toBe('共 3 条，显示最近 3 条。');
    expect(text.io.out[0]).toMatch(/重新开放报告期 {2}理由：补报$/);
  });

  it('export writes the workbook; bad usage exits 2', async () => {
    await cli('init', '--preset', 'provincial-2023');
    const out = path.join(dir, 'out', '日志.xlsx');
    const r = await cli('--json', 'audit', 'export', '--out', out);
    expect(r.code).toBe(0);
    expect(r.io.docs[0]).toMatchObject({ entries: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('操作日志')!.getRow(3).getCell(4).value).toBe('新建专项');
    expect((await cli('audit', 'export')).code).toBe(2);
    expect((await cli('audit', 'list', '--limit', '0')).code).toBe(2);
    expect((await cli('audit', 'list', '--out', 'x')).code).toBe(2);
    expect((await cli('audit', 'remove')).code).toBe(2);
  });
});
