/** Roster workbooks for tests: the app's own template filled in, or a hand-made sheet. */
import ExcelJS from 'exceljs';
import { makeUscc } from '../../shared/domain/uscc';
import { headerField, type RosterField } from '../../shared/domain/roster-columns';

export type RosterRow = Partial<Record<RosterField, string | number | null>>;

/** Fills the template's first sheet below its header row (found by text, as a clerk would). */
export async function fillTemplate(template: Buffer, rows: RosterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  let headerRow = 0;
  const cols = new Map<RosterField, number>();
  for (let r = 1; r <= 7 && !headerRow; r++) {
    ws.getRow(r).eachCell((c, col) => {
      const f = headerField(String(c.value ?? ''));
      if (f) cols.set(f, col);
    });
    if (cols.has('name') && cols.size >= 3) headerRow = r;
    else cols.clear();
  }
  if (!headerRow) throw new Error('template has no header row');
  rows.forEach((row, i) => {
    for (const [f, v] of Object.entries(row) as [RosterField, string | number | null][]) {
      const col = cols.get(f);
      if (col === undefined) throw new Error(`template has no column for ${f}`);
      ws.getRow(headerRow + 1 + i).getCell(col).value = v;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A hand-made workbook: sheets of raw cell values (row arrays), first sheet first. */
export async function handMade(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid USCC for test institution n (distinct per n). */
export function usccFor(n: number, prefix = '12', region = '321302'): string {
  return makeUscc(prefix, region, String(40_000_000 + n * 7_919).slice(0, 8));
}

/** Breaks the check character of a valid USCC. */
export function badCheck(code: string): string {
  const CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  return code.slice(0, 17) + CH[(CH.indexOf(code[17]) + 1) % 31];
}

/** Five institutions of 宿迁市 with every column filled the way clerks write them. */
export function sampleRows(): RosterRow[] {
  return [
    { name: '宿迁市第一人民医院', aliases: '市一院、宿迁一院', uscc: usccFor(1), district: '宿城区', category: '综合医院', ownership: '公立', level: '三甲', provincialDirect: '否', contactPerson: '张三', contactPhone: '0527-84300001' },
    { name: '沭阳县中医院', uscc: usccFor(2, '12', '321322'), district: '321322', category: '中医院', ownership: '政府办', level: '二级甲等' },
    { name: '宿豫区仁和医院', uscc: usccFor(3, '52', '321311'), district: '宿迁市宿豫区', category: '综合医院', ownership: '民营', level: '二乙' },
    { name: '泗洪县陈集镇卫生院', uscc: usccFor(4, '12', '321324'), district: '泗洪县', category: '乡镇卫生院', ownership: '公立', level: '一级甲等' },
    { name: '江苏省人民医院宿迁分院', uscc: usccFor(5, '12', '321300'), district: '宿城区', category: '综合医院', ownership: '公立', level: '三级甲等', provincialDirect: '是' },
  ];
}
