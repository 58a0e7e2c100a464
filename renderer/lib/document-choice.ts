/**
 * 文书 page choices: which period a document opens on (the latest one that has ended — a 通报
 * reports a finished half month), how archived documents are numbered and named, and what
 * issuing does, in the words of the confirmation the clerk reads before a 期号 is used.
 */
import type { ArchivedDocument, DocKind, ExportResult } from '../../shared/ipc/contract/documents';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';

export const KIND_LABEL: Record<DocKind, string> = { bulletin: '进展情况通报', summary: '书面总结报告' };

/** The latest period ended before today (the backend's default too), else the first one. */
export function latestEndedPeriod(periods: readonly PeriodRow[], today: string): PeriodRow | undefined {
  if (!periods.length) return undefined;
  return [...periods].reverse().find((p) => p.end < today) ?? periods[0];
}

export function resolveDocumentPeriod(periods: readonly PeriodRow[], requested: string | undefined, today: string): PeriodRow | undefined {
  return (requested ? periods.find((p) => p.code === requested) : undefined) ?? latestEndedPeriod(periods, today);
}

/** Documents of this kind already issued for the period (newest first, as the archive lists them). */
export function issuedFor(archive: readonly ArchivedDocument[], kind: DocKind, period: string): ArchivedDocument[] {
  return archive.filter((d) => d.kind === kind && d.period === period);
}

/** 第3期 for a bulletin; the 文号 (宿卫发〔2023〕5号) for a report, else its serial number. */
export function archiveNumber(d: Pick<ArchivedDocument, 'kind' | 'issueNo' | 'docNumber'>): string {
  if (d.kind === 'bulletin') return d.issueNo === null ? '—' : `第${d.issueNo}期`;
  return d.docNumber ?? (d.issueNo === null ? '—' : `第${d.issueNo}号`);
}

/** Enough of the hash to compare by eye with a file's checksum. */
export function shortSha(sha: string): string {
  return sha.slice(0, 12);
}

export function pdfRouteText(route: ExportResult['pdfRoute']): string | null {
  if (route === 'LibreOffice') return 'PDF 由 LibreOffice 转换';
  if (route === 'Chromium') return 'PDF 由 Chromium 打印生成（未找到 LibreOffice）';
  return null;
}

/**
 * What 正式印发 does, one line each, for the confirmation dialog. `issueNo` is the number the
 * preview shows (the next free 期号); `already` are earlier issues of the same period.
 */
export function issueConsequences(kind: DocKind, periodLabel: string, issueNo: number | null, already: readonly ArchivedDocument[]): string[] {
  const lines: string[] = [];
  if (already.length) {
    lines.push(`注意：${periodLabel}的${KIND_LABEL[kind]}已印发过（${already.map(archiveNumber).join('、')}），再次印发会另编新号，不会替换已印发的文书。`);
  }
  if (kind === 'bulletin') {
    lines.push(`占用期号：本通报编为${issueNo === null ? '下一期' : `第${issueNo}期`}，期号一经印发不能收回或重用。`);
    lines.push(`封账：${periodLabel}的数据将被锁定，之后不能再导入或更正该期报表；确需变更须在“报送”页重新开放并说明理由。`);
  } else {
    lines.push('占用文号：本报告按下一个文号编号，印发后不能收回或重用。');
  }
  lines.push('存档：文书（.docx）连同 SHA-256 校验值、生成所用的数据快照和点名审核记录（拟点名、排除及理由）一并存档，可在“存档”中查看。');
  return lines;
}

/** File names of an export result, for the message after downloading. */
export function exportedFiles(r: Pick<ExportResult, 'docx' | 'pdf'>, which: { docx: boolean; pdf: boolean }): string[] {
  const out: string[] = [];
  if (which.docx) out.push(r.docx.fileName);
  if (which.pdf && r.pdf) out.push(r.pdf.fileName);
  return out;
}
