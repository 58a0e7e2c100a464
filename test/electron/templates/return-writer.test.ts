import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReturnWorkbook, workbookToBuffer, writeReturnTemplate, type ReturnLedgerRow, type ReturnTemplateInput } from '../../../electron/templates/return-writer';
import { lockWorkbookStructure } from '../../../electron/templates/xlsx-finalize';
import { readGridBook } from '../../../electron/import/read-grid';
import { campaignCode } from '../../../shared/domain/campaign';
import { FOCUS_INPUTS, GENERAL_INPUTS } from '../../../shared/domain/indicators';
import { LEDGER_COLUMNS, LEDGER_STATUSES, WORK_ITEMS } from '../../../shared/domain/ledger';
import { makePeriod } from '../../../shared/domain/period';
import { DATA_HEADERS, META_KEYS, SHEETS, TEMPLATE_VERSION } from '../../../shared/domain/return-template';
import { parseReturn } from '../../../shared/import/parse-return';
import { provincial2023 } from '../../../shared/presets/provincial-2023';

const draft = provincial2023('2023-06-01');
const campaign = { ...draft, code: campaignCode(draft.preset, draft.startDate) };
const period = { ...makePeriod(2023, 6, 2), due: '2023-07-02', phase: null };
const institution = { uscc: '12321302466012345X', licenceNo: '46601234532130211A1001', name: '宿城区人民医院' };
const FIXED = new Date(Date.UTC(2023, 5, 15, 1, 0, 0));

function issue(no: string, status: string, extra: Partial<ReturnLedgerRow> = {}): ReturnLedgerRow {
  return {
    ledgerNo: no, focusCode: 'F2', category: '不准违规收费', source: '自查自纠', foundDate: '2023-06-05', persons: '检验科',
    description: `重复收取静脉输液费（${no}）`, amountFen: 123450, severity: '一般', measures: '退还多收费用', respPerson: '张明',
    deadline: '2023-06-30', status, completionDate: null, penalties: null, fineFen: null, caseOpened: null, typical: null, remarks: null,
    ...extra,
  };
}

const input = (over: Partial<ReturnTemplateInput> = {}): ReturnTemplateInput => ({
  campaign, period, institution, contact: '医政医管科 李娜 0527-84360000', createdAt: FIXED,
  openIssues: [issue('2023-321302-0001', '待整改'), issue('2023-321302-0002', '整改中', { focusCode: 'F4', caseOpened: true })],
  ...over,
});

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function textOf(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => { parts.push(String(c.value ?? '')); }));
  return parts.join('\n');
}

function findRow(ws: ExcelJS.Worksheet, test: (texts: string[]) => boolean): number {
  let hit = 0;
  ws.eachRow((row, r) => {
    const texts: string[] = [];
    row.eachCell((c) => texts.push(String(c.value ?? '')));
    if (!hit && test(texts)) hit = r;
  });
  return hit;
}

