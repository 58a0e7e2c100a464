/** Document drafts (the clerk's paragraph edits and review decisions) and the issued archive. */
import type { Db } from '../connection';

export type DocKind = 'bulletin' | 'summary';

export interface Review {
  /** Proposed units the clerk excluded from praise/criticism, with the reason. */
  excluded: { name: string; list: 'praise' | 'criticise'; reason: string }[];
}

export interface Draft { overrides: Record<string, string>; review: Review }

export function getDraft(db: Db, campaignId: number, kind: DocKind, period: string): Draft {
  const r = db.prepare('SELECT overrides_json, review_json FROM document_drafts WHERE campaign_id = ? AND kind = ? AND period_code = ?').get(campaignId, kind, period) as { overrides_json: string; review_json: string } | undefined;
  const review = r ? (JSON.parse(r.review_json) as Partial<Review>) : {};
  return { overrides: r ? JSON.parse(r.overrides_json) : {}, review: { excluded: review.excluded ?? [] } };
}

export function saveDraft(db: Db, campaignId: number, kind: DocKind, period: string, d: Draft, at: string): void {
  db.prepare(`INSERT INTO document_drafts (campaign_id, kind, period_code, overrides_json, review_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (campaign_id, kind, period_code) DO UPDATE SET overrides_json = excluded.overrides_json, review_json = excluded.review_json, updated_at = excluded.updated_at`)
    .run(campaignId, kind, period, JSON.stringify(d.overrides), JSON.stringify(d.review), at);
}

export function nextIssueNo(db: Db, campaignId: number, kind: DocKind): number {
  const r = db.prepare('SELECT max(issue_no) n FROM documents WHERE campaign_id = ? AND kind = ?').get(campaignId, kind) as { n: number | null };
  return (r.n ?? 0) + 1;
}

export interface ArchivedDoc { id: number; kind: DocKind; period_code: string; issue_no: number | null; doc_number: string | null; issued_date: string; title: string; file_sha256: string; created_at: string }

export function insertDocument(db: Db, a: { campaignId: number; kind: DocKind; period: string; issueNo: number | null; docNumber: string | null; issuedDate: string; title: string; sha: string; file: Uint8Array; snapshot: unknown; review: unknown; at: string }): number {
  return Number(db.prepare(`INSERT INTO documents (campaign_id, kind, period_code, issue_no, doc_number, issued_date, title, file_sha256, file, snapshot_json, review_json, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.campaignId, a.kind, a.period, a.issueNo, a.docNumber, a.issuedDate, a.title, a.sha, Buffer.from(a.file), JSON.stringify(a.snapshot), JSON.stringify(a.review), a.at).lastInsertRowid);
}

export function listDocuments(db: Db, campaignId: number): ArchivedDoc[] {
  return db.prepare('SELECT id, kind, period_code, issue_no, doc_number, issued_date, title, file_sha256, created_at FROM documents WHERE campaign_id = ? ORDER BY id DESC').all(campaignId) as ArchivedDoc[];
}

export function getDocument(db: Db, campaignId: number, id: number): (ArchivedDoc & { file: Buffer; snapshot_json: string; review_json: string }) | undefined {
  return db.prepare('SELECT * FROM documents WHERE campaign_id = ? AND id = ?').get(campaignId, id) as (ArchivedDoc & { file: Buffer; snapshot_json: string; review_json: string }) | undefined;
}
