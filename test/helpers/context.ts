/** A throw-away data folder with an opened backend context (real SQLite on disk). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openContext, type AppContext } from '../../electron/services/app-context';
import { createCampaign } from '../../electron/services/campaign-service';
import { presetDraft } from '../../shared/presets/index';
import { makeUscc } from '../../shared/domain/uscc';

export function tempContext(now = new Date('2023-06-20T09:00:00+08:00')): AppContext {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-test-'));
  return openContext({ dataDir: dir, mode: 'cli', now: () => now });
}

export function withCampaign(ctx: AppContext, preset = 'provincial-2023', start = '2023-06-01') {
  return createCampaign(ctx, presetDraft(preset, start));
}

export interface TestUnit { id: number; name: string; uscc: string; district: string; ownership: '公立' | '社会办' }

/** Inserts institutions directly (tests of the intake do not depend on the roster importer). */
export function addUnits(ctx: AppContext, specs: { name: string; district?: string; ownership?: '公立' | '社会办'; category?: string; aliases?: string[]; uscc?: string }[]): TestUnit[] {
  const ins = ctx.db.prepare(`INSERT INTO institutions (uscc, name, aliases_json, district_code, category, ownership, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 't', 't')`);
  return specs.map((s, i) => {
    const district = s.district ?? '321302';
    const uscc = s.uscc ?? makeUscc(s.ownership === '社会办' ? '52' : '12', district, String(10_000_000 + i * 7919 + s.name.length).slice(0, 8));
    const info = ins.run(uscc, s.name, JSON.stringify(s.aliases ?? []), district, s.category ?? '综合医院', s.ownership ?? '公立');
    return { id: Number(info.lastInsertRowid), name: s.name, uscc, district, ownership: s.ownership ?? '公立' };
  });
}

/** Content checksum of the tables an import may touch (byte-for-byte "unchanged" check). */
export function contentChecksum(ctx: AppContext): string {
  const tables = ['campaigns', 'institutions', 'submissions', 'indicator_values', 'ledger_issues', 'ledger_snapshots', 'source_files', 'audit_log', 'inspections', 'inspection_findings', 'leads'];
  return tables.map((t) => `${t}:${JSON.stringify(ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())}`).join('|');
}
