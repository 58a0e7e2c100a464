import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { tempContext, withCampaign } from '../../helpers/context';

describe('safekeeping channels', () => {
  it('downloads a backup, restores it verified, refuses junk, and locks/re-opens with reasons', async () => {
    const ctx = tempContext();
    withCampaign(ctx);
    const call = createDispatch(ctx);
    const b = await call('backup:create', {});
    expect(b.ok).toBe(true);
    const file = (b as { data: { fileName: string; base64: string } }).data;
    const r = await call('backup:restore', { file });
    expect(r).toMatchObject({ ok: true, data: { campaigns: 1 } });
    const junk = await call('backup:restore', { file: { fileName: 'x.db', base64: Buffer.from('not a db').toString('base64') } });
    expect(junk).toMatchObject({ ok: false, error: { code: 'validation' } });
    const noReason = await call('period:set-lock', { period: '2023-06-H1', locked: true, reason: '' });
    expect(noReason.ok).toBe(false);
    const locked = await call('period:set-lock', { period: '2023-06-H1', locked: true, reason: '第1期通报已印发' });
    expect((locked as { data: { period: string; locked: boolean }[] }).data[0]).toMatchObject({ period: '2023-06-H1', locked: true });
    const reopened = await call('period:set-lock', { period: '2023-06-H1', locked: false, reason: '补报更正' });
    expect((reopened as { data: { locked: boolean }[] }).data[0].locked).toBe(false);
    const audit = await call('audit:list', { limit: 50 });
    expect(JSON.stringify(audit)).toMatch(/period\.reopen|重新开放/);
  });
});
