/**
 * Composes the 进展情况通报 from BulletinData and the sentence templates. Every editable
 * paragraph carries a stable id (`overall.reporting`, `practice.1` …) so a clerk's edits can be
 * kept across regeneration (see applyOverrides).
 */
import { fenToWanYuan, formatRate } from '../domain/indicators';
import { chineseDate, addDays } from '../domain/period';
import { heading, image, paragraph, table, type Block, type GongwenDoc } from './document-model';
import type { BulletinData, Figures } from './bulletin-data';
import { choosePractices, type ChosenPractice, type PracticeCandidate } from './practices';
import { fill, trendPhrase, type Sentences } from './sentences';

const n = (f: Figures, k: string) => f[k] ?? null;
const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const wan = (f: Figures, k: string) => (f[k] === null || f[k] === undefined ? null : fenToWanYuan(f[k]!));

export function figureVars(d: Omit<BulletinData, 'practices' | 'problems'>): Record<string, string | number | null> {
  const c = d.cumulative, cur = d.current;
  const t = d.campaign.thresholds;
  const c5 = formatRate(n(c, 'C4'), n(c, 'A2'));
  const c5v = n(c, 'C4') === null || !n(c, 'A2') ? '暂无检查记录'
    : (n(c, 'C4')! / n(c, 'A2')!) * 100 >= t.socialInspectionCoverage ? `达到不低于${t.socialInspectionCoverage}%的要求` : `尚未达到不低于${t.socialInspectionCoverage}%的要求`;
  return {
    planTitle: d.campaign.planTitle, name: d.campaign.name, cutoff: chineseDate(d.period.end), authority: d.campaign.authority,
    due: d.reporting.due, onTime: d.reporting.onTime, late: d.reporting.late, missing: d.reporting.missing,
    reportRate: pct(d.reporting.reportRate), timeliness: pct(d.reporting.timeliness),
    selfDone: n(c, 'B1'), selfRate: formatRate(n(c, 'B1'), n(c, 'A3')), selfTarget: t.selfInspectionCoverage,
    b3Cum: n(c, 'B3'), d7Cum: n(c, 'D7'), c1Cum: n(c, 'C1'), c2Cum: n(c, 'C2'), c4: n(c, 'C4'), a2: n(c, 'A2'), c5, c5Verdict: c5v,
    d1Cum: n(c, 'D1'), d2: n(c, 'D2'), d3: formatRate(n(c, 'D2'), n(c, 'D1')), d4: n(c, 'D4'), d5: n(c, 'D5'),
    d1Cur: n(cur, 'D1'), d1Trend: trendPhrase(n(cur, 'D1'), n(d.previous, 'D1'), '个'),
    e1Cum: n(c, 'E1'), e6Cum: wan(c, 'E6'), e4Cum: wan(c, 'E4'), e5Cum: wan(c, 'E5'), e13Cum: n(c, 'E13'), e14Cum: n(c, 'E14'),
    f1Cum: n(c, 'F1'), f2Cum: n(c, 'F2'), f5Cum: n(c, 'F5'),
    g1Cum: n(c, 'G1'), g2Cum: n(c, 'G2'), g3Cum: n(c, 'G3'), g4Cum: n(c, 'G4'), g5: formatRate(n(c, 'G3'), n(c, 'G1')), g6: formatRate(n(c, 'G4'), n(c, 'G3')),
    dueOffset: d.campaign.dueOffsetDays,
  };
}

/** Without an inspection log there is no coverage to quote: keep the counts and say why. */
export function inspectionSentence(s: Sentences, v: Record<string, string | number | null>, hasLog: boolean): string {
  const text = fill(s.inspection, v);
  return hasLog ? text : `${text.split('；')[0]}。检查记录尚未导入，社会办医疗机构检查覆盖率暂无法统计。`;
}

function practicesOf(d: BulletinData): ChosenPractice[] {
  const p = d.practices;
  if (!p.length) return [];
  return 'score' in p[0] ? choosePractices(p as PracticeCandidate[]) : (p as ChosenPractice[]);
}

function criticiseItems(d: BulletinData): string {
  const byReason = new Map<string, string[]>();
  for (const c of d.criticise) (byReason.get(c.reason) ?? byReason.set(c.reason, []).get(c.reason)!).push(c.name);
  return [...byReason.entries()].map(([reason, names]) => `${names.join('、')}${reason}`).join('；');
}

