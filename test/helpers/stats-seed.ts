/**
 * Seeds submissions, values and ledger rows directly in SQL (statistics tests do not depend on
 * the importer), and the small hand-computed dataset of the statistics tests:
 *
 * 7 institutions in 宿城区 321302 (U1 甲医院 公立, U2 乙诊所 社会办, U3 丙医院 社会办 省直省管,
 * U7 庚诊所 社会办 retired 2023-06-10) and 宿豫区 321311 (U4 丁医院 公立, U5 戊门诊部 社会办,
 * U6 己卫生院 公立); periods P1 2023-06-H1 (due 06-17), P2 2023-06-H2 (due 07-02),
 * P3 2023-07-H1 (due 07-17). U3's P1 v1 is superseded by a late v2; U5 misses P1; U4's P2 file
 * was returned (未报); U6 returns nothing but B1 = 否 (blank ≠ 0). Expected numbers are worked
 * out by hand in the tests.
 */
import type { AppContext } from '../../electron/services/app-context';
import type { Campaign } from '../../shared/domain/campaign';
import { makeUscc } from '../../shared/domain/uscc';
import { withCampaign } from './context';

export interface UnitSpec {
  name: string;
  district: string;
  category: string;
  ownership: '公立' | '社会办';
  direct?: boolean;
  retiredAt?: string | null;
  kind?: 'institution' | 'department' | 'district';
}

export function insertUnit(ctx: AppContext, s: UnitSpec, seq: number): number {
  const uscc = makeUscc(s.ownership === '社会办' ? '52' : '12', s.district, String(20_000_000 + seq * 7919).slice(0, 8));
  return Number(ctx.db.prepare(`INSERT INTO institutions (kind, uscc, name, district_code, category, ownership, provincial_direct, retired_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 't', 't')`).run(s.kind ?? 'institution', uscc, s.name, s.district, s.category, s.ownership, s.direct ? 1 : 0, s.retiredAt ?? null).lastInsertRowid);
}

export interface SubmissionSpec {
  period: string;
  unit: number;
  received: string;
  version?: number;
  current?: boolean;
  state?: 'accepted' | 'returned';
  /** [indicator, focus ('' = not split), value]; money in 分. */
  values?: [string, string, number][];
}

export function insertSubmission(ctx: AppContext, campaignId: number, s: SubmissionSpec): number {
  ctx.db.prepare("INSERT OR IGNORE INTO source_files (sha256, size, bytes) VALUES ('seed', 0, x'')").run();
  const id = Number(ctx.db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, is_current, state, file_name, file_sha256,
      received_date, imported_at, identified_by) VALUES (?, ?, ?, ?, ?, ?, 'r.xlsx', 'seed', ?, 't', '元数据')`)
    .run(campaignId, s.period, s.unit, s.version ?? 1, s.current === false ? 0 : 1, s.state ?? 'accepted', s.received).lastInsertRowid);
  const ins = ctx.db.prepare("INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (?, ?, ?, ?, '进展数据!D5')");
  for (const [code, focus, value] of s.values ?? []) ins.run(id, code, focus, value);
  return id;
}

export interface IssueSpec {
  unit: number;
  ledgerNo: string;
  focus: string;
  status: string;
  deadline: string | null;
  first: string;
  last: string;
  description?: string;
  /** [submission id, period, status, deadline] per return that listed the issue. */
  snapshots: [number, string, string, string | null][];
}

export function insertIssue(ctx: AppContext, campaignId: number, s: IssueSpec): number {
  const id = Number(ctx.db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, source, found_date, description,
      deadline, status, first_period, last_period, created_at, updated_at) VALUES (?, ?, ?, '', ?, '自查自纠', '2023-06-05', ?, ?, ?, ?, ?, 't', 't')`)
    .run(campaignId, s.unit, s.ledgerNo, s.focus, s.description ?? `问题${s.ledgerNo}`, s.deadline, s.status, s.first, s.last).lastInsertRowid);
  const ins = ctx.db.prepare(`INSERT INTO ledger_snapshots (issue_id, submission_id, period_code, sheet, row, status, deadline, fields_json)
    VALUES (?, ?, ?, '问题台账', 2, ?, ?, '{}')`);
  for (const [sub, period, status, deadline] of s.snapshots) ins.run(id, sub, period, status, deadline);
  return id;
}

export interface StatsFixture {
  campaign: Campaign;
  units: Record<'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7', number>;
}

export const P1 = '2023-06-H1';
export const P2 = '2023-06-H2';
export const P3 = '2023-07-H1';

