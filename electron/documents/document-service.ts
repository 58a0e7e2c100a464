/**
 * 文书: builds the 进展情况通报 and the 书面总结报告 from the statistics engine, applies the clerk's
 * saved paragraph edits and review decisions, renders GB/T 9704 .docx (and PDF), and issues:
 * next 期号, archived with file hash and the data snapshot it was built from, period locked.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { applyOverrides, composeBulletin, editableBlocks } from '../../shared/documents/bulletin-composer';
import type { BulletinData, NamedReason } from '../../shared/documents/bulletin-data';
import type { GongwenDoc } from '../../shared/documents/document-model';
import { sentencesFrom } from '../../shared/documents/sentences';
import { composeSummary } from '../../shared/documents/summary-composer';
import * as docs from '../db/repos/documents-repo';
import { getSettings } from '../db/repos/settings-repo';
import { audit } from '../services/audit';
import { timestamp, today, type AppContext } from '../services/app-context';
import { requireCampaign, requirePeriod, periodRows, requireWritableCampaign } from '../services/campaign-service';
import { lockPeriod } from '../services/period-lock-service';
import { renderGongwenDocx, renderGongwenHtml } from './gongwen/index';
import { convertToPdf, type PdfRoute } from './pdf';
import { bulletinData, summaryData } from './bulletin-data';

export interface BuiltDocument {
  kind: docs.DocKind;
  period: string;
  doc: GongwenDoc;
  docx: Buffer;
  issueNo: number | null;
  editable: { id: string; label: string; text: string }[];
  proposals: { praise: NamedReason[]; criticise: NamedReason[] };
  review: docs.Review;
  data: Omit<BulletinData, 'charts'> & { charts: { caption: string }[] };
}

/** The latest period that has ended by today (or the campaign's last one). */
export function defaultPeriod(ctx: AppContext): string {
  const rows = periodRows(requireCampaign(ctx));
  const t = today(ctx);
  return ([...rows].reverse().find((p) => p.end < t) ?? rows[0]).code;
}

function snapshotOf(data: BulletinData) {
  const { charts, ...rest } = data;
  return { ...rest, charts: charts.map((ch) => ({ caption: ch.caption })) };
}

export async function buildDocument(ctx: AppContext, kind: docs.DocKind, periodCode: string, o: { issue?: boolean; regenerate?: boolean } = {}): Promise<BuiltDocument> {
  const c = requireCampaign(ctx);
  const p = requirePeriod(c, periodCode);
  const draft = docs.getDraft(ctx.db, c.id, kind, p.code);
  const issueNo = kind === 'bulletin' ? docs.nextIssueNo(ctx.db, c.id, 'bulletin') : null;
  const sentences = sentencesFrom(getSettings(ctx.db));
  const meta = { issueNo, docNumber: kind === 'summary' ? `${c.docPrefix}〔${p.end.slice(0, 4)}〕${docs.nextIssueNo(ctx.db, c.id, 'summary')}号` : null };
  let doc: GongwenDoc;
  let data: BulletinData;
  let proposals: BuiltDocument['proposals'];
  if (kind === 'bulletin') {
    const r = await bulletinData(ctx, p.code, draft.review, meta);
    data = r.data;
    proposals = r.pd.proposals;
    doc = composeBulletin(data, sentences);
  } else {
    const s = await summaryData(ctx, p.code, draft.review, meta);
    data = { ...s, practices: [], problems: [] };
    // The report names problems, not praise: only criticism is proposed for review.
    proposals = { praise: [], criticise: s.criticise };
    doc = composeSummary(s, sentences);
  }
  // Manual edits survive regeneration unless the clerk asks to regenerate from the data.
  if (!o.regenerate) doc = applyOverrides(doc, draft.overrides);
  const docx = await renderGongwenDocx(doc);
  return { kind, period: p.code, doc, docx, issueNo, editable: editableBlocks(doc), proposals, review: draft.review, data: snapshotOf(data) };
}

export function saveEdits(ctx: AppContext, kind: docs.DocKind, period: string, overrides: Record<string, string>): void {
  const c = requireWritableCampaign(ctx, '修改文书');
  const d = docs.getDraft(ctx.db, c.id, kind, period);
  ctx.db.transaction(() => {
    docs.saveDraft(ctx.db, c.id, kind, period, { ...d, overrides }, timestamp(ctx));
    audit(ctx, { action: 'document.edit', entity: 'document_draft', entityId: `${kind}:${period}`, campaignId: c.id, detail: { blocks: Object.keys(overrides) } });
  })();
}

export function saveReview(ctx: AppContext, kind: docs.DocKind, period: string, excluded: docs.Review['excluded']): void {
  const c = requireWritableCampaign(ctx, '修改文书');
  for (const e of excluded) if (!e.reason.trim()) throw new AppError('validation', `排除“${e.name}”须说明理由`);
  const d = docs.getDraft(ctx.db, c.id, kind, period);
  ctx.db.transaction(() => {
    docs.saveDraft(ctx.db, c.id, kind, period, { ...d, review: { excluded } }, timestamp(ctx));
    audit(ctx, { action: 'document.review', entity: 'document_draft', entityId: `${kind}:${period}`, campaignId: c.id, detail: { excluded } });
  })();
}

/** Issues the document: archive (number, date, hash, snapshot, review record) and lock the period. */
export function issueDocument(ctx: AppContext, built: BuiltDocument): { id: number; issueNo: number | null; sha256: string } {
  const c = requireWritableCampaign(ctx, '印发文书');
  const sha = createHash('sha256').update(built.docx).digest('hex');
  const title = built.doc.title.replace(/\n/g, '');
  const review = { proposed: built.proposals, excluded: built.review.excluded };
  const id = ctx.db.transaction(() => {
    const docId = docs.insertDocument(ctx.db, {
      campaignId: c.id, kind: built.kind, period: built.period, issueNo: built.kind === 'bulletin' ? built.issueNo : docs.nextIssueNo(ctx.db, c.id, 'summary'),
      docNumber: built.doc.header?.docNumber ?? null, issuedDate: today(ctx), title, sha, file: built.docx, snapshot: built.data, review, at: timestamp(ctx),
    });
    audit(ctx, { action: 'document.issue', entity: 'document', entityId: docId, campaignId: c.id, detail: { kind: built.kind, period: built.period, issueNo: built.issueNo, sha256: sha, review } });
    return docId;
  })();
  if (built.kind === 'bulletin') lockPeriod(ctx, c, built.period, `第${built.issueNo}期进展情况通报已印发`);
  return { id, issueNo: built.issueNo, sha256: sha };
}

export async function toPdf(built: BuiltDocument, outPdf: string): Promise<PdfRoute> {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-doc-')), 'doc.docx');
  fs.writeFileSync(tmp, built.docx);
  try {
    return (await convertToPdf(tmp, outPdf, { doc: built.doc })).route;
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}

export function previewHtml(built: BuiltDocument): string {
  return renderGongwenHtml(built.doc);
}