describe('writeReturnTemplate', () => {
  it('has the sheets in order, with _meta very hidden and carrying every key', async () => {
    const wb = await load(await writeReturnTemplate(input()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.guide, SHEETS.data, SHEETS.ledger, SHEETS.work, SHEETS.meta]);
    expect(wb.worksheets.map((w) => w.state)).toEqual(['visible', 'visible', 'visible', 'visible', 'veryHidden']);
    const meta = wb.getWorksheet(SHEETS.meta)!;
    const kv: Record<string, unknown> = {};
    for (let r = 1; r <= 10; r++) if (meta.getCell(r, 1).value) kv[String(meta.getCell(r, 1).value)] = meta.getCell(r, 2).value;
    expect(kv).toEqual({
      [META_KEYS.campaign]: 'provincial-2023-20230601', [META_KEYS.period]: '2023-06-H2', [META_KEYS.uscc]: institution.uscc,
      [META_KEYS.licence]: institution.licenceNo, [META_KEYS.name]: '宿城区人民医院', [META_KEYS.version]: TEMPLATE_VERSION,
      [META_KEYS.kind]: 'institution',
    });
  });

  it('prints the due date in Chinese, the blank-versus-zero rule and the contact', async () => {
    const guide = textOf((await load(await writeReturnTemplate(input()))).getWorksheet(SHEETS.guide)!);
    expect(guide).toContain('2023年7月2日前报送');
    expect(guide).toContain('空白表示未报，0 表示本期没有');
    expect(guide).toContain('医政医管科 李娜 0527-84360000');
    expect(guide).toContain('2023年6月下半月');
  });

  it('lays out both blocks of 进展数据 with one column per focus area and typed validations', async () => {
    const ws = (await load(await writeReturnTemplate(input()))).getWorksheet(SHEETS.data)!;
    const h1 = findRow(ws, (t) => t.join('|') === ['编号', '指标', '单位', '本期数', '说明'].join('|'));
    const h2 = findRow(ws, (t) => t.join('|') === ['编号', '指标', '单位', '医托', '乱收费', '诱导消费', '医德医风'].join('|'));
    expect(h1).toBeGreaterThan(0);
    expect(h2).toBeGreaterThan(h1 + GENERAL_INPUTS.length);
    expect(DATA_HEADERS.value).toContain(String(ws.getCell(h1, 4).value));
    GENERAL_INPUTS.forEach((d, i) => expect([ws.getCell(h1 + 1 + i, 1).value, ws.getCell(h1 + 1 + i, 2).value]).toEqual([d.code, d.name]));
    FOCUS_INPUTS.forEach((d, i) => expect(ws.getCell(h2 + 1 + i, 1).value).toBe(d.code));
    const b1 = ws.getCell(h1 + 1, 4);
    expect(b1.dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(b1.protection?.locked).toBe(false);
    expect(ws.getCell(h1 + 2, 4).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    const e4 = FOCUS_INPUTS.findIndex((d) => d.code === 'E4');
    for (let c = 4; c <= 7; c++) {
      expect(ws.getCell(h2 + 1 + e4, c).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
      expect(ws.getCell(h2 + 1, c).dataValidation).toMatchObject({ type: 'whole' });
    }
    // Labels stay locked (exceljs reports the default, locked, as no protection override).
    expect(ws.getCell(h1 + 1, 2).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(h2, 4).protection?.locked ?? true).toBe(true);
  });

  it('pre-fills open issues with their ledger numbers (locked) and offers dropdowns on every row', async () => {
    const ws = (await load(await writeReturnTemplate(input()))).getWorksheet(SHEETS.ledger)!;
    const header = findRow(ws, (t) => t.includes('台账编号') && t.includes('整改状态'));
    const col = (key: string) => LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1;
    LEDGER_COLUMNS.forEach((c, i) => expect(ws.getCell(header, i + 1).value).toBe(c.header));
    expect(ws.getCell(header + 1, col('ledgerNo')).value).toBe('2023-321302-0001');
    expect(ws.getCell(header + 1, col('ledgerNo')).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(header + 1, col('status')).value).toBe('待整改');
    expect(ws.getCell(header + 1, col('focus')).value).toBe('乱收费');
    expect(ws.getCell(header + 1, col('amount')).value).toBe(1234.5);
    expect(ws.getCell(header + 1, col('foundDate')).value).toEqual(new Date(Date.UTC(2023, 5, 5)));
    expect(ws.getCell(header + 1, col('foundDate')).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(header + 2, col('focus')).value).toBe('医德医风');
    expect(ws.getCell(header + 2, col('caseOpened')).value).toBe('是');
    expect(ws.getCell(header + 1, col('status')).protection?.locked).toBe(false);
    for (const r of [header + 1, header + 3, header + 202]) {
      expect(ws.getCell(r, col('focus')).dataValidation).toMatchObject({ type: 'list', formulae: ['"医托,乱收费,诱导消费,医德医风"'] });
      expect(ws.getCell(r, col('status')).dataValidation?.formulae).toEqual([`"${LEDGER_STATUSES.join(',')}"`]);
      expect(ws.getCell(r, col('deadline')).dataValidation).toMatchObject({ type: 'date' });
      expect(ws.getCell(r, col('deadline')).numFmt).toBe('yyyy-mm-dd');
      expect(ws.getCell(r, col('description')).protection?.locked).toBe(false);
    }
    // 2 pre-filled + 200 empty formatted rows, nothing beyond.
    expect(ws.getCell(header + 203, col('focus')).dataValidation).toBeUndefined();
  });

  it('has a label and a tall wrapped input cell per 工作情况 item', async () => {
    const ws = (await load(await writeReturnTemplate(input()))).getWorksheet(SHEETS.work)!;
    for (const item of WORK_ITEMS) {
      const r = findRow(ws, (t) => t[0] === item.label);
      expect(r, item.label).toBeGreaterThan(0);
      expect(ws.getCell(r, 2).protection?.locked).toBe(false);
      expect(ws.getCell(r, 2).alignment?.wrapText).toBe(true);
      expect(ws.getCell(r, 2).value ?? null).toBeNull();
    }
    expect(ws.getRow(findRow(ws, (t) => t[0] === '主要工作措施')).height).toBeGreaterThanOrEqual(100);
  });

  it('puts no formula anywhere, protects every sheet without a password and locks the structure', async () => {
    const buf = await writeReturnTemplate(input());
    const parts = unzipSync(new Uint8Array(buf));
    const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(5);
    for (const n of sheets) {
      const xml = strFromU8(parts[n]);
      expect(xml, n).not.toMatch(/<f[ >]/);
      expect(xml, n).toMatch(/<sheetProtection [^>]*sheet="1"/);
      expect(xml, n).not.toMatch(/hashValue|password=/);
    }
    expect(strFromU8(parts['xl/workbook.xml'])).toMatch(/<workbookPr[^>]*\/><workbookProtection lockStructure="1"\/>/);
    const wb = await load(buf);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(c.formula, `${ws.name}!${c.address}`).toBeUndefined())));
    expect((wb.getWorksheet(SHEETS.ledger) as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true, insertRows: true });
  });

  it('writes identical bytes for identical input (fixed timestamps)', async () => {
    const a = await writeReturnTemplate(input());
    const b = await writeReturnTemplate(input());
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('moves a focus-area list that does not fit inline into _meta and references it', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ code: `T${i + 1}`, name: `严格落实第${i + 1}项重点任务并开展专项检查` }));
    const wb = await load(await writeReturnTemplate(input({ campaign: { ...campaign, focusAreas: many }, openIssues: [] })));
    const ledger = wb.getWorksheet(SHEETS.ledger)!;
    const focusCol = LEDGER_COLUMNS.findIndex((c) => c.key === 'focus') + 1;
    expect(ledger.getCell(4, focusCol).dataValidation?.formulae).toEqual(["'_meta'!$D$2:$D$15"]);
    const meta = wb.getWorksheet(SHEETS.meta)!;
    expect(meta.getCell(2, 4).value).toBe(many[0].name);
    expect(meta.getCell(15, 4).value).toBe(many[13].name);
  });

  it('reads back through the importer exactly as filled (values, ledger, work text)', async () => {
    const { workbook } = await buildReturnWorkbook(input({
      fill: {
        general: { B1: '是', C1: 12, H2: 2, H2P: 150 },
        focus: { B3: { F1: 3, F2: 1, F3: 0, F4: 0 }, D7: { F1: 1, F2: 0, F3: 0, F4: 0 }, E4: { F1: 0, F2: 5000.5, F3: 0, F4: 0 } },
        work: { measures: '一是成立专班；二是开展自查。', filler: '王敏', phone: '0527-84000000' },
      },
    }));
    const book = await readGridBook(new Uint8Array(await workbookToBuffer(workbook, { lockStructure: true, mtime: FIXED })), 'x.xlsx');
    const parsed = parseReturn(book, campaign.focusAreas);
    expect(parsed.issues.filter((i) => i.severity === '错误')).toEqual([]);
    const v = (code: string, focus = '') => parsed.values.find((x) => x.code === code && x.focus === focus)?.value;
    expect([v('B1'), v('C1'), v('H2'), v('H2P'), v('G1')]).toEqual([1, 12, 2, 150, undefined]);
    expect([v('B3', 'F1'), v('D7', 'F1'), v('E4', 'F2')]).toEqual([3, 1, 500050]);
    expect(parsed.ledger.map((r) => [r.ledgerNo, r.status, r.focusCode, r.amountFen])).toEqual([
      ['2023-321302-0001', '待整改', 'F2', 123450], ['2023-321302-0002', '整改中', 'F4', 123450],
    ]);
    expect(parsed.work).toMatchObject({ measures: '一是成立专班；二是开展自查。', filler: '王敏', phone: '0527-84000000' });
    expect(parsed.meta).toMatchObject({ campaign: campaign.code, period: '2023-06-H2', uscc: institution.uscc, version: TEMPLATE_VERSION });
  });
});

describe('lockWorkbookStructure', () => {
  it('inserts the lock after workbookPr, once', () => {
    const xml = '<workbook><fileVersion appName="xl"/><workbookPr date1904="0"/><sheets/></workbook>';
    const locked = lockWorkbookStructure(xml);
    expect(locked).toBe('<workbook><fileVersion appName="xl"/><workbookPr date1904="0"/><workbookProtection lockStructure="1"/><sheets/></workbook>');
    expect(lockWorkbookStructure(locked)).toBe(locked);
    expect(lockWorkbookStructure('<workbook><sheets/></workbook>')).toBe('<workbook><workbookProtection lockStructure="1"/><sheets/></workbook>');
  });
});
