/**
 * No write path bypasses the audit log: every write service, driven as the UI or CLI drives it,
 * adds at least one entry naming its action; the log refuses UPDATE, DELETE and REPLACE; and a
 * static guard makes a new write path without an audit() call fail here.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-service';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { buildPackage } from '../../../electron/packages/package-export';
import { importPackage } from '../../../electron/packages/package-import';
import { setSetting } from '../../../electron/db/repos/settings-repo';
import type { AppContext } from '../../../electron/services/app-context';
import { backupTo, restoreFrom } from '../../../electron/services/backup-service';
import { requireCampaign, updateCampaignDraft } from '../../../electron/services/campaign-service';
import { correctLedger, correctValue, removeException, sendBack, setException } from '../../../electron/services/clerk-service';
import { lockPeriod, reopenPeriod } from '../../../electron/services/period-lock-service';
import { importRoster, rosterTemplate, saveInstitution, setRetired } from '../../../electron/services/roster-service';
import { generateTemplates } from '../../../electron/services/template-service';
import { presetDraft } from '../../../shared/presets/index';
import { addUnits, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';
import { fillTemplate, sampleRows } from '../../helpers/roster-workbook';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];

const lastId = (ctx: AppContext) => (ctx.db.prepare('SELECT coalesce(max(id), 0) n FROM audit_log').get() as { n: number }).n;

/** Runs a write and returns the actions it added to the log. */
async function audited(ctx: AppContext, write: () => unknown): Promise<string[]> {
  const from = lastId(ctx);
  await write();
  return (ctx.db.prepare('SELECT action FROM audit_log WHERE id > ? ORDER BY id').all(from) as { action: string }[]).map((r) => r.action);
}

describe('every write service adds an audit entry', () => {
  it('campaign, roster, templates, import, corrections, exceptions, send-back, lock/reopen, packages, settings, backup/restore', async () => {
    const ctx = tempContext();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-audit-'));
    const expectAction = async (action: string, write: () => unknown) => expect(await audited(ctx, write), action).toContain(action);

    let code = '';
    await expectAction('campaign.create', () => { code = withCampaign(ctx).code; });
    await expectAction('campaign.update', () => updateCampaignDraft(ctx, code, { ...presetDraft('provincial-2023', '2023-06-01'), name: '医疗卫生行业市场秩序专项整顿行动（修订）' }));
    await expectAction('roster.import', async () => importRoster(ctx, await fillTemplate(await rosterTemplate(ctx), sampleRows()), '名册.xlsx', { dryRun: false }));
    let clinicId = 0;
    await expectAction('roster.add', () => {
      clinicId = saveInstitution(ctx, undefined, { name: '宿城区张三诊所', uscc: '', licenceNo: 'PDY321302001', districtCode: '321302', category: '诊所', ownership: '社会办', provincialDirect: false }).id;
    });
    await expectAction('roster.update', () => saveInstitution(ctx, clinicId, { name: '宿城区张三诊所', uscc: '', licenceNo: 'PDY321302001', districtCode: '321302', category: '诊所', ownership: '社会办', provincialDirect: false, contactPerson: '张三' }));
    await expectAction('roster.retire', () => setRetired(ctx, clinicId, true));
    await expectAction('roster.restore', () => setRetired(ctx, clinicId, false));
    await expectAction('template.generate', () => generateTemplates(ctx, { period: '2023-06-H1', outDir: path.join(dir, 'tpl') }));

    const [unit] = addUnits(ctx, [{ name: '宿城区人民医院' }]);
    const bytes = await buildReturn({
      meta: { campaign: code, period: '2023-06-H1', uscc: unit.uscc, name: unit.name }, focusNames: FOCUS, general: { B1: '是', C1: 12 }, focus: { B3: [2, 1, 0, 0] },
      ledger: [{ 台账编号: 'A-1', 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: '重复收费', 整改时限: '2023-06-30', 整改状态: '整改中' }],
    });
    await expectAction('submission.import', () => importFiles(ctx, [{ name: 'a.xlsx', bytes }], [], { dryRun: false, received: '2023-06-16' }));
    const sid = (ctx.db.prepare('SELECT id FROM submissions').get() as { id: number }).id;
    const issueId = (ctx.db.prepare('SELECT id FROM ledger_issues').get() as { id: number }).id;
    await expectAction('correction.value', () => correctValue(ctx, { submissionId: sid, indicator: 'C1', focus: '', value: '10', reason: '多填了2人次' }));
    await expectAction('correction.ledger', () => correctLedger(ctx, { issueId, field: 'measures', value: '退还多收费用', reason: '补充措施' }));
    await expectAction('exception.extension', () => setException(ctx, { institutionId: unit.id, period: '2023-06-H2', kind: 'extension', newDue: '2023-07-10', reason: '系统故障' }));
    await expectAction('exception.remove', () => removeException(ctx, unit.id, '2023-06-H2', '已恢复'));
    await expectAction('exception.exemption', () => setException(ctx, { institutionId: unit.id, period: '2023-07-H1', kind: 'exemption', reason: '停业装修' }));
    await expectAction('period.lock', () => lockPeriod(ctx, requireCampaign(ctx), '2023-06-H1', '第1期通报已印发'));
    await expectAction('period.reopen', () => reopenPeriod(ctx, requireCampaign(ctx), '2023-06-H1', '补报更正'));
    await expectAction('settings.set', async () => {
      const r = await createDispatch(ctx)('settings:set', { key: 'operator', value: '李四' });
      expect(r.ok).toBe(true);
    });
    setSetting(ctx.db, 'organisation', '宿城区卫生健康局');
    setSetting(ctx.db, 'region_code', '321302');
    let pkg: Uint8Array = new Uint8Array();
    await expectAction('package.export', () => { pkg = buildPackage(ctx, '2023-06-H1').bytes; });
    await expectAction('submission.return', () => sendBack(ctx, sid, '数据有误，请核对'));
    const city = tempContext();
    withCampaign(city);
    expect(await audited(city, () => importPackage(city, pkg, { dryRun: false, fileName: '宿城区.zip' }))).toContain('package.import');
    city.db.close();

    const backup = path.join(dir, 'backup.db');
    await expectAction('backup.create', () => backupTo(ctx, backup));
    // Restoring goes back to the backup's log (taken just before its own backup.create entry;
    // the replaced database, with everything after, is kept as before-restore) plus the restore.
    const snap = new Database(backup, { readonly: true });
    const saved = snap.prepare('SELECT id, action FROM audit_log ORDER BY id').all() as { id: number; action: string }[];
    snap.close();
    restoreFrom(ctx, backup);
    const now = ctx.db.prepare('SELECT id, action FROM audit_log ORDER BY id').all() as { id: number; action: string }[];
    expect(now.slice(0, -1)).toEqual(saved);
    expect(now.at(-1)?.action).toBe('backup.restore');
    ctx.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and INSERT OR REPLACE over an entry', () => {
    const ctx = tempContext();
    withCampaign(ctx);
    const before = ctx.db.prepare('SELECT * FROM audit_log').all();
    expect(() => ctx.db.prepare("UPDATE audit_log SET operator = '别人'").run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare("INSERT OR REPLACE INTO audit_log (id, at, operator, action, entity, detail_json) VALUES (1, 't', 'x', 'forged', 'e', '{}')").run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare("UPDATE OR REPLACE audit_log SET id = id + 100").run()).toThrow(/append-only/);
    expect(ctx.db.prepare('SELECT * FROM audit_log').all()).toEqual(before);
    ctx.db.close();
  });
});

