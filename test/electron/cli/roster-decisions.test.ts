import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliIn, tempDir, type CliRun } from '../../helpers/cli';
import { fillTemplate, sampleRows, usccFor } from '../../helpers/roster-workbook';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';

let dir: string;
let cli: (...args: string[]) => Promise<CliRun>;
beforeEach(() => { dir = tempDir('rectify-roster-dec-'); cli = cliIn(path.join(dir, 'data')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, rows = sampleRows()): Promise<string> {
  const tpl = path.join(dir, 'tpl.xlsx');
  if (!fs.existsSync(tpl)) expect((await cli('roster', 'template', '--out', tpl)).code).toBe(0);
  const out = path.join(dir, name);
  fs.writeFileSync(out, await fillTemplate(fs.readFileSync(tpl), rows));
  return out;
}

describe('rectify roster import with decisions', () => {
  let file: string;
  beforeEach(async () => {
    expect((await cli('init', '--preset', 'suqian-2021')).code).toBe(0);
    expect((await cli('roster', 'import', await workbook('a.xlsx'))).code).toBe(0);
    file = await workbook('b.xlsx', [
      { name: '市一院', uscc: usccFor(9), district: '宿城区', category: '综合医院', ownership: '公立' },
      { name: '宿城区康宁诊所', licenceNo: 'PDY60001532130217D6102', district: '宿城区', category: '诊所', ownership: '个体' },
    ]);
  });

  it('--dry-run shows the rows needing a decision with candidate ids and an example decisions file', async () => {
    const r = await cli('roster', 'import', file, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/将新增 1 个、更新 0 个、未变化 0 个机构、需要确认 1 行/);
    expect(r.out).toMatch(/第3行 市一院（宿城区，[0-9A-Z]{18}） {2}→ 尚未选择/);
    const id = /候选 编号 (\d+)：宿迁市第一人民医院（宿城区，[0-9A-Z]{18}，简称相同）/.exec(r.out)?.[1];
    expect(id).toBeDefined();
    expect(r.out).toContain(`[{"row":3,"action":"merge","targetId":${id}}]`);
    const j = await cli('--json', 'roster', 'import', file, '--dry-run');
    const doc = j.doc as RosterImportReport;
    expect(doc).toMatchObject({ undecided: 1, decisions: [{ row: 3, candidates: [{ id: Number(id), name: '宿迁市第一人民医院' }] }] });
  });

  it('commit without decisions exits 1 naming the row; with --decisions it commits', async () => {
    const refused = await cli('roster', 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/有 1 行需要确认（第3行/);
    const dec = path.join(dir, 'decisions.json');
    fs.writeFileSync(dec, '\uFEFF' + JSON.stringify({ decisions: [{ row: 3, action: 'skip' }] }));
    const ok = await cli('--json', 'roster', 'import', file, '--decisions', dec);
    expect(ok.code).toBe(0);
    expect(ok.doc).toMatchObject({ committed: true, added: 1, skipped: 1, undecided: 0 });
    const list = (await cli('--json', 'roster', 'list')).doc as { name: string; licenceNo: string | null }[];
    expect(list.find((i) => i.name === '宿城区康宁诊所')?.licenceNo).toBe('PDY60001532130217D6102');
  });

  it('a malformed decisions file is refused (exit 1) with the expected shape', async () => {
    const dec = path.join(dir, 'bad.json');
    fs.writeFileSync(dec, JSON.stringify([{ row: 3, action: 'merge-all' }]));
    const r = await cli('roster', 'import', file, '--decisions', dec);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/决定文件“bad\.json”格式不对.*action 为 merge（合并）、add（新增）或 skip（跳过）/);
    fs.writeFileSync(dec, '{not json');
    expect((await cli('roster', 'import', file, '--decisions', dec)).err).toMatch(/不是有效的 JSON/);
  });
});
