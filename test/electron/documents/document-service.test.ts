import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../../../electron/charts/render-chart';
import { listDocuments } from '../../../electron/db/repos/documents-repo';
import { buildDocument, issueDocument, saveEdits, saveReview } from '../../../electron/documents/document-service';
import { importFiles } from '../../../electron/import/import-service';
import { lockOf } from '../../../electron/services/period-lock-service';
import { statsSummary } from '../../../electron/services/stats-service';
import { addUnits, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];
const hasFont = !!findCjkFont();
if (!hasFont) console.warn('⚠️  跳过文书生成测试：没有中文字体（Debian 包 fonts-noto-cjk）');

const docText = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']).replace(/<[^>]+>/g, '');

async function setup() {
  const ctx = tempContext(new Date('2023-07-05T09:00:00+08:00'));
  const c = withCampaign(ctx);
  const units = addUnits(ctx, [
    { name: '宿城区人民医院', district: '321302' }, { name: '宿豫区中医院', district: '321311' },
    { name: '沭阳仁和医院', district: '321322', ownership: '社会办' }, { name: '泗洪县人民医院', district: '321324' },
  ]);
  const ret = (u: (typeof units)[number], period: string, found: number, status: string, exp: string) => buildReturn({
    meta: { campaign: c.code, period, uscc: u.uscc }, focusNames: FOCUS, general: { B1: '是', C1: 5 }, focus: { B3: [found, 0, 0, 0], E1: [1, 0, 0, 0], E4: [2000, 0, 0, 0] },
    ledger: [{ 台账编号: `${u.name}-1`, 整治重点: '医托', 问题来源: '自查自纠', 发现日期: '2023-06-03', 问题描述: '门诊大厅有医托拉客', 整改时限: '2023-06-20', 整改状态: status }],
    work: { 典型经验做法: exp },
  });
  const exps = ['建立院科两级督查机制，院级督查每周一次。问题整改实行闭环管理。', '推行住院费用一日一清单，收费投诉明显减少。', '无', '设立医药代表接待日，全程录像。'];
  for (const [i, u] of units.entries()) {
    await importFiles(ctx, [{ name: `h1-${i}.xlsx`, bytes: await ret(u, '2023-06-H1', 2 + i, '整改中', exps[i]) }], [], { dryRun: false, received: '2023-06-17' });
    if (i < 3) await importFiles(ctx, [{ name: `h2-${i}.xlsx`, bytes: await ret(u, '2023-06-H2', 1, i === 0 ? '已销号' : '整改中', exps[i]) }], [], { dryRun: false, received: i === 2 ? '2023-07-04' : '2023-07-01' });
  }
  return { ctx, c };
}

describe.skipIf(!hasFont)('document service', () => {
  it('quotes the statistics engine, names late and missing units, chooses practices, and keeps edits', async () => {
    const { ctx } = await setup();
    const s = statsSummary(ctx, { period: '2023-06-H2' });
    const built = await buildDocument(ctx, 'bulletin', '2023-06-H2');
    const text = docText(built.docx);
    expect(text).toContain(`累计发现问题${s.totals.D1.cumulative}个，已整改${s.totals.D2.cumulative}个，整改率${s.totals.D3.ratios!.cumulative.text}`);
    expect(text).toContain(`本期应报单位${s.reporting.period.due}家`);
    expect(text).toContain('泗洪县人民医院未报送2023年6月下半月进展情况');
    expect(text).toContain('沭阳仁和医院逾期2天报送');
    expect(text).toContain('宿城区人民医院建立院科两级督查机制');
    expect(text).not.toMatch(/NaN|undefined|\{\w+\}/);
    expect(built.doc.blocks.filter((b) => b.kind === 'image')).toHaveLength(4);

    saveEdits(ctx, 'bulletin', '2023-06-H2', { 'overall.reporting': '报送情况由领导审定后的文字。' });
    saveReview(ctx, 'bulletin', '2023-06-H2', [{ name: '沭阳仁和医院', list: 'criticise', reason: '已批准延期' }]);
    const again = docText((await buildDocument(ctx, 'bulletin', '2023-06-H2')).docx);
    expect(again).toContain('报送情况由领导审定后的文字。');
    expect(again).not.toContain('沭阳仁和医院逾期2天报送');
    expect(docText((await buildDocument(ctx, 'bulletin', '2023-06-H2', { regenerate: true })).docx)).not.toContain('领导审定');
  });

  it('issuing numbers the bulletin, archives it with its review record, and locks the period', async () => {
    const { ctx, c } = await setup();
    const built = await buildDocument(ctx, 'bulletin', '2023-06-H2');
    const r = issueDocument(ctx, built);
    expect(r.issueNo).toBe(1);
    expect(lockOf(ctx.db, c.id, '2023-06-H2')?.reason).toMatch(/第1期/);
    const next = await buildDocument(ctx, 'bulletin', '2023-06-H2');
    expect(next.issueNo).toBe(2);
    const archived = listDocuments(ctx.db, c.id);
    expect(archived[0]).toMatchObject({ kind: 'bulletin', issue_no: 1, period_code: '2023-06-H2', file_sha256: r.sha256 });
  });

  it('the summary report has the four required parts plus problems and next steps', async () => {
    const { ctx } = await setup();
    const text = docText((await buildDocument(ctx, 'summary', '2023-06-H2')).docx);
    for (const part of ['主要工作措施', '取得的成效', '典型经验做法', '建立的制度化成果', '存在的问题和不足', '下一步工作打算']) expect(text).toContain(part);
  });
});

describe.skipIf(!hasFont)('rendered bulletin (LibreOffice)', () => {
  it('converts to PDF with extractable text whose numbers match the statistics engine', async () => {
    const { findSoffice } = await import('../../../electron/documents/pdf');
    const { execFileSync } = await import('node:child_process');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    if (!findSoffice()) { console.warn('⚠️  跳过通报 PDF 渲染测试：未安装 LibreOffice（Debian 包 libreoffice-writer-nogui）'); return; }
    const { toPdf } = await import('../../../electron/documents/document-service');
    const { ctx } = await setup();
    const built = await buildDocument(ctx, 'bulletin', '2023-06-H2');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-bulletin-pdf-'));
    const pdf = path.join(dir, 'bulletin.pdf');
    expect(await toPdf(built, pdf)).toBe('libreoffice');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const s = statsSummary(ctx, { period: '2023-06-H2' });
    expect(text).toContain(`累计发现问题${s.totals.D1.cumulative}个，已整改${s.totals.D2.cumulative}个`);
    expect(text).toContain('第1期');
    fs.mkdirSync('test-output/documents', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, 'test-output/documents/bulletin-page']);
  });
});
