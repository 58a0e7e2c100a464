import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openContext } from '../../../electron/services/app-context';
import { allRoster, setRetired } from '../../../electron/services/roster-service';
import type { CliIo } from '../../../electron/cli/types';
import { badCheck, fillTemplate, sampleRows } from '../../helpers/roster-workbook';

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
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-roster-cli-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; io: Captured }> {
  const c = io();
  const code = await runCli(['--data-dir', path.join(dir, 'data'), ...args], c);
  return { code, io: c };
}

async function listJson(): Promise<unknown[]> {
  const r = await cli('--json', 'roster', 'list');
  expect(r.code).toBe(0);
  expect(r.io.docs).toHaveLength(1);
  return r.io.docs[0] as unknown[];
}

async function filledTemplate(rows = sampleRows()): Promise<string> {
  const tpl = path.join(dir, 'tpl.xlsx');
  expect((await cli('roster', 'template', '--out', tpl)).code).toBe(0);
  const out = path.join(dir, `filled-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(out, await fillTemplate(fs.readFileSync(tpl), rows));
  return out;
}

describe('rectify roster', () => {
  beforeEach(async () => {
    expect((await cli('init', '--preset', 'suqian-2021')).code).toBe(0);
  });

  it('template → import → list (json: sorted, no ids or timestamps, same bytes twice)', async () => {
    const file = await filledTemplate();
    const imp = await cli('roster', 'import', file);
    expect(imp.code).toBe(0);
    expect(imp.io.out.join('\n')).toMatch(/新增 5 个、更新 0 个、未变化 0 个/);
    const list = await listJson();
    expect(list).toHaveLength(5);
    expect(list[0]).toEqual({
      districtCode: '321302', districtName: '宿城区', name: '宿迁市第一人民医院', aliases: ['市一院', '宿迁一院'], uscc: sampleRows()[0].uscc,
      licenceNo: null, category: '综合医院', categoryGroup: '医院', ownership: '公立', level: '三级甲等', provincialDirect: false,
      contactPerson: '张三', contactPhone: '0527-84300001', retiredAt: null,
    });
    expect((list as { districtCode: string }[]).map((i) => i.districtCode)).toEqual(['321302', '321302', '321311', '321322', '321324']);
    expect(JSON.stringify(await listJson())).toBe(JSON.stringify(list));
    const human = await cli('roster', 'list');
    expect(human.io.out.join('\n')).toMatch(/321302 {2}宿城区 {2}宿迁市第一人民医院/);
  });

  it('--json import prints one report; re-import is unchanged', async () => {
    const file = await filledTemplate();
    const first = await cli('--json', 'roster', 'import', file);
    expect(first.code).toBe(0);
    expect(first.io.out).toEqual([]);
    expect(first.io.docs).toHaveLength(1);
    expect(first.io.docs[0]).toMatchObject({ committed: true, added: 5, fileName: path.basename(file) });
    const again = await cli('--json', 'roster', 'import', file);
    expect(again.io.docs[0]).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 5 });
  });

  it('--dry-run writes nothing', async () => {
    const file = await filledTemplate();
    const r = await cli('roster', 'import', file, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.io.out.join('')).toMatch(/试导入（未写入任何数据）：将新增 5 个/);
    expect(await listJson()).toEqual([]);
  });

  it('a wrong check digit: exit 1, row/column on stderr, roster unchanged', async () => {
    const rows = sampleRows();
    rows[3].uscc = badCheck(String(rows[3].uscc));
    const file = await filledTemplate(rows);
    const before = await listJson();
    const r = await cli('roster', 'import', file);
    expect(r.code).toBe(1);
    const err = r.io.err.join('\n');
    expect(err).toMatch(/整个文件未导入/);
    expect(err).toMatch(/机构名册!C6：第6行“统一社会信用代码”：校验位错误/);
    expect(await listJson()).toEqual(before);
    const j = await cli('--json', 'roster', 'import', file);
    expect(j.code).toBe(1);
    expect(j.io.docs).toHaveLength(1);
    expect(j.io.docs[0]).toMatchObject({ committed: false, rejected: true, issues: [{ cell: 'C6', row: 6 }] });
  });

  it('broken file and missing file exit 1; bad usage exits 2', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a workbook\n');
    const r = await cli('roster', 'import', junk);
    expect(r.code).toBe(1);
    expect(r.io.err.join('')).toMatch(/junk\.xlsx.*不是 Excel 工作簿/);
    expect((await cli('roster', 'import', path.join(dir, 'nope.xlsx'))).code).toBe(1);
    expect((await cli('roster', 'import')).code).toBe(2);
    expect((await cli('roster', 'template')).code).toBe(2);
    expect((await cli('roster', 'list', '--out', 'x')).code).toBe(2);
    expect((await cli('roster', 'frobnicate')).code).toBe(2);
  });

  it('list --all shows retired institutions; --district and --query filter', async () => {
    await cli('roster', 'import', await filledTemplate());
    expect(((await cli('--json', 'roster', 'list', '--district', '321302')).io.docs[0] as unknown[]).length).toBe(2);
    expect(((await cli('--json', 'roster', 'list', '--query', '市一院')).io.docs[0] as { name: string }[]).map((i) => i.name)).toEqual(['宿迁市第一人民医院']);
    const ctx = openContext({ dataDir: path.join(dir, 'data'), mode: 'cli', now: () => new Date('2021-08-01T10:00:00+08:00') });
    try {
      setRetired(ctx, allRoster(ctx)[0].id, true);
    } finally {
      ctx.db.close();
    }
    expect(await listJson()).toHaveLength(4);
    const all = (await cli('--json', 'roster', 'list', '--all')).io.docs[0] as { retiredAt: string | null }[];
    expect(all.map((i) => i.retiredAt)).toEqual(['2021-08-01', null, null, null, null]);
    expect((await cli('roster', 'list', '--all')).io.out.join('')).toMatch(/已停用 2021-08-01/);
  });
});
