/**
 * Builds a large campaign directly in SQL for the statistics benchmark: `institutions` units in
 * ten districts, `periods` half-months of returns (about 4% missing, a few late, some superseded
 * versions), every focus-split indicator filled, and `issues` ledger rows spread over the
 * institutions with one snapshot per issue per return from its first period on. Deterministic
 * (a fixed LCG), so two runs time the same data.
 */
import type { Db } from '../electron/db/connection';
import { createCampaign } from '../electron/services/campaign-service';
import type { AppContext } from '../electron/services/app-context';
import { FOCUS_INPUTS, GENERAL_INPUTS } from '../shared/domain/indicators';
import { provincial2023 } from '../shared/presets/provincial-2023';
import { campaignPeriods } from '../shared/domain/campaign';
import { addDays } from '../shared/domain/period';

export interface BenchSize {
  institutions: number;
  periods: number;
  issues: number;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x1_0000_0000;
  };
}

const STATUSES = ['待整改', '整改中', '已整改待核验', '已销号', '不属实', '移交他部门'] as const;
const CATEGORIES = ['综合医院', '中医医院', '专科医院', '社区卫生服务中心', '乡镇卫生院', '门诊部', '诊所'];

export function buildBenchData(ctx: AppContext, size: BenchSize): { campaignId: number; periods: string[] } {
  const db: Db = ctx.db;
  const c = createCampaign(ctx, provincial2023('2023-06-01'));
  const periods = campaignPeriods(c).slice(0, size.periods);
  const rnd = lcg(20230601);
  const now = '2023-09-01T00:00:00.000Z';
  db.prepare("INSERT INTO source_files (sha256, size, bytes) VALUES ('bench', 0, x'')").run();
  const insInst = db.prepare(`INSERT INTO institutions (kind, uscc, name, district_code, category, ownership, provincial_direct, created_at, updated_at)
    VALUES ('institution', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insSub = db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, is_current, state, file_name, file_sha256,
    received_date, imported_at, identified_by) VALUES (?, ?, ?, ?, ?, 'accepted', 'f.xlsx', 'bench', ?, ?, 'meta')`);
  const insVal = db.prepare('INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (?, ?, ?, ?, ?)');
  const insIssue = db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, source, found_date,
    description, deadline, status, first_period, last_period, created_at, updated_at)
    VALUES (?, ?, ?, '', ?, '自查自纠', ?, '问题', ?, ?, ?, ?, ?, ?)`);
  const insSnap = db.prepare(`INSERT INTO ledger_snapshots (issue_id, submission_id, period_code, sheet, row, status, deadline, fields_json)
    VALUES (?, ?, ?, '问题台账', ?, ?, ?, '{}')`);
  const focus = c.focusAreas.map((f) => f.code);
  db.transaction(() => {
    const instIds: number[] = [];
    for (let i = 0; i < size.institutions; i++) {
      const district = `3213${String(1 + (i % 10)).padStart(2, '0')}`;
      const info = insInst.run(`B${String(i).padStart(17, '0')}`, `机构${i}`, district, CATEGORIES[i % CATEGORIES.length],
        i % 3 === 0 ? '社会办' : '公立', i % 97 === 0 ? 1 : 0, now, now);
      instIds.push(Number(info.lastInsertRowid));
    }
    // sub[p][i] = current submission id of institution i in period p, or 0 when missing.
    const sub: number[][] = periods.map(() => new Array<number>(size.institutions).fill(0));
    periods.forEach((p, pi) => {
      const due = addDays(p.end, c.dueOffsetDays);
      for (let i = 0; i < size.institutions; i++) {
        if (rnd() < 0.04) continue;
        const received = rnd() < 0.1 ? addDays(due, 1 + Math.floor(rnd() * 5)) : due;
        // One in twenty returns was re-submitted: version 1 stays as a superseded row.
        const version = rnd() < 0.05 ? 2 : 1;
        if (version === 2) insSub.run(c.id, p.code, instIds[i], 1, 0, received, now);
        const id = Number(insSub.run(c.id, p.code, instIds[i], version, 1, received, now).lastInsertRowid);
        sub[pi][i] = id;
        for (const g of GENERAL_INPUTS) {
          if (rnd() < 0.03) continue;
          insVal.run(id, g.code, '', g.input === 'yesno' ? (rnd() < 0.6 ? 1 : 0) : Math.floor(rnd() * 20), 'C5');
        }
        for (const f of FOCUS_INPUTS) {
          for (const fc of focus) {
            if (rnd() < 0.03) continue;
            insVal.run(id, f.code, fc, f.input === 'money' ? Math.floor(rnd() * 1_000_000) : Math.floor(rnd() * 10), 'D5');
          }
        }
      }
    });
    for (let k = 0; k < size.issues; k++) {
      const i = k % size.institutions;
      const first = Math.floor(rnd() * periods.length);
      const status = STATUSES[Math.floor(rnd() * rnd() * STATUSES.length)];
      const deadline = addDays(periods[first].end, Math.floor(rnd() * 60));
      const last = periods[periods.length - 1].code;
      const id = Number(insIssue.run(c.id, instIds[i], `L${k}`, focus[k % focus.length], periods[first].start, deadline, status,
        periods[first].code, last, now, now).lastInsertRowid);
      for (let pi = first; pi < periods.length; pi++) {
        const s = sub[pi][i];
        if (!s) continue;
        // Earlier snapshots are still open; the last one carries the issue's current status.
        insSnap.run(id, s, periods[pi].code, 2 + (k % 300), pi === periods.length - 1 ? status : '整改中', deadline);
      }
    }
  })();
  return { campaignId: c.id, periods: periods.map((p) => p.code) };
}
