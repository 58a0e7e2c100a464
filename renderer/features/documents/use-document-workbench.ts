/**
 * State of one document (kind × period) on the 文书 page: the preview job, the clerk's paragraph
 * drafts, the review decisions and the exports. Regenerating never loses unsaved typing; saving
 * sends only the texts that differ from what the data would say.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DocKind, DocumentPreview, ExportResult } from '../../../shared/ipc/contract/documents';
import { api } from '../../api/client';
import { useJob, type JobRunner } from '../../api/use-job';
import { computeOverrides, dirtyIds, draftText, learnGenerated, mergeDrafts, sameOverrides } from '../../lib/document-edits';
import type { Exclusion } from '../../lib/document-review';

export type ExportKind = 'word' | 'pdf' | 'issue';

export interface LastExport {
  kind: ExportKind;
  result: ExportResult;
}

export interface DocumentWorkbench {
  preview: DocumentPreview | null;
  drafts: Record<string, string>;
  setDraft: (id: string, text: string) => void;
  /** Block ids typed but not saved. */
  dirty: string[];
  /** Saved changes the preview does not show yet. */
  stale: boolean;
  /** Which job runs now (null when idle). */
  busy: 'preview' | ExportKind | null;
  previewJob: JobRunner<DocumentPreview>;
  exportJob: JobRunner<ExportResult>;
  generate: (o?: { regenerate?: boolean }) => Promise<DocumentPreview | null | undefined>;
  /** Saves the edits; returns how many overrides are now saved, or null when nothing changed. */
  saveEdits: () => Promise<number | null>;
  /** Forgets every saved edit and rebuilds from the data. */
  discardEdits: () => Promise<DocumentPreview | null | undefined>;
  review: (excluded: Exclusion[]) => Promise<DocumentPreview | null | undefined>;
  exportDoc: (which: ExportKind, o?: { pdf?: boolean }) => Promise<ExportResult | null | undefined>;
  lastExport: LastExport | null;
}

export function useDocumentWorkbench(kind: DocKind, period: string): DocumentWorkbench {
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<DocumentWorkbench['busy']>(null);
  const [lastExport, setLastExport] = useState<LastExport | null>(null);
  const generated = useRef<Record<string, string>>({});
  // Read inside async actions after awaits (state captured at call time would be stale).
  const latest = useRef({ preview, drafts });
  latest.current = { preview, drafts };
  const previewJob = useJob<DocumentPreview>('生成预览失败，请重试');
  const exportJob = useJob<ExportResult>('导出失败，请重试');
  const runPreview = previewJob.run;
  const runExport = exportJob.run;

  const generate = useCallback(async (o: { regenerate?: boolean } = {}) => {
    setBusy('preview');
    try {
      const p = await runPreview(() => api.invoke('documents:preview', { kind, period, regenerate: o.regenerate || undefined }));
      if (!p) return p;
      const before = latest.current;
      // Built from the data only: the blocks show the generated wording, nothing is overridden.
      const overrides = o.regenerate ? {} : p.overrides;
      generated.current = learnGenerated(o.regenerate ? {} : generated.current, p.editable, overrides);
      setDrafts(o.regenerate || !before.preview ? Object.fromEntries(p.editable.map((b) => [b.id, b.text])) : mergeDrafts(before.preview.editable, before.drafts, p.editable));
      setPreview({ ...p, overrides });
      setStale(false);
      return p;
    } finally {
      setBusy(null);
    }
  }, [kind, period, runPreview]);

  const saveEdits = useCallback(async () => {
    const { preview: p, drafts: d } = latest.current;
    if (!p) return null;
    const overrides = computeOverrides(p.editable, p.overrides, d, generated.current);
    if (sameOverrides(overrides, p.overrides) && !dirtyIds(p.editable, d).length) return null;
    await api.invoke('documents:save-edits', { kind, period, overrides });
    // The textareas now hold what is saved; the preview HTML catches up on the next generation.
    setPreview({ ...p, overrides, editable: p.editable.map((b) => ({ ...b, text: draftText(b, d) })) });
    setStale(true);
    return Object.keys(overrides).length;
  }, [kind, period]);

  const discardEdits = useCallback(async () => {
    await api.invoke('documents:save-edits', { kind, period, overrides: {} });
    return generate({ regenerate: true });
  }, [generate, kind, period]);

  const review = useCallback(async (excluded: Exclusion[]) => {
    await api.invoke('documents:review', { kind, period, excluded });
    const p = latest.current.preview;
    if (p) setPreview({ ...p, excluded });
    // Only confirmed names reach the document: rebuild the preview at once.
    return generate();
  }, [generate, kind, period]);

  const exportDoc = useCallback(async (which: ExportKind, o: { pdf?: boolean } = {}) => {
    setBusy(which);
    try {
      const pdf = which === 'pdf' || (which === 'issue' && o.pdf !== false);
      const r = await runExport(() => api.invoke('documents:export', { kind, period, pdf, issue: which === 'issue' }));
      if (r) setLastExport({ kind: which, result: r });
      return r;
    } finally {
      setBusy(null);
    }
  }, [runExport, kind, period]);

  const setDraft = useCallback((id: string, text: string) => setDrafts((d) => ({ ...d, [id]: text })), []);
  const dirty = useMemo(() => (preview ? dirtyIds(preview.editable, drafts) : []), [preview, drafts]);

  return { preview, drafts, setDraft, dirty, stale, busy, previewJob, exportJob, generate, saveEdits, discardEdits, review, exportDoc, lastExport };
}
