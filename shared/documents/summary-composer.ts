/**
 * Composes the 书面总结报告 (domain.md §2): the four parts the provincial plan requires — 工作措施,
 * 取得成效, 典型经验, 建立的制度化政策 — plus 基本情况, 存在问题 and 下一步打算; attachments are the
 * campaign-to-date statistics table, the typical cases and, when asked (宿迁 preset), the 问题清单.
 * Text parts are chosen from submitted 工作情况 texts, trimmed and attributed, and editable.
 */
import { fenToWanYuan, formatRate } from '../domain/indicators';
import { chineseDate } from '../domain/period';
import { heading, image, paragraph, table, type Block, type GongwenDoc } from './document-model';
import type { BulletinData, DocTable } from './bulletin-data';
import { choosePractices, type PracticeCandidate } from './practices';
import { figureVars, inspectionSentence } from './bulletin-composer';
import { fill, type Sentences } from './sentences';

export interface SummaryData extends Omit<BulletinData, 'practices' | 'problems'> {
  roster: { total: number; public: number; social: number; hospitals2plus: number };
  /** 工作情况 texts by part, one candidate per unit (the latest non-empty text of each unit). */
  texts: { measures: PracticeCandidate[]; experience: PracticeCandidate[]; policies: PracticeCandidate[]; problems: PracticeCandidate[]; nextSteps: PracticeCandidate[] };
  /** 问题清单 attachment (宿迁 preset); null when the campaign does not ask for one. */
  issueList: DocTable | null;
}

export function composeSummary(d: SummaryData, s: Sentences): GongwenDoc {
  const v = figureVars(d);
  const c = d.cumulative;
  const blocks: Block[] = [
    paragraph(`按照${d.campaign.superior}部署和《${d.campaign.planTitle}》要求，我委于${chineseDate(d.campaign.startDate)}至${chineseDate(d.campaign.endDate)}在全市组织开展了${d.campaign.name}。现将工作情况报告如下：`, 'opening'),
    heading(1, '基本情况'),
    paragraph(`全市纳入专项范围的医疗机构${d.roster.total}家，其中公立医疗机构${d.roster.public}家、社会办医疗机构${d.roster.social}家，二级及以上医院${d.roster.hospitals2plus}家。专项期间共组织${d.reporting.due ? '半月报送' : '报送'}，截至${chineseDate(d.period.end)}，各单位报送率${v.reportRate}。`, 'basic'),
    heading(1, '主要工作措施'),
  ];
  blocks.push(heading(2, '开展自查自纠', { runIn: fill(s.selfInspection, v), id: 'measures.self' }));
  blocks.push(heading(2, '强化监督检查', { runIn: inspectionSentence(s, v, c.C4 != null), id: 'measures.inspection' }));
  blocks.push(heading(2, '畅通举报渠道', { runIn: fill(s.leads, v), id: 'measures.leads' }));
  const measures = choosePractices(d.texts.measures, 4);
  if (measures.length) {
    blocks.push(heading(2, '各地各单位主要做法'));
    measures.forEach((m, i) => blocks.push(paragraph(`${m.unit}${m.text}`, `measures.${i + 1}`)));
  }
  if (d.departments?.length) {
    blocks.push(heading(2, '部门协同联动'));
    d.departments.forEach((dep, i) => blocks.push(paragraph(`${dep.name}：${dep.figures || '未报送数据'}。`, `measures.dept.${i + 1}`)));
  }
  blocks.push(heading(1, '取得的成效'));
  blocks.push(paragraph(fill(s.rectification, v).replace(/本期新增问题.*$/, ''), 'results.rectification'));
  blocks.push(paragraph(fill(s.enforcement, v), 'results.enforcement'));
  blocks.push(paragraph(`专项期间累计罚没款${c.E6 == null ? '—' : fenToWanYuan(c.E6)}万元，整改率${formatRate(c.D2 ?? null, c.D1 ?? null)}，自查覆盖率${v.selfRate}，社会办医疗机构检查覆盖率${v.c5 === '—' ? '暂无法统计（检查记录尚未导入）' : v.c5}。`, 'results.headline'));
  d.charts.forEach((ch) => blocks.push(image(ch.png, ch.widthMm, ch.heightMm, ch.caption)));
  blocks.push(heading(1, '典型经验做法'));
  const exp = choosePractices(d.texts.experience, 4);
  (exp.length ? exp : [{ unit: '', text: '（各单位未报送典型经验，请补充。）' }]).forEach((p, i) => blocks.push(paragraph(`${p.unit}${p.text}`, `experience.${i + 1}`)));
  blocks.push(heading(1, '建立的制度化成果'));
  // "本期未新建制度" and the like are not outcomes.
  const pol = choosePractices(d.texts.policies.filter((p) => !/^(本期)?(未|没有|暂无|无)/.test(p.text.trim())), 6);
  blocks.push(paragraph(`专项期间各地各单位建立（修订）制度${c.H1 ?? '—'}项。`, 'policies.count'));
  pol.forEach((p, i) => blocks.push(paragraph(`${p.unit}：${p.text}`, `policies.${i + 1}`)));
  blocks.push(heading(1, '存在的问题和不足'));
  const probs = choosePractices(d.texts.problems, 3);
  (probs.length ? probs.map((p) => `${p.unit}反映：${p.text}`) : ['部分单位工作进展不平衡，自查自纠深度不够，长效机制仍需完善。']).forEach((t, i) => blocks.push(paragraph(t, `problems.${i + 1}`)));
  if (d.criticise.length) blocks.push(paragraph(`截至${chineseDate(d.period.end)}，${d.criticise.map((x) => `${x.name}${x.reason}`).join('；')}。`, 'problems.named'));
  blocks.push(heading(1, '下一步工作打算'));
  const next = choosePractices(d.texts.nextSteps, 3);
  (next.length ? next.map((p) => p.text) : ['继续巩固整治成果，不断完善长效机制。']).forEach((t, i) => blocks.push(paragraph(t, `next.${i + 1}`)));
  const attachments = [
    ...d.tables.map((t) => ({ title: t.caption, blocks: [table({ header: t.header, rows: t.rows, totalsRow: t.totalsRow, unit: t.unit, columnWidths: t.columnWidths })] as Block[] })),
    ...(d.typicalCases.length ? [{ title: '典型案例', blocks: d.typicalCases.map((t, i) => paragraph(`${i + 1}. ${t.unit}：${t.text}`, `case.${i + 1}`)) as Block[] }] : []),
    ...(d.issueList ? [{ title: d.issueList.caption, blocks: [table({ header: d.issueList.header, rows: d.issueList.rows, unit: d.issueList.unit, textSizePt: 12 })] as Block[] }] : []),
  ];
  return {
    kind: 'report',
    header: { authority: `${d.campaign.authority}文件`, docNumber: d.docNumber ?? undefined, red: true },
    title: `${d.campaign.authority}\n关于${d.campaign.name}工作情况的报告`,
    recipients: d.campaign.superior,
    blocks,
    attachments,
    signature: { issuer: d.campaign.authority, date: d.date },
    colophon: { printer: `${d.campaign.authority}办公室`, printDate: d.date },
  };
}