export function composeBulletin(d: BulletinData, s: Sentences): GongwenDoc {
  const v = figureVars(d);
  const blocks: Block[] = [paragraph(fill(s.opening, v), 'opening')];
  blocks.push(heading(1, '总体进展情况'));
  const overall: [string, string, string][] = [
    ['报送情况', 'overall.reporting', s.reporting], ['自查自纠', 'overall.self', s.selfInspection], ['监督检查', 'overall.inspection', s.inspection],
    ['问题整改', 'overall.rectification', s.rectification], ['案件查处', 'overall.enforcement', s.enforcement], ['举报线索办理', 'overall.leads', s.leads],
  ];
  for (const [title, id, tpl] of overall) {
    const text = id === 'overall.inspection' ? inspectionSentence(s, v, d.cumulative.C4 != null) : fill(tpl, v);
    blocks.push(heading(2, title, { runIn: text, id }));
  }
  if (d.byFocus.length) {
    blocks.push(heading(1, '分整治重点推进情况'));
    d.byFocus.forEach((f) => {
      const fv = { focus: f.name, b3: n(f.current, 'B3'), c2: n(f.current, 'C2'), e1: n(f.current, 'E1'), d1Cum: n(f.cumulative, 'D1'), d2: n(f.cumulative, 'D2'), d3: formatRate(n(f.cumulative, 'D2'), n(f.cumulative, 'D1')) };
      blocks.push(paragraph(fill(s.focusArea, fv), `focus.${f.code}`));
    });
  }
  if (d.departments?.length) {
    blocks.push(heading(1, '部门协同情况'));
    d.departments.forEach((dep, i) => blocks.push(paragraph(`${dep.name}：${dep.state}。${dep.figures || '本期未填报数据'}。`, `dept.${i + 1}`)));
  }
  blocks.push(heading(1, '各地工作开展情况'));
  for (const dist of d.byDistrict) {
    blocks.push(paragraph(fill(s.districtLine, { district: dist.name, reportRate: pct(dist.reportRate), selfRate: pct(dist.selfRate), d3: pct(dist.rectRate), d5: dist.overdue }), `district.${dist.code}`));
  }
  const practices = practicesOf(d);
  if (practices.length) {
    blocks.push(heading(2, '典型做法'));
    practices.forEach((p, i) => blocks.push(paragraph(fill(s.practice, { unit: p.unit, text: p.text }), `practice.${i + 1}`)));
  }
  if (d.praise.length) blocks.push(heading(2, '通报表扬', { runIn: fill(s.praise, { names: d.praise.map((p) => p.name).join('、') }), id: 'praise' }));
  if (d.typicalCases.length) {
    blocks.push(heading(2, '典型案例'));
    d.typicalCases.forEach((t, i) => blocks.push(paragraph(`${i + 1}. ${t.unit}：${t.text.replace(/[。；;，,]?$/, '。')}`, `case.${i + 1}`)));
  }
  d.charts.slice(0, 4).forEach((ch) => blocks.push(image(ch.png, ch.widthMm, ch.heightMm, ch.caption)));
  blocks.push(heading(1, '存在的主要问题'));
  if (d.criticise.length) {
    blocks.push(paragraph(fill(s.criticise, { items: criticiseItems(d), replyBy: chineseDate(addDays(d.date, 7)), authority: d.campaign.authority }), 'criticise'));
  }
  (d.problems.length ? d.problems : ['部分单位工作进展不平衡，自查自纠深度不够。']).forEach((p, i) => blocks.push(paragraph(p, `problem.${i + 1}`)));
  blocks.push(heading(1, '下一步工作要求'));
  fill(s.nextSteps, v).split('\n').filter(Boolean).forEach((line, i) => {
    const [head, ...rest] = line.split('。');
    blocks.push(heading(2, head, { runIn: rest.join('。'), id: `next.${i + 1}` }));
  });
  const attachments = d.tables.map((t) => ({ title: t.caption, blocks: [table({ header: t.header, rows: t.rows, totalsRow: t.totalsRow, unit: t.unit, columnWidths: t.columnWidths })] as Block[] }));
  return {
    kind: 'bulletin',
    header: d.issueNo
      ? { authority: d.campaign.authority, series: { name: `${d.campaign.shortName}工作通报`, issueNo: d.issueNo, date: d.date }, red: true }
      : { authority: `${d.campaign.authority}文件`, docNumber: d.docNumber ?? undefined, red: true },
    title: `关于全市${d.campaign.name}\n进展情况的通报（${d.period.label}）`,
    recipients: d.campaign.recipients,
    blocks,
    attachments,
    signature: { issuer: d.campaign.authority, date: d.date },
    colophon: { copyTo: d.campaign.copyTo || undefined, printer: `${d.campaign.authority}办公室`, printDate: d.date },
  };
}

/** Replaces the text of blocks whose id the user edited (draft overrides survive regeneration). */
export function applyOverrides(doc: GongwenDoc, overrides: Record<string, string>): GongwenDoc {
  const blocks = doc.blocks.map((b) => {
    if (b.kind === 'paragraph' && b.id && overrides[b.id] !== undefined) return { ...b, text: overrides[b.id] };
    if (b.kind === 'heading' && b.id && b.runIn !== undefined && overrides[b.id] !== undefined) return { ...b, runIn: overrides[b.id] };
    return b;
  });
  return { ...doc, blocks };
}

/** Editable blocks (id → current text) for the app's editor. */
export function editableBlocks(doc: GongwenDoc): { id: string; label: string; text: string }[] {
  const out: { id: string; label: string; text: string }[] = [];
  let section = '';
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && b.level === 1) section = b.text;
    if (b.kind === 'paragraph' && b.id) out.push({ id: b.id, label: section, text: b.text });
    if (b.kind === 'heading' && b.id && b.runIn !== undefined) out.push({ id: b.id, label: `${section} · ${b.text}`, text: b.runIn });
  }
  return out;
}
