/** The channels of roster decisions, archiving, campaign definitions and the province 汇总表, through the real dispatch (schemas included). */
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import type { Campaign } from '../../../shared/domain/campaign';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { DefinitionImportReport } from '../../../shared/ipc/contract/campaign';
import type { FillReport, ProvinceFormView } from '../../../shared/ipc/contract/province-form';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';
import { tempContext, withCampaign } from '../../helpers/context';
import { provinceForm, seededCampaign } from '../../helpers/province-form';
import { fillTemplate, sampleRows, usccFor } from '../../helpers/roster-workbook';
import { importRoster, rosterTemplate } from '../../../electron/services/roster-service';

const open: AppContext[] = [];
afterEach(() => { while (open.length) open.pop()!.db.close(); });

async function call<T>(d: ReturnType<typeof createDispatch>, channel: string, args: unknown): Promise<T> {
  const r = await d(channel, args);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as T;
}

describe('admin channels', () => {
  it('roster:import takes decisions for the 需要确认 rows; bad decision shapes are refused by the schema', async () => {
    const ctx = tempContext();
    open.push(ctx);
    withCampaign(ctx, 'suqian-2021', '2021-07-16');
    const tpl = await rosterTemplate(ctx);
    await importRoster(ctx, await fillTemplate(tpl, sampleRows()), 'a.xlsx', { dryRun: false });
    const d = createDispatch(ctx);
    const file = { fileName: 'b.xlsx', base64: (await fillTemplate(tpl, [{ name: '市一院', uscc: usccFor(9), district: '宿城区', category: '综合医院', ownership: '公立' }])).toString('base64') };
    const dry = await call<RosterImportReport>(d, 'roster:import', { file, dryRun: true });
    expect(dry.undecided).toBe(1);
    const refused = await d('roster:import', { file, dryRun: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    const bad = await d('roster:import', { file, dryRun: false, decisions: [{ row: 3, action: 'merge-all' }] });
    expect(bad.ok).toBe(false);
    const ok = await call<RosterImportReport>(d, 'roster:import', { file, dryRun: false, decisions: [{ row: 3, action: 'merge', targetId: dry.decisions[0].candidates[0].id }] });
    expect(ok).toMatchObject({ committed: true, updated: 1 });
  });

  it('campaign archive / info / unarchive, and a definition exported and imported elsewhere', async () => {
    const city = tempContext();
    open.push(city);
    const c = withCampaign(city);
    const d = createDispatch(city);
    expect((await d('campaign:archive', { code: c.code, reason: '' })).ok).toBe(false);
    expect(await call<Campaign>(d, 'campaign:archive', { code: c.code, reason: '结束' })).toMatchObject({ status: 'archived' });
    expect(await call<Campaign>(d, 'campaign:current', {})).toMatchObject({ code: c.code, status: 'archived' });
    expect(await call(d, 'campaign:archive-info', { code: c.code })).toMatchObject({ reason: '结束' });
    expect(await call<Campaign>(d, 'campaign:unarchive', { code: c.code, reason: '补录' })).toMatchObject({ status: 'active' });
    const file = await call<FilePayload>(d, 'campaign:export-definition', {});
    expect(file).toMatchObject({ fileName: `专项定义-${c.code}.json`, mime: 'application/json' });

    const district = tempContext();
    open.push(district);
    const dd = createDispatch(district);
    expect(await call<DefinitionImportReport>(dd, 'campaign:import-definition', { file, dryRun: true })).toMatchObject({ campaign: 'create', committed: false });
    expect(await call<DefinitionImportReport>(dd, 'campaign:import-definition', { file, dryRun: false })).toMatchObject({ committed: true });
    expect(await call<Campaign>(dd, 'campaign:current', {})).toMatchObject({ code: c.code });
  });

  it('province-form view / save / fill', async () => {
    const { ctx } = seededCampaign();
    open.push(ctx);
    const d = createDispatch(ctx);
    const form = { fileName: '省汇总表.xlsx', base64: (await provinceForm()).toString('base64') };
    expect((await d('province-form:view', {})).ok).toBe(false);
    const v = await call<ProvinceFormView>(d, 'province-form:view', { file: form });
    const cells = v.sheets[0].cells.map((c) => c.suggestion!).filter(Boolean);
    expect((await d('province-form:save', { cells: [{ ...cells[0], measure: 'weekly' }], file: form })).ok).toBe(false);
    await call(d, 'province-form:save', { file: form, cells });
    const r = await call<{ file: FilePayload; report: FillReport }>(d, 'province-form:fill', { period: '2023-06-H2' });
    expect(r.file.fileName).toBe('省汇总表-2023年6月下半月-已填.xlsx');
    expect(r.report.filled + r.report.blank.length).toBe(cells.length);
  });
});