export function seedStatsFixture(ctx: AppContext): StatsFixture {
  const campaign = withCampaign(ctx);
  const c = campaign.id;
  const specs: UnitSpec[] = [
    { name: '甲医院', district: '321302', category: '综合医院', ownership: '公立' },
    { name: '乙诊所', district: '321302', category: '诊所', ownership: '社会办' },
    { name: '丙医院', district: '321302', category: '专科医院', ownership: '社会办', direct: true },
    { name: '丁医院', district: '321311', category: '综合医院', ownership: '公立' },
    { name: '戊门诊部', district: '321311', category: '门诊部', ownership: '社会办' },
    { name: '己卫生院', district: '321311', category: '卫生院（乡镇/街道）', ownership: '公立' },
    { name: '庚诊所', district: '321302', category: '诊所', ownership: '社会办', retiredAt: '2023-06-10' },
  ];
  const ids = specs.map((s, i) => insertUnit(ctx, s, i + 1));
  const [U1, U2, U3, U4, U5, U6, U7] = ids;
  const sub = (s: SubmissionSpec) => insertSubmission(ctx, c, s);
  ctx.db.transaction(() => {
    const u1p1 = sub({ period: P1, unit: U1, received: '2023-06-16', values: [['C1', '', 5], ['C2', 'F1', 3], ['C2', 'F2', 2], ['E4', 'F1', 150000], ['E1', 'F1', 0], ['B1', '', 1], ['G1', '', 4], ['G3', '', 2], ['G4', '', 1]] });
    sub({ period: P1, unit: U2, received: '2023-06-17', values: [['C1', '', 0], ['C2', 'F1', 1], ['B1', '', 0], ['G1', '', 0], ['G3', '', 0]] });
    const u3v1 = sub({ period: P1, unit: U3, received: '2023-06-16', current: false, values: [['C1', '', 100], ['C2', 'F2', 50], ['B1', '', 1]] });
    const u3p1 = sub({ period: P1, unit: U3, version: 2, received: '2023-06-20', values: [['C1', '', 2], ['C2', 'F2', 4], ['E5', 'F2', 50000], ['B1', '', 1]] });
    const u4p1 = sub({ period: P1, unit: U4, received: '2023-06-15', values: [['C1', '', 3], ['C2', 'F3', 2], ['B1', '', 1], ['G1', '', 2], ['G3', '', 2], ['G4', '', 2]] });
    sub({ period: P1, unit: U6, received: '2023-06-17', values: [['B1', '', 0]] });

    const u1p2 = sub({ period: P2, unit: U1, received: '2023-07-01', values: [['C1', '', 4], ['C2', 'F1', 1], ['E4', 'F1', 0], ['E1', 'F1', 2], ['B1', '', 1]] });
    const u2p2 = sub({ period: P2, unit: U2, received: '2023-07-02', values: [['C1', '', 1], ['B1', '', 1], ['G1', '', 2], ['G3', '', 1]] });
    const u3p2 = sub({ period: P2, unit: U3, received: '2023-07-05', values: [['C1', '', 1]] });
    sub({ period: P2, unit: U4, received: '2023-07-01', state: 'returned', values: [['C1', '', 50]] });
    const u5p2 = sub({ period: P2, unit: U5, received: '2023-07-02', values: [['C1', '', 0], ['B1', '', 1], ['C2', 'F4', 1], ['G1', '', 0], ['G3', '', 0]] });
    sub({ period: P2, unit: U6, received: '2023-07-01', values: [['B1', '', 0]] });

    const u1p3 = sub({ period: P3, unit: U1, received: '2023-07-16', values: [['C1', '', 0], ['B1', '', 1]] });

    const issue = (s: IssueSpec) => insertIssue(ctx, c, s);
    issue({ unit: U1, ledgerNo: 'I1', focus: 'F1', status: '已销号', deadline: '2023-06-30', first: P1, last: P3,
      snapshots: [[u1p1, P1, '整改中', '2023-06-30'], [u1p2, P2, '已整改待核验', '2023-06-30'], [u1p3, P3, '已销号', '2023-06-30']] });
    issue({ unit: U1, ledgerNo: 'I2', focus: 'F2', status: '整改中', deadline: '2023-06-10', first: P1, last: P3,
      snapshots: [[u1p1, P1, '待整改', '2023-06-10'], [u1p2, P2, '整改中', '2023-06-10'], [u1p3, P3, '整改中', '2023-06-10']] });
    issue({ unit: U3, ledgerNo: 'I3', focus: 'F2', status: '不属实', deadline: '2023-07-31', first: P1, last: P2,
      snapshots: [[u3v1, P1, '已销号', '2023-07-31'], [u3p1, P1, '待整改', '2023-07-31'], [u3p2, P2, '不属实', '2023-07-31']] });
    issue({ unit: U4, ledgerNo: 'I4', focus: 'F3', status: '整改中', deadline: '2023-06-20', first: P1, last: P1,
      snapshots: [[u4p1, P1, '整改中', '2023-06-20']] });
    issue({ unit: U5, ledgerNo: 'I5', focus: 'F4', status: '待整改', deadline: '2023-07-10', first: P2, last: P2,
      snapshots: [[u5p2, P2, '待整改', '2023-07-10']] });
    issue({ unit: U2, ledgerNo: 'I6', focus: 'F1', status: '已销号', deadline: '2023-06-25', first: P2, last: P2,
      snapshots: [[u2p2, P2, '已销号', '2023-06-25']] });
  })();
  return { campaign, units: { U1, U2, U3, U4, U5, U6, U7 } };
}
