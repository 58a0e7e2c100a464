import { describe, expect, it } from 'vitest';
import { cleanText, duplicateIssues, resolveDistrict, validateRosterRow, type RosterRowValues, type RowSource } from '../../../shared/domain/roster-rules';
import { makeUscc } from '../../../shared/domain/uscc';

const good = makeUscc('12', '321302', '46600001');
const src: RowSource = {
  file: 'r.xlsx', sheet: '机构名册', row: 5,
  cells: { uscc: { address: 'C5', header: '统一社会信用代码*' }, district: { address: 'E5', header: '区县' } },
};
const ctx = { regionCode: '321300' };
const row = (over: RosterRowValues = {}): RosterRowValues => ({
  name: '宿迁市第一人民医院', uscc: good, district: '宿城区', category: '综合医院', ownership: '公立', ...over,
});

describe('validateRosterRow', () => {
  it('normalises a clean row with defaults', () => {
    const r = validateRosterRow(row({ aliases: '市一院、 宿迁一院，市一院', contactPhone: '０５２７－８４３００００１' }), src, ctx);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      input: {
        uscc: good, licenceNo: null, name: '宿迁市第一人民医院', aliases: ['市一院', '宿迁一院'], districtCode: '321302', category: '综合医院',
        ownership: '公立', level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: '0527-84300001',
      },
    });
  });

  it('tolerates full-width characters, U+3000 and synonyms', () => {
    const fw = good.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).toLowerCase();
    const r = validateRosterRow(row({ name: '　宿迁市 第一人民医院　', uscc: ` ${fw}\u3000`, district: '３２１３０２', category: '乡镇卫生院', ownership: '政府办', level: '三甲', provincialDirect: '是' }), src, ctx);
    expect(r.ok && r.input).toMatchObject({ name: '宿迁市第一人民医院', uscc: good, districtCode: '321302', category: '卫生院（乡镇/街道）', level: '三级甲等', provincialDirect: true });
  });

  it('names row and column of a wrong check digit, in the agreed wording', () => {
    const wrong = good.slice(0, 17) + (good[17] === 'X' ? 'Y' : 'X');
    const r = validateRosterRow(row({ uscc: wrong }), src, ctx);
    expect(r.ok).toBe(false);
    const i = !r.ok ? r.issues[0] : null;
    expect(i).toMatchObject({ severity: '错误', cell: 'C5', row: 5, sheet: '机构名册', file: 'r.xlsx', column: '统一社会信用代码*' });
    expect(i?.message).toBe(`第5行“统一社会信用代码”：校验位错误：第18位应为“${good[17]}”，实际为“${wrong[17]}”`);
  });

  it('collects every problem of the row', () => {
    const r = validateRosterRow({ name: '', uscc: '', district: '火星区', category: '火锅店', ownership: '外星', level: '四甲', provincialDirect: '也许' }, src, ctx);
    expect(r.ok).toBe(false);
    const msgs = !r.ok ? r.issues.map((i) => i.message) : [];
    expect(msgs).toHaveLength(7);
    expect(msgs.join('\n')).toMatch(/机构名称不能为空/);
    expect(msgs.join('\n')).toMatch(/统一社会信用代码不能为空/);
    expect(msgs.join('\n')).toMatch(/未找到区县“火星区”/);
    expect(msgs.join('\n')).toMatch(/无法识别的机构类别“火锅店”/);
  });

  it('accepts a licence number instead of a USCC (small clinics)', () => {
    const r = validateRosterRow(row({ uscc: '', licenceNo: 'pdy 12345-321302' }), src, ctx);
    expect(r.ok && r.input).toMatchObject({ uscc: null, licenceNo: 'PDY12345-321302' });
  });

  it('refuses a district outside the campaign region and says where it is', () => {
    const r = validateRosterRow(row({ district: '玄武区' }), src, ctx);
    expect(!r.ok && r.issues[0].message).toMatch(/^第5行“所属区县”：江苏省南京市玄武区（320102）不在本专项区域江苏省宿迁市（321300）内/);
    expect(!r.ok && r.issues[0].cell).toBe('E5');
  });

  it('accepts any valid district when the campaign has no region', () => {
    expect(validateRosterRow(row({ district: '320102' }), src, { regionCode: null }).ok).toBe(true);
    expect(validateRosterRow(row({ district: '朝阳区' }), src, { regionCode: null }).ok).toBe(false); // ambiguous
  });

  it('warns (does not block) on the embedded organisation-code check', () => {
    const s17 = good.slice(0, 16) + (good[16] === '0' ? '1' : '0');
    const CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...s17].reduce((s, c, i) => s + CH.indexOf(c) * W[i], 0);
    const r = validateRosterRow(row({ uscc: s17 + CH[(31 - (sum % 31)) % 31] }), src, ctx);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatchObject({ severity: '警告', rule: 'roster.uscc-org' });
  });

  it('without a row number (the form) the message starts with the column', () => {
    const r = validateRosterRow(row({ category: '' }), {}, ctx);
    expect(!r.ok && r.issues[0].message).toBe('“机构类别”：机构类别不能为空，请从下拉列表选择');
  });
});

describe('district resolution and text cleaning', () => {
  it('explains ambiguous and unknown districts', () => {
    const amb = resolveDistrict('朝阳区', null);
    expect(!amb.ok && amb.reason).toMatch(/对应多个行政区划/);
    const unknown = resolveDistrict('321399', '321300');
    expect(!unknown.ok && unknown.reason).toMatch(/区划代码“321399”不存在/);
    const province = resolveDistrict('江苏省', null);
    expect(!province.ok && province.reason).toMatch(/省级区划/);
  });

  it('cleans whitespace the way clerks paste it', () => {
    expect(cleanText('\u3000宿迁市 第一\u00a0人民医院\u200b ')).toBe('宿迁市第一人民医院');
    expect(cleanText('Dr. Wang  Clinic')).toBe('Dr. Wang Clinic');
    expect(cleanText(null)).toBe('');
  });
});

describe('duplicateIssues', () => {
  it('flags a USCC or licence repeated in the file on the later row; same name is a warning', () => {
    const input = (over: object) => ({
      uscc: good, licenceNo: null, name: 'A', aliases: [], districtCode: '321302', category: '综合医院', ownership: '公立' as const,
      level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: null, ...over,
    });
    const issues = duplicateIssues([
      { source: { row: 3 }, input: input({}) },
      { source: { row: 4 }, input: input({ uscc: null, licenceNo: 'L1', name: 'B' }) },
      { source: { row: 7 }, input: input({ name: 'C' }) },
      { source: { row: 8 }, input: input({ uscc: null, licenceNo: 'L1', name: 'D' }) },
      { source: { row: 9 }, input: input({ uscc: makeUscc('12', '321302', '46600002'), name: 'A' }) },
    ]);
    expect(issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [7, '错误', `第7行“统一社会信用代码”：统一社会信用代码${good}与第3行重复，同一机构只能填写一行`],
      [8, '错误', '第8行“执业许可证登记号”：执业许可证登记号L1与第4行重复'],
      [9, '警告', '第9行“机构名称”：与第3行机构名称相同（同一区县），请确认不是重复填写'],
    ]);
  });
});
