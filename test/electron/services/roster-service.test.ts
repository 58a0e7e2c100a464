import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../../../electron/services/app-context';
import {
  allRoster, importRoster, listRoster, rosterDistricts, rosterTemplate, saveInstitution, setRetired,
} from '../../../electron/services/roster-service';
import { tempContext, withCampaign } from '../../helpers/context';
import { badCheck, fillTemplate, handMade, sampleRows, usccFor } from '../../helpers/roster-workbook';

let ctx: AppContext;
afterEach(() => ctx?.db.close());

function setup(preset = 'suqian-2021', start = '2021-07-16'): AppContext {
  ctx = tempContext();
  withCampaign(ctx, preset, start);
  return ctx;
}

/** Everything an import could change: the roster and the audit log. */
function checksum(c: AppContext): string {
  const rows = c.db.prepare('SELECT * FROM institutions ORDER BY id').all();
  const audit = c.db.prepare('SELECT count(*) AS n FROM audit_log').get();
  return createHash('sha256').update(JSON.stringify([rows, audit])).digest('hex');
}

async function rejected(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('validation');
  return e as AppError;
}

describe('roster import: template round trip', () => {
  it('imports a filled template and lists it sorted by district code then name', async () => {
    setup();
    const file = await fillTemplate(await rosterTemplate(ctx), sampleRows());
    const r = await importRoster(ctx, file, '名册.xlsx', { dryRun: false });
    expect(r).toMatchObject({ committed: true, dryRun: false, total: 5, added: 5, updated: 0, unchanged: 0, sheet: '机构名册' });
    expect(r.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    const list = allRoster(ctx);
    expect(list.map((i) => [i.districtCode, i.name])).toEqual([
      ['321302', '宿迁市第一人民医院'], ['321302', '江苏省人民医院宿迁分院'], ['321311', '宿豫区仁和医院'], ['321322', '沭阳县中医院'], ['321324', '泗洪县陈集镇卫生院'],
    ]);
    expect(list[0]).toMatchObject({
      uscc: usccFor(1), aliases: ['市一院', '宿迁一院'], districtName: '宿城区', category: '综合医院', ownership: '公立', level: '三级甲等',
      provincialDirect: false, contactPerson: '张三', contactPhone: '0527-84300001', retiredAt: null,
    });
    expect(list.find((i) => i.name === '沭阳县中医院')).toMatchObject({ category: '中医医院', ownership: '公立', level: '二级甲等' });
    expect(list.find((i) => i.name === '宿豫区仁和医院')).toMatchObject({ ownership: '社会办', level: '二级乙等', districtCode: '321311' });
    expect(list.find((i) => i.name === '泗洪县陈集镇卫生院')?.category).toBe('卫生院（乡镇/街道）');
    expect(list.find((i) => i.name === '江苏省人民医院宿迁分院')?.provincialDirect).toBe(true);
  });

  it('writes one audit entry per import with the file hash', async () => {
    setup();
    const file = await fillTemplate(await rosterTemplate(ctx), sampleRows());
    await importRoster(ctx, file, '名册.xlsx', { dryRun: false });
    const audits = ctx.db.prepare("SELECT * FROM audit_log WHERE action = 'roster.import'").all() as { source_json: string; detail_json: string }[];
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0].source_json)).toMatchObject({ file: '名册.xlsx', sha256: createHash('sha256').update(file).digest('hex'), sheet: '机构名册' });
    expect(JSON.parse(audits[0].detail_json)).toMatchObject({ added: 5, updated: 0, unchanged: 0 });
  });

  it('dry run reports the same counts and writes nothing', async () => {
    setup();
    const before = checksum(ctx);
    const file = await fillTemplate(await rosterTemplate(ctx), sampleRows());
    const r = await importRoster(ctx, file, '名册.xlsx', { dryRun: true });
    expect(r).toMatchObject({ committed: false, dryRun: true, added: 5 });
    expect(r.preview.map((p) => p.action)).toEqual(['add', 'add', 'add', 'add', 'add']);
    expect(checksum(ctx)).toBe(before);
  });

  it('re-import is unchanged; an edited row is an update; missing columns keep stored values', async () => {
    setup();
    const tpl = await rosterTemplate(ctx);
    await importRoster(ctx, await fillTemplate(tpl, sampleRows()), 'a.xlsx', { dryRun: false });
    const rows = ctx.db.prepare('SELECT * FROM institutions ORDER BY id').all();
    const again = await importRoster(ctx, await fillTemplate(tpl, sampleRows()), 'a.xlsx', { dryRun: false });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(ctx.db.prepare('SELECT * FROM institutions ORDER BY id').all()).toEqual(rows);

    const edited = sampleRows();
    edited[1].level = '三级乙等';
    const upd = await importRoster(ctx, await fillTemplate(tpl, edited), 'b.xlsx', { dryRun: false });
    expect(upd).toMatchObject({ added: 0, updated: 1, unchanged: 4 });
    expect(allRoster(ctx).find((i) => i.name === '沭阳县中医院')?.level).toBe('三级乙等');

    // A partial roster (name, code, district, category, ownership) changes only what it carries.
    const partial = await handMade([{ name: 'S', rows: [['名称', '信用代码', '区县', '类别', '性质'], ['宿迁市第一人民医院（总院）', usccFor(1), '宿城区', '综合医院', '公立']] }]);
    const p = await importRoster(ctx, partial, 'c.xlsx', { dryRun: false });
    expect(p).toMatchObject({ added: 0, updated: 1 });
    expect(allRoster(ctx).find((i) => i.uscc === usccFor(1))).toMatchObject({ name: '宿迁市第一人民医院（总院）', contactPerson: '张三', level: '三级甲等', aliases: ['市一院', '宿迁一院'] });
  });
});

