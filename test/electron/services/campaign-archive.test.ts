/** Archived campaigns are read-only: every campaign-scoped write refuses with a clear message; reads and the shared roster stay usable. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { presetDraft } from '../../../shared/presets/index';
import type { AppContext } from '../../../electron/services/app-context';
import { importFiles } from '../../../electron/import/import-service';
import {
  archiveCampaign, archiveInfo, createCampaign, currentCampaign, requireWritableCampaign, unarchiveCampaign, updateCampaignDraft,
} from '../../../electron/services/campaign-service';
import { correctLedger, correctValue, removeException, sendBack, setException } from '../../../electron/services/clerk-service';
import { lockPeriod, reopenPeriod } from '../../../electron/services/period-lock-service';
import { markCase } from '../../../electron/services/case-service';
import { createInspection } from '../../../electron/services/inspection-service';
import { importInspections } from '../../../electron/services/inspection-import';
import { createLead } from '../../../electron/services/lead-service';
import { importLeads } from '../../../electron/services/lead-import';
import { generateTemplates } from '../../../electron/services/template-service';
import { generateDepartmentTemplates } from '../../../electron/services/department-service';
import { importPackage } from '../../../electron/packages/package-import';
import { buildPackage } from '../../../electron/packages/package-export';
import { saveEdits, issueDocument, type BuiltDocument } from '../../../electron/documents/document-service';
import { saveInstitution } from '../../../electron/services/roster-service';
import { statsSummary } from '../../../electron/services/stats-service';
import { addUnits, contentChecksum, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];
let ctx: AppContext;
let dir: string | null = null;
afterEach(() => {
  ctx?.db.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

async function setup() {
  ctx = tempContext();
  const c = withCampaign(ctx);
  const [a] = addUnits(ctx, [{ name: '宿城区人民医院' }]);
  const ret = (c1: number) => buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: a.uscc }, focusNames: FOCUS, general: { C1: c1 },
    ledger: [{ 台账编号: 'A-1', 整治重点: '医托', 问题来源: '自查自纠', 发现日期: '2023-06-03', 问题描述: '医托', 整改时限: '2023-06-25', 整改状态: '整改中' }] });
  await importFiles(ctx, [{ name: 'v1.xlsx', bytes: await ret(3) }], [], { dryRun: false });
  const sid = (ctx.db.prepare('SELECT id FROM submissions WHERE is_current = 1').get() as { id: number }).id;
  const issueId = (ctx.db.prepare('SELECT id FROM ledger_issues').get() as { id: number }).id;
  return { c, a, ret, sid, issueId };
}

async function refusal(what: string, f: () => unknown): Promise<AppError> {
  const e = await Promise.resolve().then(f).then(() => null, (x: unknown) => x);
  expect(e, what).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('archiving a campaign', () => {
  it('needs a reason, records it, and is undone by unarchive (also with a reason)', async () => {
    const { c } = await setup();
    expect(() => archiveCampaign(ctx, c.code, '  ')).toThrow(/归档需要说明理由/);
    expect(() => archiveCampaign(ctx, 'nope', '结束')).toThrow(/没有找到专项：nope/);
    const archived = archiveCampaign(ctx, c.code, '专项已结束，总结已上报');
    expect(archived.status).toBe('archived');
    expect(archiveInfo(ctx, c.code)).toEqual({ at: '2023-06-20T01:00:00.000Z', reason: '专项已结束，总结已上报', operator: expect.any(String) });
    expect(() => archiveCampaign(ctx, c.code, '再来')).toThrow(/已经归档/);
    expect(() => unarchiveCampaign(ctx, c.code, '')).toThrow(/取消归档需要说明理由/);
    expect(unarchiveCampaign(ctx, c.code, '补录迟报').status).toBe('active');
    expect(archiveInfo(ctx, c.code)).toBeNull();
    const actions = ctx.db.prepare("SELECT action, detail_json FROM audit_log WHERE action LIKE 'campaign.%archive' ORDER BY id").all() as { action: string; detail_json: string }[];
    expect(actions.map((a) => a.action)).toEqual(['campaign.archive', 'campaign.unarchive']);
    expect(JSON.parse(actions[1].detail_json)).toMatchObject({ reason: '补录迟报', archived: { reason: '专项已结束，总结已上报' } });
  });

  it('refuses every campaign-scoped write, naming the campaign and how to reopen it; nothing changes', async () => {
    const { c, a, ret, sid, issueId } = await setup();
    const pkg = buildPackage(ctx, '2023-06-H1').bytes;
    archiveCampaign(ctx, c.code, '专项结束');
    const before = contentChecksum(ctx);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-arch-'));
    const built = { kind: 'bulletin', period: '2023-06-H1', docx: Buffer.from('x'), doc: { title: 't' }, issueNo: 1 } as unknown as BuiltDocument;
    const writes: [string, () => unknown][] = [
      ['import', async () => importFiles(ctx, [{ name: 'v2.xlsx', bytes: await ret(5) }], [], { dryRun: false })],
      ['exception', () => setException(ctx, { institutionId: a.id, period: '2023-06-H1', kind: 'exemption', reason: '停业' })],
      ['remove exception', () => removeException(ctx, a.id, '2023-06-H1', '撤销')],
      ['send back', () => sendBack(ctx, sid, '数据有误')],
      ['correct value', () => correctValue(ctx, { submissionId: sid, indicator: 'C1', focus: '', value: '4', reason: '核实' })],
      ['correct ledger', () => correctLedger(ctx, { issueId, field: 'measures', value: '已约谈', reason: '核实' })],
      ['lock', () => lockPeriod(ctx, c, '2023-06-H1', '通报已印发')],
      ['reopen', () => reopenPeriod(ctx, c, '2023-06-H1', '补录')],
      ['case', () => markCase(ctx, { kind: 'issue', id: issueId, isTypical: true, isExposed: false })],
      ['inspection', () => createInspection(ctx, {} as never)],
      ['inspection import', () => importInspections(ctx, new Uint8Array([1]), 'x.xlsx', { dryRun: true })],
      ['lead', () => createLead(ctx, {} as never)],
      ['lead import', () => importLeads(ctx, new Uint8Array([1]), 'x.xlsx', { dryRun: true })],
      ['templates', () => generateTemplates(ctx, { period: '2023-06-H2', outDir: dir! })],
      ['department templates', () => generateDepartmentTemplates(ctx, { period: '2023-06-H2', outDir: dir! })],
      ['package', () => importPackage(ctx, pkg, { dryRun: false, fileName: 'p.zip' })],
      ['document edit', () => saveEdits(ctx, 'bulletin', '2023-06-H1', { b1: '改' })],
      ['document issue', () => issueDocument(ctx, built)],
      ['campaign update', () => updateCampaignDraft(ctx, c.code, presetDraft('provincial-2023', '2023-06-01'))],
    ];
    for (const [what, f] of writes) {
      const e = await refusal(what, f);
      expect(e.code, what).toBe('locked');
      expect(e.message, what).toMatch(new RegExp(`^专项“${c.name}”（${c.code}）已归档，只读，不能.+。如确需修改，请先在“设置”中点“取消归档”（或运行 campaign unarchive ${c.code} --reason 理由）。$`));
    }
    expect(contentChecksum(ctx)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps reads and the shared roster working; unarchived, writes work again', async () => {
    const { c, ret } = await setup();
    archiveCampaign(ctx, c.code, '专项结束');
    expect(statsSummary(ctx, { period: '2023-06-H1' }).campaignCode).toBe(c.code);
    expect(saveInstitution(ctx, undefined, { name: '新诊所', licenceNo: 'PDY1', districtCode: '321302', category: '诊所', ownership: '社会办' }).name).toBe('新诊所');
    unarchiveCampaign(ctx, c.code, '补录');
    const r = await importFiles(ctx, [{ name: 'v2.xlsx', bytes: await ret(5) }], [], { dryRun: false });
    expect(r.files[0].status).toBe('superseded');
  });

  it('the default campaign is the newest active one; with every campaign archived, the newest (read-only)', async () => {
    const { c } = await setup();
    const second = createCampaign(ctx, presetDraft('suqian-2021', '2021-07-16'));
    expect(currentCampaign(ctx)?.code).toBe(second.code);
    archiveCampaign(ctx, second.code, '结束');
    expect(currentCampaign(ctx)?.code).toBe(c.code);
    archiveCampaign(ctx, c.code, '结束');
    expect(currentCampaign(ctx)?.code).toBe(second.code);
    expect(() => requireWritableCampaign(ctx)).toThrow(/已归档，只读，不能修改数据/);
  });
});
