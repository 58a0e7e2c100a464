/** 文书 channels: build/preview with editable paragraphs, review of praise/criticism, export, issue, archive, sentence templates. */
import { z } from 'zod';
import type { NamedReason } from '../../documents/bulletin-data';
import type { FilePayload, JobStatus, SchemasFor } from './base';
import type { ChartSpec } from '../../charts/chart-spec';

export type DocKind = 'bulletin' | 'summary';

export interface DocumentPreview {
  kind: DocKind;
  period: string;
  issueNo: number | null;
  title: string;
  /** Self-contained HTML rendition with the same layout (for the preview pane and printing). */
  html: string;
  editable: { id: string; label: string; text: string }[];
  overrides: Record<string, string>;
  proposals: { praise: NamedReason[]; criticise: NamedReason[] };
  excluded: { name: string; list: 'praise' | 'criticise'; reason: string }[];
}

export interface ExportResult {
  docx: FilePayload;
  pdf: FilePayload | null;
  /** Which PDF route was used: LibreOffice when installed, else Chromium print. */
  pdfRoute: 'LibreOffice' | 'Chromium' | null;
  issued: { id: number; issueNo: number | null; sha256: string } | null;
}

export interface ArchivedDocument { id: number; kind: DocKind; period: string; issueNo: number | null; docNumber: string | null; issuedDate: string; title: string; sha256: string }

export interface DocumentsContract {
  'documents:preview': (args: { kind: DocKind; period: string; regenerate?: boolean }) => JobStatus;
  'documents:save-edits': (args: { kind: DocKind; period: string; overrides: Record<string, string> }) => { saved: number };
  'documents:review': (args: { kind: DocKind; period: string; excluded: { name: string; list: 'praise' | 'criticise'; reason: string }[] }) => { excluded: number };
  'documents:export': (args: { kind: DocKind; period: string; pdf: boolean; issue: boolean }) => JobStatus;
  'documents:archive': (args: Record<string, never>) => ArchivedDocument[];
  'documents:archive-file': (args: { id: number }) => FilePayload & { snapshot: unknown; review: unknown };
  'documents:sentences': (args: Record<string, never>) => { key: string; label: string; text: string; isDefault: boolean }[];
  'documents:set-sentence': (args: { key: string; text: string | null }) => { key: string; text: string };
  /** The period's charts: the same specs the documents embed, for the screens. */
  'charts:period': (args: { period: string }) => ChartSpec[];
}

const kind = z.enum(['bulletin', 'summary']);
const period = z.string().regex(/^\d{4}-\d{2}-H[12]$/);
const excluded = z.array(z.object({ name: z.string().min(1).max(200), list: z.enum(['praise', 'criticise']), reason: z.string().min(1, '排除须说明理由').max(500) }).strict()).max(1000);

export const documentsSchemas = {
  'documents:preview': z.object({ kind, period, regenerate: z.boolean().optional() }).strict(),
  'documents:save-edits': z.object({ kind, period, overrides: z.record(z.string().max(100), z.string().max(20_000)) }).strict(),
  'documents:review': z.object({ kind, period, excluded }).strict(),
  'documents:export': z.object({ kind, period, pdf: z.boolean(), issue: z.boolean() }).strict(),
  'documents:archive': z.object({}).strict(),
  'documents:archive-file': z.object({ id: z.number().int() }).strict(),
  'documents:sentences': z.object({}).strict(),
  'documents:set-sentence': z.object({ key: z.string().min(1).max(50), text: z.string().max(5000).nullable() }).strict(),
  'charts:period': z.object({ period }).strict(),
} satisfies SchemasFor<DocumentsContract>;
