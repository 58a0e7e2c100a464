import { describe, expect, it } from 'vitest';
import { addDays, makePeriod } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { ArchivedDocument } from '../../../shared/ipc/contract/documents';
import { archiveNumber, exportedFiles, issueConsequences, issuedFor, latestEndedPeriod, pdfRouteText, resolveDocumentPeriod, shortSha } from '../../../renderer/lib/document-choice';

const row = (y: number, m: number, h: 1 | 2): PeriodRow => {
  const p = makePeriod(y, m, h);
  return { ...p, due: addDays(p.end, 2), phase: null };
};
const PERIODS = [row(2023, 6, 1), row(2023, 6, 2), row(2023, 7, 1)];
const DOC = (o: Partial<ArchivedDocument>): ArchivedDocument => ({
  id: 1, kind: 'bulletin', period: '2023-06-H2', issueNo: 1, docNumber: null, issuedDate: '2023-07-03', title: 't', sha256: 'a'.repeat(64), ...o,
});

describe('latestEndedPeriod', () => {
  it('is the latest period ended before today', () => {
    expect(latestEndedPeriod(PERIODS, '2023-07-01')?.code).toBe('2023-06-H2');
    expect(latestEndedPeriod(PERIODS, '2023-06-30')?.code).toBe('2023-06-H1');
    expect(latestEndedPeriod(PERIODS, '2026-01-01')?.code).toBe('2023-07-H1');
  });
  it('falls back to the first period before any has ended, and to nothing without periods', () => {
    expect(latestEndedPeriod(PERIODS, '2023-06-10')?.code).toBe('2023-06-H1');
    expect(latestEndedPeriod([], '2023-06-10')).toBeUndefined();
  });
  it('resolveDocumentPeriod honours a valid requested code only', () => {
    expect(resolveDocumentPeriod(PERIODS, '2023-06-H1', '2026-01-01')?.code).toBe('2023-06-H1');
    expect(resolveDocumentPeriod(PERIODS, '2019-01-H1', '2023-07-01')?.code).toBe('2023-06-H2');
  });
});

describe('archive', () => {
  it('numbers bulletins by 期号 and reports by 文号', () => {
    expect(archiveNumber(DOC({ issueNo: 3 }))).toBe('第3期');
    expect(archiveNumber(DOC({ kind: 'summary', issueNo: 1, docNumber: '宿卫发〔2023〕1号' }))).toBe('宿卫发〔2023〕1号');
    expect(archiveNumber(DOC({ kind: 'summary', issueNo: 2, docNumber: null }))).toBe('第2号');
  });
  it('finds earlier issues of the same kind and period', () => {
    const a = [DOC({ id: 2, issueNo: 2 }), DOC({ id: 1, period: '2023-06-H1' }), DOC({ id: 3, kind: 'summary' })];
    expect(issuedFor(a, 'bulletin', '2023-06-H2').map((d) => d.id)).toEqual([2]);
  });
  it('shortens the hash and names the PDF route', () => {
    expect(shortSha('0123456789abcdef')).toBe('0123456789ab');
    expect(pdfRouteText('LibreOffice')).toBe('PDF 由 LibreOffice 转换');
    expect(pdfRouteText('Chromium')).toContain('由 Chromium 打印生成');
    expect(pdfRouteText(null)).toBeNull();
  });
});

describe('issueConsequences', () => {
  it('explains the 期号 and the 封账 of the period for a bulletin', () => {
    const l = issueConsequences('bulletin', '2023年6月下半月', 1, []);
    expect(l.join('\n')).toContain('第1期');
    expect(l.join('\n')).toContain('封账：2023年6月下半月的数据将被锁定');
    expect(l.join('\n')).not.toContain('已印发过');
  });
  it('warns when the period was issued before, and does not speak of 封账 for a report', () => {
    const l = issueConsequences('summary', '2023年7月上半月', null, [DOC({ kind: 'summary', docNumber: '宿卫发〔2023〕1号' })]);
    expect(l[0]).toContain('已印发过（宿卫发〔2023〕1号）');
    expect(l.join('\n')).not.toContain('封账');
  });
  it('lists the exported file names', () => {
    const r = { docx: { fileName: 'a.docx', base64: '' }, pdf: { fileName: 'a.pdf', base64: '' } };
    expect(exportedFiles(r, { docx: true, pdf: false })).toEqual(['a.docx']);
    expect(exportedFiles({ ...r, pdf: null }, { docx: false, pdf: true })).toEqual([]);
  });
});