describe('roster import: rejections change nothing', () => {
  const cases: [string, (tpl: Buffer) => Promise<Buffer>, RegExp][] = [
    ['broken xlsx', async () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), /已损坏或不是有效的 Excel 工作簿/],
    ['not a workbook', async () => Buffer.from('名称,信用代码\n'), /不是 Excel 工作簿/],
    ['empty file', async () => Buffer.alloc(0), /空文件/],
    ['no data rows', (tpl) => fillTemplate(tpl, []), /没有数据行/],
    ['no header', async () => handMade([{ name: 'S', rows: [['随便', '什么'], ['1', '2']] }]), /没有找到名册表头/],
    ['missing required column', async () => handMade([{ name: 'S', rows: [['机构名称', '统一社会信用代码', '区县'], ['甲', usccFor(9), '宿城区']] }]), /缺少必填列：“机构类别”.*“公立\/社会办”/],
  ];
  it.each(cases)('%s', async (_n, make, msg) => {
    setup();
    const file = await make(await rosterTemplate(ctx));
    const before = checksum(ctx);
    const e = await rejected(importRoster(ctx, file, 'x.xlsx', { dryRun: false }));
    expect(e.message).toMatch(msg);
    expect(e.message).toContain('x.xlsx');
    expect(checksum(ctx)).toBe(before);
  });

  const rowCases: [string, (rows: ReturnType<typeof sampleRows>) => void, RegExp, string][] = [
    ['wrong USCC', (r) => { r[3].uscc = badCheck(String(r[3].uscc)); }, /^第6行“统一社会信用代码”：校验位错误：第18位应为/, 'C6'],
    ['unknown district', (r) => { r[2].district = '火星区'; }, /^第5行“所属区县”：未找到区县“火星区”/, 'E5'],
    ['district outside region', (r) => { r[0].district = '320102'; }, /^第3行“所属区县”：江苏省南京市玄武区（320102）不在本专项区域江苏省宿迁市（321300）内/, 'E3'],
    ['duplicate USCC', (r) => { r[4].uscc = r[0].uscc!; }, /^第7行“统一社会信用代码”：统一社会信用代码.*与第3行重复/, 'C7'],
    ['unknown category', (r) => { r[1].category = '火锅店'; }, /^第4行“机构类别”：无法识别的机构类别“火锅店”/, 'F4'],
  ];
  it.each(rowCases)('%s (other rows fine): nothing is written', async (_n, spoil, msg, cell) => {
    setup();
    const tpl = await rosterTemplate(ctx);
    await importRoster(ctx, await fillTemplate(tpl, sampleRows().slice(0, 2)), 'first.xlsx', { dryRun: false });
    const before = checksum(ctx);
    const rows = sampleRows();
    spoil(rows);
    const e = await rejected(importRoster(ctx, await fillTemplate(tpl, rows), 'x.xlsx', { dryRun: false }));
    expect(e.message).toMatch(/有 1 处错误（涉及 1 行），整个文件未导入/);
    const errors = (e.details ?? []).filter((d) => d.severity === '错误');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(msg);
    expect(errors[0]).toMatchObject({ file: 'x.xlsx', sheet: '机构名册', cell });
    expect(checksum(ctx)).toBe(before);
  });

  it('lists every bad row at once', async () => {
    setup();
    const rows = sampleRows();
    rows[0].uscc = badCheck(String(rows[0].uscc));
    rows[2].ownership = '外星';
    rows[4].district = '';
    const e = await rejected(importRoster(ctx, await fillTemplate(await rosterTemplate(ctx), rows), 'x.xlsx', { dryRun: true }));
    expect((e.details ?? []).filter((d) => d.severity === '错误').map((d) => d.row)).toEqual([3, 5, 7]);
  });

  it('an 18-digit code stored as a number is explained, not reported as a typo', async () => {
    setup();
    // A valid all-digit code (domain.md §5.1 test vector) that Excel keeps only to 15 digits.
    const file = await handMade([{ name: 'S', rows: [['名称', '信用代码', '区县', '类别', '性质'], ['甲', Number('124403006317066910'), '宿城区', '综合医院', '公立']] }]);
    const e = await rejected(importRoster(ctx, file, 'x.xlsx', { dryRun: true }));
    expect(e.details).toHaveLength(1);
    expect(e.details![0].message).toMatch(/数字格式.*15位有效数字.*文本/);
  });
});

