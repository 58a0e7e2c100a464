import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { auditSummary } from '../../../electron/services/audit-log';
import { lockPeriod, reopenPeriod } from '../../../electron/services/period-lock-service';
import type { AuditEntryView } from '../../../shared/ipc/contract/audit';
import type { FilePayload, Page } from '../../../shared/ipc/contract';
import { tempContext, withCampaign } from '../../helpers/context';

async function setup() {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  const call = createDispatch(ctx);
  for (let i = 0; i < 3; i++) {
    lockPeriod(ctx, c, `2023-0${6 + i}-H1`, `第${i + 1}期通报已印发`);
    reopenPeriod(ctx, c, `2023-0${6 + i}-H1`, '=HYPERLINK("http://evil.example","补报")');
  }
  // A settings key that looks like a formula: it lands in the 对象 column of the export.
  expect((await call('settings:set', { key: '=cmd|calc', value: '@SUM(1)' })).ok).toBe(true);
  return { ctx, call };
}

describe('audit:list', () => {
  it('pages newest first with labels and summaries; filters by action family', async () => {
    const { ctx, call } = await setup();
    const r = await call('audit:list', { offset: 0, limit: 3 });
    expect(r.ok).toBe(true);
    const page = (r as { data: Page<AuditEntryView> }).data;
    expect(page.total).toBe(8); // campaign.create, 3 × (lock, reopen), settings.set
    expect(page.rows.map((e) => e.action)).toEqual(['settings.set', 'period.reopen', 'period.lock']);
    expect(page.rows[1]).toMatchObject({ label: '重新开放报告期', entity: 'period', entityId: '2023-08-H1' });
    expect(page.rows[1].summary).toContain('理由：=HYPERLINK');
    const next = (await call('audit:list', { offset: 3, limit: 3 })) as { data: Page<AuditEntryView> };
    expect(next.data.rows[0].id).toBe(page.rows[2].id - 1);
    const locks = (await call('audit:list', { action: 'period' })) as { data: Page<AuditEntryView> };
    expect(locks.data.total).toBe(6);
    expect(new Set(locks.data.rows.map((e) => e.action))).toEqual(new Set(['period.lock', 'period.reopen']));
    expect((await call('audit:list', { limit: 501 })).ok).toBe(false);
    expect((await call('audit:list', { action: "x' OR 1=1 --" })).ok).toBe(false);
    ctx.db.close();
  });
});

describe('audit:export', () => {
  it('exports every entry to .xlsx with formula-like text neutralised', async () => {
    const { ctx, call } = await setup();
    const r = await call('audit:export', {});
    expect(r.ok).toBe(true);
    const file = (r as { data: FilePayload }).data;
    expect(file.fileName).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('操作日志')!;
    expect(ws.getRow(2).values).toContain('操作');
    expect(ws.rowCount).toBe(2 + 8);
    const cells: unknown[] = [];
    ws.eachRow((row, n) => { if (n > 2) row.eachCell((c) => cells.push(c.value)); });
    // No cell is a formula, and no text cell starts with a formula trigger.
    expect(cells.filter((v) => typeof v === 'object' && v !== null && 'formula' in v)).toEqual([]);
    expect(cells.filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toEqual([]);
    expect(cells).toContain("'=cmd|calc");
    expect(ws.getRow(3).getCell(4).value).toBe('修改设置');
    ctx.db.close();
  });
});

describe('auditSummary', () => {
  it('reads the usual detail fields', () => {
    expect(auditSummary('submission.import', '7', { institution: '宿城区人民医院', period: '2023-06-H1', version: 2 }, { file: 'a.xlsx' }))
      .toBe('宿城区人民医院，2023-06-H1，第2版，文件：a.xlsx');
    expect(auditSummary('correction.value', '7', { indicator: 'C1', old: 12, new: 10, reason: '笔误' }, null)).toBe('C1：12 → 10，理由：笔误');
    expect(auditSummary('backup.create', null, { file: '/x/b.db' }, { ui: 'backup' })).toBe('文件：/x/b.db');
  });
});