describe('static guard: code that writes the database also audits', () => {
  const WRITE = /INSERT (OR [A-Z]+ )?INTO|UPDATE [a-z_]+ SET|DELETE FROM|\.transaction\(/;

  function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
    }).map((f) => f.split(path.sep).join('/'));
  }

  it('every module outside electron/db that writes (SQL or a repo writer) calls audit(), or is a helper only audited modules use', () => {
    const repoWriters = files('electron/db/repos').flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/export function ((?:insert|update|delete|set|store|retire|apply|replace|remove)[A-Za-z]*)\(/g)].map((m) => m[1]));
    expect(repoWriters).toEqual(expect.arrayContaining(['insertAudit', 'insertSubmission', 'insertInstitution']));
    const calls = new RegExp(`\\b(${repoWriters.filter((w) => w !== 'insertAudit').join('|')})\\(`);
    const src = new Map(files('electron').filter((f) => !f.startsWith('electron/db/')).map((f) => [f, fs.readFileSync(f, 'utf8')]));
    const audits = (f: string) => /\baudit\(/.test(src.get(f) ?? '');
    const importers = (f: string) => {
      const stem = path.posix.basename(f).replace(/\.tsx?$/, '');
      return [...src.keys()].filter((g) => g !== f && new RegExp(`from '[./]*(?:[^']*/)?${stem}'`).test(src.get(g)!));
    };
    // A helper that writes without auditing is fine when every module using it audits (the
    // helper runs inside the caller's transaction, e.g. ledger-merge inside an import).
    const covered = (f: string, depth = 0): boolean => audits(f) || (depth < 3 && importers(f).length > 0 && importers(f).every((g) => covered(g, depth + 1)));
    // A repo writer's name counts only where a repo is imported (a service may share the name).
    const writers = [...src].filter(([, text]) => WRITE.test(text) || (calls.test(text) && /db\/repos\//.test(text))).map(([f]) => f);
    expect(writers.length).toBeGreaterThan(10);
    expect(writers.filter((f) => !covered(f))).toEqual([]);
  });
});
