/** Complaint leads (SQL only). Identity: campaign + 线索编号. */
import type { LeadInput } from '../../../shared/domain/lead';
import type { Db } from '../connection';

export interface LeadRow {
  id: number;
  campaign_id: number;
  lead_no: string;
  received_date: string;
  channel: string;
  subject_institution_id: number | null;
  subject_text: string;
  content: string;
  handling_unit: string;
  deadline: string;
  status: string;
  verdict: string | null;
  verified_date: string | null;
  result: string | null;
  closed_date: string | null;
  focus_code: string | null;
  issue_id: number | null;
  is_typical: number;
  is_exposed: number;
  public_text: string | null;
  exposed_date: string | null;
  source_json: string;
  created_at: string;
  updated_at: string;
}

export interface LeadListRow extends LeadRow {
  institution: string | null;
  district_code: string | null;
  ledger_no: string | null;
  issue_status: string | null;
}

function params(l: LeadInput) {
  return {
    lead_no: l.leadNo, received_date: l.receivedDate, channel: l.channel, subject_institution_id: l.subjectInstitutionId,
    subject_text: l.subjectText, content: l.content, handling_unit: l.handlingUnit, deadline: l.deadline, status: l.status,
    verdict: l.verdict, verified_date: l.verifiedDate, result: l.result, closed_date: l.closedDate, focus_code: l.focusCode,
    is_typical: l.isTypical ? 1 : 0, is_exposed: l.isExposed ? 1 : 0, public_text: l.publicText,
  };
}

export function insertLead(db: Db, a: { campaignId: number; input: LeadInput; issueId: number | null; exposedDate: string | null; source: unknown; at: string }): number {
  const info = db.prepare(
    `INSERT INTO leads (campaign_id, lead_no, received_date, channel, subject_institution_id, subject_text, content, handling_unit, deadline,
       status, verdict, verified_date, result, closed_date, focus_code, issue_id, is_typical, is_exposed, public_text, exposed_date, source_json,
       created_at, updated_at)
     VALUES (@campaign_id, @lead_no, @received_date, @channel, @subject_institution_id, @subject_text, @content, @handling_unit, @deadline,
       @status, @verdict, @verified_date, @result, @closed_date, @focus_code, @issue_id, @is_typical, @is_exposed, @public_text, @exposed_date,
       @source_json, @at, @at)`,
  ).run({ ...params(a.input), campaign_id: a.campaignId, issue_id: a.issueId, exposed_date: a.exposedDate, source_json: JSON.stringify(a.source ?? {}), at: a.at });
  return Number(info.lastInsertRowid);
}

export function updateLead(db: Db, id: number, a: { input: LeadInput; issueId: number | null; exposedDate: string | null; source: unknown; at: string }): void {
  db.prepare(
    `UPDATE leads SET lead_no=@lead_no, received_date=@received_date, channel=@channel, subject_institution_id=@subject_institution_id,
       subject_text=@subject_text, content=@content, handling_unit=@handling_unit, deadline=@deadline, status=@status, verdict=@verdict,
       verified_date=@verified_date, result=@result, closed_date=@closed_date, focus_code=@focus_code, issue_id=@issue_id,
       is_typical=@is_typical, is_exposed=@is_exposed, public_text=@public_text, exposed_date=@exposed_date, source_json=@source_json,
       updated_at=@at WHERE id=@id`,
  ).run({ ...params(a.input), issue_id: a.issueId, exposed_date: a.exposedDate, source_json: JSON.stringify(a.source ?? {}), at: a.at, id });
}

export function getLead(db: Db, campaignId: number, id: number): LeadRow | undefined {
  return db.prepare('SELECT * FROM leads WHERE id = ? AND campaign_id = ?').get(id, campaignId) as LeadRow | undefined;
}

export function leadByNo(db: Db, campaignId: number, leadNo: string): LeadRow | undefined {
  return db.prepare('SELECT * FROM leads WHERE campaign_id = ? AND lead_no = ?').get(campaignId, leadNo) as LeadRow | undefined;
}

export interface LeadFilter {
  status?: string;
  /** Only leads not closed whose deadline is before this day. */
  overdueAt?: string;
  /** Received within [from, to]. */
  receivedFrom?: string;
  receivedTo?: string;
  channel?: string;
  text?: string;
}

function where(campaignId: number, f: LeadFilter): { sql: string; params: unknown[] } {
  const parts = ['l.campaign_id = ?'];
  const p: unknown[] = [campaignId];
  if (f.status) { parts.push('l.status = ?'); p.push(f.status); }
  if (f.overdueAt) { parts.push("l.status <> '已办结' AND l.deadline < ?"); p.push(f.overdueAt); }
  if (f.receivedFrom) { parts.push('l.received_date >= ?'); p.push(f.receivedFrom); }
  if (f.receivedTo) { parts.push('l.received_date <= ?'); p.push(f.receivedTo); }
  if (f.channel) { parts.push('l.channel = ?'); p.push(f.channel); }
  if (f.text) {
    parts.push("(instr(l.lead_no, ?) > 0 OR instr(l.subject_text, ?) > 0 OR instr(l.content, ?) > 0 OR instr(l.handling_unit, ?) > 0)");
    p.push(f.text, f.text, f.text, f.text);
  }
  return { sql: parts.join(' AND '), params: p };
}

const FROM = `FROM leads l LEFT JOIN institutions i ON i.id = l.subject_institution_id LEFT JOIN ledger_issues li ON li.id = l.issue_id`;

export function listLeads(db: Db, campaignId: number, f: LeadFilter, offset: number, limit: number): { rows: LeadListRow[]; total: number } {
  const w = where(campaignId, f);
  const total = (db.prepare(`SELECT count(*) n ${FROM} WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(
    `SELECT l.*, i.name AS institution, i.district_code, li.ledger_no, li.status AS issue_status ${FROM} WHERE ${w.sql}
     ORDER BY l.received_date DESC, l.lead_no LIMIT ? OFFSET ?`,
  ).all(...w.params, limit, offset) as LeadListRow[];
  return { rows, total };
}

export function getLeadListRow(db: Db, campaignId: number, id: number): LeadListRow | undefined {
  return db.prepare(`SELECT l.*, i.name AS institution, i.district_code, li.ledger_no, li.status AS issue_status ${FROM} WHERE l.campaign_id = ? AND l.id = ?`)
    .get(campaignId, id) as LeadListRow | undefined;
}

/** The facts the lead figures need, for every lead of the campaign. */
export function leadFacts(db: Db, campaignId: number): { received_date: string; status: string; verdict: string | null; verified_date: string | null; closed_date: string | null; deadline: string }[] {
  return db.prepare('SELECT received_date, status, verdict, verified_date, closed_date, deadline FROM leads WHERE campaign_id = ?').all(campaignId) as
    { received_date: string; status: string; verdict: string | null; verified_date: string | null; closed_date: string | null; deadline: string }[];
}
