/** Campaigns with their phases and focus areas. */
import type { Db } from '../connection';
import type { Campaign, CampaignDraft } from '../../../shared/domain/campaign';

interface CampaignRow {
  id: number; code: string; preset: string | null; name: string; short_name: string; authority: string;
  doc_prefix: string; superior: string; plan_title: string; start_date: string; end_date: string;
  region_code: string | null; due_offset_days: number; social_coverage_target: number; self_coverage_target: number;
  recipients: string; copy_to: string; departments_json: string; deliverables_json: string;
  status: 'active' | 'archived'; created_at: string;
}

function load(db: Db, r: CampaignRow): Campaign {
  const phases = db.prepare('SELECT name, start_date, end_date, description FROM phases WHERE campaign_id = ? ORDER BY seq').all(r.id) as
    { name: string; start_date: string | null; end_date: string | null; description: string | null }[];
  const focus = db.prepare('SELECT code, name, description FROM focus_areas WHERE campaign_id = ? ORDER BY seq').all(r.id) as
    { code: string; name: string; description: string | null }[];
  return {
    id: r.id, code: r.code, preset: r.preset, name: r.name, shortName: r.short_name, authority: r.authority,
    docPrefix: r.doc_prefix, superior: r.superior, planTitle: r.plan_title, startDate: r.start_date, endDate: r.end_date,
    regionCode: r.region_code, dueOffsetDays: r.due_offset_days,
    thresholds: { socialInspectionCoverage: r.social_coverage_target, selfInspectionCoverage: r.self_coverage_target },
    recipients: r.recipients, copyTo: r.copy_to,
    departments: JSON.parse(r.departments_json), deliverables: JSON.parse(r.deliverables_json),
    phases: phases.map((p) => ({ name: p.name, start: p.start_date, end: p.end_date, ...(p.description ? { description: p.description } : {}) })),
    focusAreas: focus.map((f) => ({ code: f.code, name: f.name, ...(f.description ? { description: f.description } : {}) })),
    status: r.status, createdAt: r.created_at,
  };
}

export function listCampaigns(db: Db): Campaign[] {
  const rows = db.prepare('SELECT * FROM campaigns ORDER BY created_at DESC, id DESC').all() as CampaignRow[];
  return rows.map((r) => load(db, r));
}

export function getCampaignByCode(db: Db, code: string): Campaign | null {
  const r = db.prepare('SELECT * FROM campaigns WHERE code = ?').get(code) as CampaignRow | undefined;
  return r ? load(db, r) : null;
}

export function getCampaignById(db: Db, id: number): Campaign | null {
  const r = db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow | undefined;
  return r ? load(db, r) : null;
}

/** Most recently created active campaign. */
export function latestActiveCampaign(db: Db): Campaign | null {
  const r = db.prepare("SELECT * FROM campaigns WHERE status = 'active' ORDER BY created_at DESC, id DESC LIMIT 1").get() as CampaignRow | undefined;
  return r ? load(db, r) : null;
}

function writeChildren(db: Db, id: number, d: CampaignDraft): void {
  db.prepare('DELETE FROM phases WHERE campaign_id = ?').run(id);
  db.prepare('DELETE FROM focus_areas WHERE campaign_id = ?').run(id);
  const ph = db.prepare('INSERT INTO phases (campaign_id, seq, name, start_date, end_date, description) VALUES (?, ?, ?, ?, ?, ?)');
  d.phases.forEach((p, i) => ph.run(id, i + 1, p.name, p.start, p.end, p.description ?? null));
  const fa = db.prepare('INSERT INTO focus_areas (campaign_id, seq, code, name, description) VALUES (?, ?, ?, ?, ?)');
  d.focusAreas.forEach((f, i) => fa.run(id, i + 1, f.code, f.name, f.description ?? null));
}

function draftParams(d: CampaignDraft) {
  return {
    preset: d.preset, name: d.name, short_name: d.shortName, authority: d.authority, doc_prefix: d.docPrefix,
    superior: d.superior, plan_title: d.planTitle, start_date: d.startDate, end_date: d.endDate, region_code: d.regionCode,
    due_offset_days: d.dueOffsetDays, social: d.thresholds.socialInspectionCoverage, self: d.thresholds.selfInspectionCoverage,
    recipients: d.recipients, copy_to: d.copyTo, departments_json: JSON.stringify(d.departments),
    deliverables_json: JSON.stringify(d.deliverables),
  };
}

export function insertCampaign(db: Db, code: string, d: CampaignDraft, createdAt: string): number {
  const info = db.prepare(
    `INSERT INTO campaigns (code, preset, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date,
       region_code, due_offset_days, social_coverage_target, self_coverage_target, recipients, copy_to, departments_json,
       deliverables_json, created_at)
     VALUES (@code, @preset, @name, @short_name, @authority, @doc_prefix, @superior, @plan_title, @start_date, @end_date,
       @region_code, @due_offset_days, @social, @self, @recipients, @copy_to, @departments_json, @deliverables_json, @created_at)`,
  ).run({ ...draftParams(d), code, created_at: createdAt });
  const id = Number(info.lastInsertRowid);
  writeChildren(db, id, d);
  return id;
}

export function updateCampaign(db: Db, id: number, d: CampaignDraft): void {
  db.prepare(
    `UPDATE campaigns SET preset=@preset, name=@name, short_name=@short_name, authority=@authority, doc_prefix=@doc_prefix,
       superior=@superior, plan_title=@plan_title, start_date=@start_date, end_date=@end_date, region_code=@region_code,
       due_offset_days=@due_offset_days, social_coverage_target=@social, self_coverage_target=@self, recipients=@recipients,
       copy_to=@copy_to, departments_json=@departments_json, deliverables_json=@deliverables_json WHERE id=@id`,
  ).run({ ...draftParams(d), id });
  writeChildren(db, id, d);
}

export function setCampaignStatus(db: Db, id: number, status: 'active' | 'archived'): void {
  db.prepare('UPDATE campaigns SET status = ? WHERE id = ?').run(status, id);
}
