import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliIn, tempDir, type CliRun } from '../../helpers/cli';
import { fillTemplate, sampleRows } from '../../helpers/roster-workbook';

let dir: string;
let city: (...args: string[]) => Promise<CliRun>;
let district: (...args: string[]) => Promise<CliRun>;
beforeEach(() => {
  dir = tempDir('rectify-campaign-cli-');
  city = cliIn(path.join(dir, 'city'));
  district = cliIn(path.join(dir, 'district'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cityCampaign(): Promise<string> {
  expect((await city('init', '--preset', 'provincial-2023', '--region', '321300')).code).toBe(0);
  const tpl = path.join(dir, 'tpl.xlsx');
  expect((await city('roster', 'template', '--out', tpl)).code).toBe(0);
  const roster = path.join(dir, 'roster.xlsx');
  fs.writeFileSync(roster, await fillTemplate(fs.readFileSync(tpl), sampleRows()));
  expect((await city('roster', 'import', roster)).code).toBe(0);
  return ((await city('--json', 'campaign', 'show')).doc as { code: string }).code;
}

describe('rectify campaign archive / unarchive', () => {
  it('archives with a reason; writes then exit 1 with the message; unarchive reopens', async () => {
    const code = await cityCampaign();
    expect((await city('campaign', 'archive', code)).code).toBe(2);
    expect((await city('campaign', 'archive', '--reason', '结束')).code).toBe(2);
    const a = await city('campaign', 'archive', code, '--reason', '专项已结束');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/已归档专项.*现为只读/);
    const show = await city('--json', 'campaign', 'show');
    expect(show.doc).toMatchObject({ code, status: 'archived', archive: { reason: '专项已结束' } });
    expect((await city('campaign', 'list')).out).toMatch(/已归档：专项已结束，\d{4}-\d{2}-\d{2}，只读/);
    const lock = await city('period', 'lock', '2023-06-H1', '--reason', '通报已印发');
    expect(lock.code).toBe(1);
    expect(lock.err).toMatch(/已归档，只读，不能封账.*campaign unarchive/);
    const tdir = path.join(dir, 'tpl-out');
    const tpl = await city('template', '--period', '2023-06-H1', '--out', tdir);
    expect(tpl.code).toBe(1);
    expect(tpl.err).toMatch(/不能下发填报模板/);
    // The roster is shared by all campaigns: still writable.
    expect((await city('roster', 'import', path.join(dir, 'roster.xlsx'))).code).toBe(0);
    expect((await city('campaign', 'unarchive', code, '--reason', '补录')).code).toBe(0);
    expect((await city('--json', 'campaign', 'show')).doc).toMatchObject({ status: 'active', archive: null });
    expect((await city('campaign', 'unarchive', code, '--reason', '补录')).code).toBe(1);
    expect((await city('campaign', 'archive', 'nope', '--reason', 'x')).code).toBe(1);
    expect((await city('campaign', 'show', '--reason', 'x')).code).toBe(2);
  });
});

describe('rectify campaign export / import', () => {
  it('sends the campaign down to a district: same code, periods, roster slice', async () => {
    const code = await cityCampaign();
    const out = path.join(dir, 'def.json');
    const exp = await city('--json', 'campaign', 'export', '--out', out, '--district', '321302');
    expect(exp.code).toBe(0);
    expect(exp.doc).toEqual({ out, code, district: { code: '321302', name: '宿城区' }, institutions: 1 });
    expect((await city('campaign', 'export')).code).toBe(2);
    expect((await city('campaign', 'export', '--out', out, '--district', '999999')).code).toBe(1);

    const dry = await district('campaign', 'import', out, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/试导入（未写入任何数据）：将创建专项.*名册新增 1 个/);
    expect((await district('--json', 'campaign', 'list')).doc).toEqual([]);
    const imp = await district('--json', 'campaign', 'import', out);
    expect(imp.code).toBe(0);
    expect(imp.doc).toMatchObject({ committed: true, campaign: 'create', code, institutions: { added: 1 } });
    expect((await district('--json', 'periods')).doc).toEqual((await city('--json', 'periods')).doc);
    expect(((await district('--json', 'roster', 'list')).doc as { name: string }[]).map((i) => i.name)).toEqual(['宿迁市第一人民医院']);
    const again = await district('campaign', 'import', out);
    expect(again.out).toMatch(/专项定义无变化.*未变化 1 个/);
    fs.writeFileSync(path.join(dir, 'junk.json'), 'junk');
    expect((await district('campaign', 'import', path.join(dir, 'junk.json'))).code).toBe(1);
    expect((await district('campaign', 'import')).code).toBe(2);
  });
});
