import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { META_KEYS, returnFileName, SHEETS } from '../../../shared/domain/return-template';
import { addUnits, tempContext, withCampaign, type TestUnit } from '../../helpers/context';

interface Captured extends CliIo { out: string[]; err: string[]; docs: unknown[] }

function capture(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); },
    printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); },
    warn: (t) => { c.err.push(t); },
  };
  return c;
}

let dataDir: string;
let units: TestUnit[];
const LABEL = '2023年6月下半月';

beforeEach(() => {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  units = addUnits(ctx, [
    { name: '宿城区人民医院' },
    { name: '沭阳仁和医院', district: '321322', ownership: '社会办' },
    { name: '泗洪县双沟镇卫生院', district: '321324' },
    { name: '宿豫区停业诊所', district: '321311', ownership: '社会办', category: '诊所' },
  ]);
  ctx.db.prepare("UPDATE institutions SET retired_at = '2023-06-10' WHERE id = ?").run(units[3].id);
  const ins = ctx.db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, description, status,
    found_date, deadline, source, first_period, last_period, created_at, updated_at) VALUES (?, ?, ?, 'fp', ?, ?, ?, '2023-06-05', '2023-06-30', '自查自纠', '2023-06-H1', '2023-06-H1', 't', 't')`);
  ins.run(c.id, units[0].id, '2023-321302-0001', 'F2', '重复收取静脉输液费', '整改中');
  ins.run(c.id, units[0].id, '2023-321302-0002', 'F1', '门诊大厅疑似医托', '已销号');
  ins.run(c.id, units[1].id, '2023-321322-0001', 'F3', '推销保健品', '待整改');
  dataDir = ctx.dataDir;
  ctx.db.close();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await runCli(['--data-dir', dataDir, ...args], io);
  return { code, io };
}

async function ledgerNumbers(file: string | Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const out: string[] = [];
  for (let r = 4; r <= 8; r++) if (ws.getCell(r, 1).value) out.push(String(ws.getCell(r, 1).value));
  return out;
}

describe('rectify template', () => {
  it('writes one workbook per active institution, named by period and institution, open issues pre-filled', async () => {
    const out = path.join(dataDir, 'tpl');
    const r = await cli('template', '--period', '2023-06-H2', '--out', out);
    expect(r.code).toBe(0);
    expect(r.io.out.join('\n')).toContain('3 份');
    expect(fs.readdirSync(out).sort()).toEqual(units.slice(0, 3).map((u) => returnFileName(LABEL, u.name)).sort());
    expect(await ledgerNumbers(path.join(out, returnFileName(LABEL, '宿城区人民医院')))).toEqual(['2023-321302-0001']);
    expect(await ledgerNumbers(path.join(out, returnFileName(LABEL, '沭阳仁和医院')))).toEqual(['2023-321322-0001']);
    expect(await ledgerNumbers(path.join(out, returnFileName(LABEL, '泗洪县双沟镇卫生院')))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, returnFileName(LABEL, '沭阳仁和医院')));
    const meta = wb.getWorksheet(SHEETS.meta)!;
    expect(meta.state).toBe('veryHidden');
    expect([meta.getCell(2, 1).value, meta.getCell(2, 2).value, meta.getCell(3, 1).value, meta.getCell(3, 2).value])
      .toEqual([META_KEYS.period, '2023-06-H2', META_KEYS.uscc, units[1].uscc]);
  });

  it('does not pre-fill issues first reported in the same or a later period', async () => {
    const out = path.join(dataDir, 'h1');
    expect((await cli('template', '--period', '2023-06-H1', '--out', out, '--institution', units[0].uscc)).code).toBe(0);
    expect(await ledgerNumbers(path.join(out, returnFileName('2023年6月上半月', '宿城区人民医院')))).toEqual([]);
  });

  it('writes just one institution with --institution, and reports JSON deterministically', async () => {
    const out = path.join(dataDir, 'one');
    const a = await cli('--json', 'template', '--period', '2023-06-H2', '--out', out, '--institution', units[1].uscc.toLowerCase());
    expect(a.code).toBe(0);
    expect(a.io.docs).toHaveLength(1);
    expect(a.io.docs[0]).toMatchObject({ period: '2023-06-H2', label: LABEL, due: '2023-07-02', count: 1, zip: null });
    expect((a.io.docs[0] as { files: unknown[] }).files).toEqual([
      { file: returnFileName(LABEL, '沭阳仁和医院'), path: path.join(out, returnFileName(LABEL, '沭阳仁和医院')), name: '沭阳仁和医院', uscc: units[1].uscc, prefilledIssues: 1 },
    ]);
    expect(fs.readdirSync(out)).toHaveLength(1);
    const b = await cli('--json', 'template', '--period', '2023-06-H2', '--out', out, '--institution', units[1].uscc);
    expect(b.io.docs).toEqual(a.io.docs);
  });

  it('zips the batch with --zip and writes nothing else', async () => {
    const out = path.join(dataDir, 'zip');
    const r = await cli('template', '--period', '2023-06-H2', '--out', out, '--zip');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual([`${LABEL}-填报模板.zip`]);
    const entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(out, `${LABEL}-填报模板.zip`))));
    expect(Object.keys(entries).sort()).toEqual(units.slice(0, 3).map((u) => returnFileName(LABEL, u.name)).sort());
    expect(await ledgerNumbers(Buffer.from(entries[returnFileName(LABEL, '宿城区人民医院')]))).toEqual(['2023-321302-0001']);
  });

  it('refuses an unknown or retired institution and a period outside the campaign (exit 1, in Chinese)', async () => {
    const unknown = await cli('template', '--period', '2023-06-H2', '--out', path.join(dataDir, 'x'), '--institution', '91321302MA1XXXXX0Y');
    expect(unknown.code).toBe(1);
    expect(unknown.io.err.join('\n')).toMatch(/名册中没有.*91321302MA1XXXXX0Y/);
    const retired = await cli('template', '--period', '2023-06-H2', '--out', path.join(dataDir, 'x'), '--institution', units[3].uscc);
    expect(retired.code).toBe(1);
    expect(retired.io.err.join('\n')).toContain('已于 2023-06-10 停用');
    const late = await cli('template', '--period', '2023-10-H1', '--out', path.join(dataDir, 'x'));
    expect(late.code).toBe(1);
    expect(late.io.err.join('\n')).toContain('不在专项');
    expect(fs.existsSync(path.join(dataDir, 'x')) ? fs.readdirSync(path.join(dataDir, 'x')) : []).toEqual([]);
  });

  it('is a usage error without --period or --out (exit 2)', async () => {
    expect((await cli('template', '--out', path.join(dataDir, 'x'))).code).toBe(2);
    expect((await cli('template', '--period', '2023-06-H2')).code).toBe(2);
    expect((await cli('template', '--period', '2023-06-H2', '--out', 'x', '--bogus')).code).toBe(2);
  });
});
