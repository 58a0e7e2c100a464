/**
 * Sentence templates of the bulletin and the final report (domain.md §1.3 patterns, our own
 * wording). Placeholders are `{name}`; a user may edit any template in 设置 (stored as
 * `sentence.<key>` settings). `fill` never leaves a raw `{x}`: an unknown value prints "—".
 */

export const DEFAULT_SENTENCES = {
  opening: '根据《{planTitle}》要求，各地各单位按照统一部署扎实推进{name}。现将截至{cutoff}全市工作进展情况通报如下：',
  reporting: '本期应报单位{due}家，按时报送{onTime}家，逾期报送{late}家，未报送{missing}家，报送率{reportRate}，及时率{timeliness}。',
  selfInspection: '全市{selfDone}家医疗机构完成自查自纠，自查覆盖率{selfRate}（目标{selfTarget}%）；累计自查发现问题{b3Cum}个，其中立行立改{d7Cum}个。',
  inspection: '累计出动检查（督查）人员{c1Cum}人次，开展检查{c2Cum}家次；检查社会办医疗机构{c4}家，占社会办医疗机构总数（{a2}家）的{c5}，{c5Verdict}。',
  rectification: '累计发现问题{d1Cum}个，已整改{d2}个，整改率{d3}，整改中{d4}个，逾期未整改{d5}个。本期新增问题{d1Cur}个{d1Trend}。',
  enforcement: '累计立案查处{e1Cum}起，罚没款{e6Cum}万元（其中罚款{e4Cum}万元、没收违法所得{e5Cum}万元）；移送公安机关{e13Cum}件，移送纪检监察机关{e14Cum}件；约谈{f1Cum}人次，通报批评{f2Cum}人次，曝光典型案例{f5Cum}起。',
  leads: '通过热线、信访等渠道累计受理举报线索{g1Cum}件，已核查{g2Cum}件，办结{g3Cum}件，办结率{g5}，查实（含部分属实）{g4Cum}件，查实率{g6}。',
  focusArea: '{focus}方面：本期自查发现问题{b3}个、开展检查{c2}家次、立案{e1}起；累计发现问题{d1Cum}个，已整改{d2}个，整改率{d3}。',
  districtLine: '{district}：报送率{reportRate}，自查覆盖率{selfRate}，整改率{d3}，逾期未整改问题{d5}个。',
  praise: '{names}等单位行动迅速、措施有力、成效明显，予以通报表扬，其经验做法请各地学习借鉴。',
  criticise: '{items}。现予以通报批评，请上述单位于{replyBy}前向{authority}书面说明原因并报送整改措施。',
  practice: '{unit}{text}',
  nextSteps: [
    '压实主体责任。各地各单位要对照整治重点逐项梳理，主要负责同志亲自抓，确保专项行动不走过场。',
    '对照台账逐项销号。对已发现的问题建立清单、明确时限、限期整改，逾期未整改的问题要专题研究、挂牌督办。',
    '加大查处和曝光力度。对查实的违法违规行为依法依规严肃处理，及时曝光一批典型案例，形成震慑。',
    '按时报送进展情况。请各地各单位于每半月结束后{dueOffset}日内报送进展情况和统计表，确保数据真实准确。',
  ].join('\n'),
} as const;

export type SentenceKey = keyof typeof DEFAULT_SENTENCES;
export type Sentences = Record<SentenceKey, string>;

export const SENTENCE_LABELS: Record<SentenceKey, string> = {
  opening: '导语', reporting: '报送情况', selfInspection: '自查自纠', inspection: '监督检查', rectification: '问题整改',
  enforcement: '案件查处', leads: '举报线索', focusArea: '分整治重点（每个重点一句）', districtLine: '分区县（每个区县一句）',
  praise: '通报表扬', criticise: '通报批评', practice: '典型做法（单位+做法）', nextSteps: '下一步工作要求（每行一条）',
};

/** Merges user-edited templates (settings `sentence.<key>`) over the defaults. */
export function sentencesFrom(settings: Record<string, string>): Sentences {
  const out = { ...DEFAULT_SENTENCES } as Sentences;
  for (const k of Object.keys(DEFAULT_SENTENCES) as SentenceKey[]) {
    const v = settings[`sentence.${k}`];
    if (v && v.trim()) out[k] = v;
  }
  return out;
}

export type Vars = Record<string, string | number | null | undefined>;

/** Fills `{name}` placeholders; null/undefined/unknown print "—" so no sentence ever breaks. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => {
    const v = vars[k];
    return v === null || v === undefined || v === '' ? '—' : String(v);
  });
}

/** 环比 phrase that never breaks on 0, negatives or 0/0: "，较上期增加3个" / "，与上期持平" / "". */
export function trendPhrase(current: number | null, previous: number | null, unit: string): string {
  if (current === null || previous === null) return '';
  const d = current - previous;
  if (d === 0) return '，与上期持平';
  const pct = previous > 0 ? `（${d > 0 ? '+' : '−'}${Math.abs((d / previous) * 100).toFixed(1)}%）` : '';
  return `，较上期${d > 0 ? '增加' : '减少'}${Math.abs(d)}${unit}${pct}`;
}
