import { zipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-service';
import { buildPackage } from '../../../electron/packages/package-export';
import { importPackage } from '../../../electron/packages/package-import';
import { setSetting } from '../../../electron/db/repos/settings-repo';
import { makeUscc } from '../../../shared/domain/uscc';
import { addUnits, contentChecksum, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];
const A = { name: '宿城区人民医院', district: '321302', uscc: makeUscc('12', '321302', '11112222') };
const B = { name: '沭阳仁和医院', district: '321322', uscc: makeUscc('52', '321322', '33334444'), ownership: '社会办' as const };

async function ret(code: string, u: typeof A, period: string, c1: number, status = '整改中') {
  return buildReturn({ meta: { campaign: code, period, uscc: u.uscc, name: u.name }, focusNames: FOCUS, general: { B1: '是', C1: c1 }, focus: { B3: [c1, 1, 0, 0], E4: ['1,000', 0, 0, 0] },
    ledger: [{ 台账编号: `${u.name}-1`, 整治重点: '医托', 问题来源: '自查自纠', 发现日期: '2023-06-03', 问题描述: '医托在门诊大厅拉客', 整改时限: '2023-06-25', 整改状态: status }], work: { 典型经验做法: `${u.name}的经验。` } });
}

const sums = (ctx: ReturnType<typeof tempContext>) => ctx.db.prepare(`SELECT v.indicator_code, v.focus_code, sum(v.value) s FROM indicator_values v JOIN submissions s ON s.id = v.submission_id
  WHERE s.is_current = 1 GROUP BY 1, 2 ORDER BY 1, 2`).all();
const ledgerState = (ctx: ReturnType<typeof tempContext>) => ctx.db.prepare(`SELECT i.uscc, l.ledger_no, l.status, l.first_period, l.last_period FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id ORDER BY 1, 2`).all();

async function district(unit: typeof A, org: string) {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  addUnits(ctx, [unit]);
  setSetting(ctx.db, 'organisation', org);
  setSetting(ctx.db, 'region_code', unit.district);
  await importFiles(ctx, [{ name: 'h1.xlsx', bytes: await ret(c.code, unit, '2023-06-H1', 3) }, { name: 'h2.xlsx', bytes: await ret(c.code, unit, '2023-06-H2', 5, '已整改待核验') }], [], { dryRun: false, received: '2023-06-17' });
  return { ctx, c, pkg: buildPackage(ctx, '2023-06-H2').bytes };
}

describe('upward packages', () => {
  it('roll up exactly: city over district packages equals the city importing the workbooks directly', async () => {
    const a = await district(A, '宿城区卫生健康局');
    const b = await district(B, '沭阳县卫生健康局');
    const city = tempContext();
    withCampaign(city);
    const dry = importPackage(city, a.pkg, { dryRun: true, fileName: 'a.zip' });
    expect(dry).toMatchObject({ senderIsNew: true, newInstitutions: ['宿城区人民医院'], counts: { new: 2 } });
    importPackage(city, a.pkg, { dryRun: false, fileName: 'a.zip' });
    importPackage(city, b.pkg, { dryRun: false, fileName: 'b.zip' });
    const direct = tempContext();
    const dc = withCampaign(direct);
    addUnits(direct, [A, B]);
    for (const u of [A, B]) await importFiles(direct, [{ name: 'h1.xlsx', bytes: await ret(dc.code, u, '2023-06-H1', 3) }, { name: 'h2.xlsx', bytes: await ret(dc.code, u, '2023-06-H2', 5, '已整改待核验') }], [], { dryRun: false });
    expect(sums(city)).toEqual(sums(direct));
    expect(ledgerState(city)).toEqual(ledgerState(direct));
    // Three levels: the city's own package imported by the province gives the same again.
    const province = tempContext();
    withCampaign(province);
    importPackage(province, buildPackage(city, '2023-06-H2').bytes, { dryRun: false, fileName: 'city.zip' });
    expect(sums(province)).toEqual(sums(direct));
  });

  it('refuses tampered, truncated, wrong-campaign and future-schema packages, database unchanged', async () => {
    const a = await district(A, '宿城区卫生健康局');
    const city = tempContext();
    withCampaign(city);
    const before = contentChecksum(city);
    const files = unzipSync(a.pkg);
    const tampered = zipSync({ ...files, 'data/submissions.json': new TextEncoder().encode(new TextDecoder().decode(files['data/submissions.json']).replace('"value":3', '"value":30')) });
    expect(() => importPackage(city, tampered, { dryRun: false, fileName: 't.zip' })).toThrow(/校验值与 manifest\.json 不符/);
    expect(() => importPackage(city, a.pkg.slice(0, a.pkg.length - 200), { dryRun: false, fileName: 'cut.zip' })).toThrow(/不是完整的 zip/);
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const future = zipSync({ ...files, 'manifest.json': new TextEncoder().encode(JSON.stringify({ ...m, software: { ...m.software, schemaVersion: 9999 } })) });
    expect(() => importPackage(city, future, { dryRun: false, fileName: 'f.zip' })).toThrow(/更新版本/);
    const other = tempContext();
    withCampaign(other, 'suqian-2021', '2021-07-16');
    expect(() => importPackage(other, a.pkg, { dryRun: false, fileName: 'a.zip' })).toThrow(/不是当前专项/);
    expect(contentChecksum(city)).toBe(before);
  });

  it('a newer package from the same sender replaces the previous one; a direct return is counted once', async () => {
    const a = await district(A, '宿城区卫生健康局');
    const city = tempContext();
    const cc = withCampaign(city);
    importPackage(city, a.pkg, { dryRun: false, fileName: 'a.zip' });
    await importFiles(a.ctx, [{ name: 'h2-v2.xlsx', bytes: await ret(a.c.code, A, '2023-06-H2', 7, '已整改待核验') }], [], { dryRun: false });
    const r = importPackage(city, buildPackage(a.ctx, '2023-06-H2').bytes, { dryRun: false, fileName: 'a2.zip' });
    expect(r).toMatchObject({ replacesPrevious: true, counts: { unchanged: 1, replace: 1 } });
    expect(sums(city).find((x: unknown) => (x as { indicator_code: string }).indicator_code === 'C1')).toEqual({ indicator_code: 'C1', focus_code: '', s: 10 });
    await importFiles(city, [{ name: 'direct.xlsx', bytes: await ret(cc.code, A, '2023-07-H1', 1) }], [], { dryRun: false });
    await importFiles(a.ctx, [{ name: 'j1.xlsx', bytes: await ret(a.c.code, A, '2023-07-H1', 2) }], [], { dryRun: false });
    const r3 = importPackage(city, buildPackage(a.ctx, '2023-07-H1').bytes, { dryRun: true, fileName: 'a3.zip' });
    expect(r3.submissions.find((s) => s.period === '2023-07-H1')?.action).toBe('skipped-direct');
  });
});
