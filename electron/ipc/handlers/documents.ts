import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { DocumentsContract } from '../../../shared/ipc/contract/documents';
import { DEFAULT_SENTENCES, SENTENCE_LABELS, type SentenceKey } from '../../../shared/documents/sentences';
import { getDocument, getDraft, listDocuments } from '../../db/repos/documents-repo';
import { getSettings, setSetting } from '../../db/repos/settings-repo';
import { buildDocument, issueDocument, previewHtml, saveEdits, saveReview, toPdf } from '../../documents/document-service';
import { audit } from '../../services/audit';
import type { AppContext } from '../../services/app-context';
import { requireCampaign } from '../../services/campaign-service';
import { periodCharts } from '../../../shared/reports/period-charts';
import { periodData } from '../../documents/period-data';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const fileTitle = (t: string) => t.replace(/[\\/:*?"<>|\n]/g, '');

export function documentsHandlers(ctx: AppContext): HandlersFor<DocumentsContract> {
  return {
    // Building renders charts and the document: a background job, polled with jobs:get.
    'documents:preview': ({ kind, period, regenerate }) => ctx.jobs.start('document-preview', async (job) => {
      job.progress(0, 2, '汇总统计数据、绘制图表');
      const built = await buildDocument(ctx, kind, period, { regenerate });
      job.progress(1, 2, '排版');
      const c = requireCampaign(ctx);
      const draft = getDraft(ctx.db, c.id, kind, period);
      return {
        kind, period, issueNo: built.issueNo, title: built.doc.title.replace(/\n/g, ''), html: previewHtml(built), editable: built.editable,
        overrides: draft.overrides, proposals: built.proposals, excluded: draft.review.excluded,
      };
    }),
    'documents:save-edits': ({ kind, period, overrides }) => { saveEdits(ctx, kind, period, overrides); return { saved: Object.keys(overrides).length }; },
    'documents:review': ({ kind, period, excluded }) => { saveReview(ctx, kind, period, excluded); return { excluded: excluded.length }; },
    'documents:export': ({ kind, period, pdf, issue }) => ctx.jobs.start('document-export', async (job) => {
      job.progress(0, 3, '生成文书');
      const built = await buildDocument(ctx, kind, period);
      const name = `${fileTitle(built.doc.title)}${issue ? '' : '（草稿）'}`;
      let pdfPayload = null;
      let route: 'LibreOffice' | 'Chromium' | null = null;
      if (pdf) {
        job.progress(1, 3, '转换 PDF');
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-pdf-'));
        try {
          const out = path.join(dir, 'doc.pdf');
          route = (await toPdf(built, out)) === 'libreoffice' ? 'LibreOffice' : 'Chromium';
          pdfPayload = { fileName: `${name}.pdf`, base64: b64(fs.readFileSync(out)), mime: 'application/pdf' };
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
      job.progress(2, 3, issue ? '编号存档' : '完成');
      // Last point to stop: once issuing starts it completes (number, archive, lock).
      job.checkCancelled();
      const issued = issue ? issueDocument(ctx, built) : null;
      return { docx: { fileName: `${name}.docx`, base64: b64(built.docx), mime: DOCX }, pdf: pdfPayload, pdfRoute: route, issued };
    }),
    'documents:archive': () => listDocuments(ctx.db, requireCampaign(ctx).id).map((d) => ({
      id: d.id, kind: d.kind, period: d.period_code, issueNo: d.issue_no, docNumber: d.doc_number, issuedDate: d.issued_date, title: d.title, sha256: d.file_sha256,
    })),
    'documents:archive-file': ({ id }) => {
      const d = getDocument(ctx.db, requireCampaign(ctx).id, id);
      if (!d) throw new AppError('not-found', '没有找到该存档文书');
      return { fileName: `${fileTitle(d.title)}.docx`, base64: b64(d.file), mime: DOCX, snapshot: JSON.parse(d.snapshot_json), review: JSON.parse(d.review_json) };
    },
    'documents:sentences': () => {
      const settings = getSettings(ctx.db);
      return (Object.keys(DEFAULT_SENTENCES) as SentenceKey[]).map((k) => ({ key: k, label: SENTENCE_LABELS[k], text: settings[`sentence.${k}`] || DEFAULT_SENTENCES[k], isDefault: !settings[`sentence.${k}`] }));
    },
    'charts:period': ({ period }) => periodCharts(periodData(ctx, period).charts),
    'documents:set-sentence': ({ key, text }) => {
      if (!Object.hasOwn(DEFAULT_SENTENCES, key)) throw new AppError('validation', `没有这个句式：${key}`);
      const value = text && text.trim() ? text : '';
      ctx.db.transaction(() => {
        setSetting(ctx.db, `sentence.${key}`, value);
        audit(ctx, { action: 'settings.sentence', entity: 'setting', entityId: `sentence.${key}`, detail: { text: value || '（恢复默认）' } });
      })();
      return { key, text: value || DEFAULT_SENTENCES[key as SentenceKey] };
    },
  };
}
