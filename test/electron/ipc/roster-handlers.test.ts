import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import type { Institution } from '../../../shared/domain/institution';
import type { Page } from '../../../shared/ipc/contract/base';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';
import { tempContext, withCampaign } from '../../helpers/context';
import { fillTemplate, sampleRows, usccFor } from '../../helpers/roster-workbook';

let ctx: AppContext;
afterEach(() => ctx?.db.close());

async function call<T>(d: ReturnType<typeof createDispatch>, channel: string, args: unknown): Promise<T> {
  const r = await d(channel, args);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as T;
}

describe('roster channels', () => {
  it('template download, import upload, list, save (the form sends an InstitutionInput), retire', async () => {
    ctx = tempContext();
    withCampaign(ctx, 'suqian-2021', '2021-07-16');
    const d = createDispatch(ctx);
    const tpl = await call<FilePayload>(d, 'roster:template', {});
    expect(tpl.fileName).toMatch(/\.xlsx$/);
    const filled = await fillTemplate(Buffer.from(tpl.base64, 'base64'), sampleRows());
    const file = { fileName: '名册.xlsx', base64: filled.toString('base64') };
    expect(await call<RosterImportReport>(d, 'roster:import', { file, dryRun: true })).toMatchObject({ committed: false, added: 5 });
    expect(await call<RosterImportReport>(d, 'roster:import', { file, dryRun: false })).toMatchObject({ committed: true, added: 5 });
    const page = await call<Page<Institution>>(d, 'roster:list', { limit: 2 });
    expect(page).toMatchObject({ total: 5, limit: 2 });
    const saved = await call<Institution>(d, 'roster:save', {
      input: {
        name: '宿城区新医院', aliases: ['新院'], uscc: usccFor(77), licenceNo: null, districtCode: '321302', category: '综合医院', ownership: '社会办',
        level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: null,
      },
    });
    expect(saved).toMatchObject({ name: '宿城区新医院', districtName: '宿城区', ownership: '社会办' });
    expect(await call<Institution>(d, 'roster:retire', { id: saved.id, retired: true })).toMatchObject({ retiredAt: '2023-06-20' });
    const bad = await d('roster:save', { input: { name: '甲', uscc: 'X', districtCode: '321302', category: '综合医院', ownership: '公立' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'validation', details: [{ column: 'uscc' }] });
    const rejected = await d('roster:import', { file: { fileName: 'x.xlsx', base64: '' }, dryRun: true });
    expect(!rejected.ok && rejected.error.message).toMatch(/空文件/);
    const districts = await call<{ code: string }[]>(d, 'roster:districts', {});
    expect(districts.map((n) => n.code)).toContain('321302');
  });
});