describe('roster import: hand-made rosters', () => {
  it('finds the data sheet and header by text; tolerates synonyms, order, full-width and U+3000', async () => {
    setup();
    const fw = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const file = await handMade([
      { name: '说明', rows: [['本表说明'], ['无']] },
      {
        name: '医疗机构',
        rows: [
          ['宿迁市医疗机构一览表'],
          [],
          ['序号', '性质', '单位名称', '行政区划', '机构类型', '统一社会信用代码（18位）', '等级', '电话'],
          [1, '民营', '　宿豫区  康复医院\u3000', 321311, '康复医院', fw(usccFor(11, '52', '321311')), '未评级', '１３９００００００００'],
          [],
          [2, '公立', '宿城区社区卫生服务中心', '江苏省宿迁市宿城区', '社区卫生服务中心', ` ${usccFor(12)} `, null, null],
          ['填表人：张三'],
        ],
      },
    ]);
    const r = await importRoster(ctx, file, '一览表.xlsx', { dryRun: false });
    expect(r).toMatchObject({ sheet: '医疗机构', added: 2 });
    expect(allRoster(ctx).map((i) => [i.districtCode, i.name, i.uscc, i.category, i.ownership, i.level, i.contactPhone])).toEqual([
      ['321302', '宿城区社区卫生服务中心', usccFor(12), '社区卫生服务中心', '公立', '未定级', null],
      ['321311', '宿豫区康复医院', usccFor(11, '52', '321311'), '专科医院', '社会办', '未定级', '13900000000'],
    ]);
  });

  it('reads a legacy .xls', async () => {
    setup();
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['机构名称', '统一社会信用代码', '所属区县', '机构类别', '公立/社会办'], ['泗阳县人民医院', usccFor(21, '12', '321323'), '泗阳县', '综合医院', '公立']]), '名册');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    const r = await importRoster(ctx, bytes, 'old.xls', { dryRun: false });
    expect(r.added).toBe(1);
    expect(allRoster(ctx)[0]).toMatchObject({ name: '泗阳县人民医院', districtCode: '321323' });
  });

  it('accepts any real district when the campaign has no region', async () => {
    setup('provincial-2023', '2023-06-01');
    const file = await handMade([{ name: 'S', rows: [['名称', '信用代码', '区县', '类别', '性质'], ['玄武医院', usccFor(31, '12', '320102'), '南京市玄武区', '综合医院', '公立']] }]);
    expect((await importRoster(ctx, file, 'x.xlsx', { dryRun: false })).added).toBe(1);
  });
});

describe('roster: list, form, retire, districts', () => {
  async function seeded(): Promise<AppContext> {
    setup();
    await importRoster(ctx, await fillTemplate(await rosterTemplate(ctx), sampleRows()), 'a.xlsx', { dryRun: false });
    return ctx;
  }

  it('searches name, alias, USCC; filters by district or city; pages', async () => {
    await seeded();
    expect(listRoster(ctx, { query: '市一院' }).rows.map((i) => i.name)).toEqual(['宿迁市第一人民医院']);
    expect(listRoster(ctx, { query: usccFor(3, '52', '321311').slice(2, 14) }).rows.map((i) => i.name)).toEqual(['宿豫区仁和医院']);
    expect(listRoster(ctx, { query: usccFor(3, '52', '321311').toLowerCase() }).total).toBe(1);
    expect(listRoster(ctx, { query: '50%' }).total).toBe(0);
    expect(listRoster(ctx, { districtCode: '321302' }).total).toBe(2);
    expect(listRoster(ctx, { districtCode: '321300' }).total).toBe(5);
    const page = listRoster(ctx, { offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 5, offset: 2, limit: 2 });
    expect(page.rows.map((i) => i.districtCode)).toEqual(['321311', '321322']);
  });

  it('adds and edits through the form with the roster rules, audited', async () => {
    await seeded();
    const added = saveInstitution(ctx, undefined, {
      name: '宿城区张三诊所', uscc: '', licenceNo: 'pdy321302001', districtCode: '宿城区', category: '个体诊所', ownership: '个体', provincialDirect: false,
    });
    expect(added).toMatchObject({ uscc: null, licenceNo: 'PDY321302001', districtCode: '321302', category: '诊所', ownership: '社会办', level: '未定级' });
    const edited = saveInstitution(ctx, added.id, { ...added, level: '未定级', contactPerson: '张三' });
    expect(edited.contactPerson).toBe('张三');
    const actions = (ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'institution' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['roster.add', 'roster.update']);
  });

  it('form rejections name the field key; a USCC of another institution is refused', async () => {
    await seeded();
    const before = checksum(ctx);
    const e1 = (() => { try { saveInstitution(ctx, undefined, { name: '甲', uscc: badCheck(usccFor(40)), districtCode: '玄武区', category: '综合医院', ownership: '公立' }); } catch (e) { return e as AppError; } })();
    expect(e1?.details?.map((d) => d.column)).toEqual(['uscc', 'districtCode']);
    const e2 = (() => { try { saveInstitution(ctx, undefined, { name: '甲', uscc: usccFor(1), districtCode: '321302', category: '综合医院', ownership: '公立' }); } catch (e) { return e as AppError; } })();
    expect(e2?.details?.[0]).toMatchObject({ column: 'uscc' });
    expect(e2?.message).toMatch(/已属于名册中的“宿迁市第一人民医院”/);
    expect(checksum(ctx)).toBe(before);
  });

  it('retires and restores, keeping the row for history', async () => {
    await seeded();
    const target = allRoster(ctx).find((i) => i.name === '宿豫区仁和医院')!;
    const retired = setRetired(ctx, target.id, true);
    expect(retired.retiredAt).toBe('2023-06-20');
    expect(allRoster(ctx).map((i) => i.id)).not.toContain(target.id);
    expect(allRoster(ctx, { includeRetired: true }).map((i) => i.id)).toContain(target.id);
    expect(listRoster(ctx, { includeRetired: true }).total).toBe(5);
    // Re-importing the roster updates nothing about the retirement and says so.
    const r = await importRoster(ctx, await fillTemplate(await rosterTemplate(ctx), sampleRows()), 'a.xlsx', { dryRun: true });
    expect(r.issues.some((i) => i.rule === 'roster.retired')).toBe(true);
    expect(setRetired(ctx, target.id, false).retiredAt).toBeNull();
    const actions = (ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'institution' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['roster.retire', 'roster.restore']);
    expect(() => setRetired(ctx, 9999, true)).toThrow(/没有编号为 9999 的机构/);
  });

  it('districts of the campaign region as a tree', () => {
    setup();
    const d = rosterDistricts(ctx);
    expect(d[0]).toEqual({ code: '320000', name: '江苏省', parentCode: null, level: 'province' });
    expect(d.filter((n) => n.parentCode === '321300').map((n) => n.name)).toEqual(['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县', '宿迁经济技术开发区']);
  });
});
