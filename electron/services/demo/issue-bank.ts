/**
 * What demo issues say: per kind of focus area (matched by keywords in the campaign's focus-area
 * names, so any preset or custom campaign works) a set of issue types with description variants,
 * departments and the corrective measure that answers each variant. Descriptions state facts, as a ledger should.
 */
import type { Rng } from './prng';

export type BankKey = 'tout' | 'charges' | 'inducement' | 'ethics' | 'exam' | 'tech' | 'illegal' | 'kickback' | 'fraud' | 'accident' | 'generic';

export interface IssueType {
  category: string;
  /** Variants; {dept} department, {item} a concrete item, {n} a count. */
  desc: string[];
  items?: string[];
  measures: string[];
  /** Amount involved in 元 (乱收费, 红包, 骗保), as [min, max, rounding step]. */
  money?: [number, number, number];
  /** Fits a clinic or outpatient department (no wards, no departments). */
  small: boolean;
}

const KEYWORDS: [BankKey, string[]][] = [
  ['tout', ['医托', '号贩']],
  ['charges', ['收费', '价格']],
  ['inducement', ['诱导', '消费']],
  ['kickback', ['红包', '回扣']],
  ['fraud', ['骗保', '医保']],
  ['exam', ['检查']],
  ['tech', ['技术']],
  ['illegal', ['非法行医', '无证']],
  ['accident', ['事故', '责任追究']],
  ['ethics', ['医德', '医风', '作风', '九不准', '行风', '廉洁']],
];

export function bankFor(focusName: string): BankKey {
  return KEYWORDS.find(([, words]) => words.some((w) => focusName.includes(w)))?.[0] ?? 'generic';
}

const BANK: Record<BankKey, IssueType[]> = {
  tout: [
    { category: '医托/号贩子', small: false, desc: ['门诊大厅发现疑似医托人员拉拢患者到院外诊所就诊', '挂号窗口附近有人员倒卖专家号，保安巡查未及时制止'], measures: ['加强门诊大厅巡查，安装高清监控，联系辖区派出所联合清理', '增设预约挂号渠道，专家号实名制预约，张贴防医托提示'] },
    { category: '医托/号贩子', small: true, desc: ['有外部人员在{item}附近以“熟人介绍”名义招揽患者来本机构就诊', '与社会人员约定按介绍患者人数支付“介绍费”'], items: ['汽车站', '菜市场', '县医院门口', '药店'], measures: ['立即终止合作并退回相关费用，全员签订不参与医托承诺书', '张贴举报电话，对相关人员进行约谈'] },
    { category: '虚假宣传', small: true, desc: ['网络平台存在以本单位名义发布的虚假“专家坐诊”信息', '微信群发布“特效疗法”“包治”等宣传内容'], measures: ['联系平台删除虚假信息，规范对外宣传审核流程', '删除违规宣传内容，宣传资料统一由办公室审核'] },
  ],
  charges: [
    { category: '不准违规收费', small: false, desc: ['{dept}重复收取“{item}”费用，涉及{n}人次', '{dept}将“{item}”拆分为多个项目计费'], items: ['静脉输液', '一次性耗材', '心电监护', '护理费', '彩超检查', '针灸治疗'], measures: ['停止违规收费，逐笔核对并退还多收费用，完善收费复核流程', '修订收费项目对照表，由物价员每周抽查住院费用清单'], money: [300, 12000, 10] },
    { category: '不准违规收费', small: true, desc: ['医疗服务价格公示不完整，{n}个项目未公示价格', '超标准收取“{item}”费用'], items: ['换药费', '诊查费', '推拿治疗', '雾化治疗', '洁牙'], measures: ['补充完善价格公示，设置价目表和电子屏', '按规定标准重新核定收费，退还多收费用'], money: [50, 2000, 10] },
    { category: '不准违规收费', small: true, desc: ['个别药品未执行零差率，加价销售', '收费票据与实际收费项目不一致'], measures: ['立即调整药品价格，开展收费自查', '规范票据管理，收费明细据实打印'], money: [100, 3000, 5] },
  ],
  inducement: [
    { category: '诱导消费', small: true, desc: ['医务人员向患者推荐自费保健品、营养品', '以免费体检为名招揽群众后推荐自费治疗项目'], measures: ['停止推销行为，对涉事人员批评教育并扣减绩效', '取消免费体检活动，规范健康宣教内容'] },
    { category: '诱导消费', small: true, desc: ['医疗美容项目以“分期付款”“限时优惠”诱导顾客办理消费贷款', '向患者推销预充值会员卡，承诺“充值送治疗”'], measures: ['停止分期贷款合作，对已办理的顾客逐一回访', '停止预充值销售，制定退费方案'], money: [2000, 50000, 100] },
    { category: '过度诊疗', small: false, desc: ['{dept}对轻症患者使用高价耗材，未充分告知自费内容', '{dept}存在“大处方”，单张处方金额明显偏高'], measures: ['开展处方点评，对超常处方责任医师约谈', '落实知情同意，自费项目须患者签字确认'] },
  ],
  ethics: [
    { category: '医德医风', small: true, desc: ['{dept}个别医务人员服务态度生硬，被患者投诉', '工作时间个别人员脱岗、玩手机'], measures: ['对当事人批评教育，纳入医德考评', '加强劳动纪律督查，实行科室负责人每日巡查'] },
    { category: '九不准', small: false, desc: ['{dept}绩效分配与科室检查收入挂钩', '{dept}个别医师接受医药代表宴请'], measures: ['修订绩效分配方案，取消与检查收入挂钩的指标', '对涉事医师约谈，全院开展警示教育'] },
    { category: '医德医风', small: false, desc: ['首诊负责制落实不到位，{dept}有患者反映被推诿', '医德考评档案不完整，{n}人未建立考评记录'], measures: ['重申首诊负责制，纳入科室月度考核', '补建医德考评档案，按季度考评'] },
  ],
  exam: [
    { category: '规范医疗检查', small: false, desc: ['{dept}门诊患者常规开具“{item}”，临床指征不充分', '院内已有检查结果仍重复开具“{item}”'], items: ['胸部CT', '肿瘤标志物全套', '甲状腺彩超', '心脏彩超', '血脂全套'], measures: ['开展检查合理性专项点评，对不合理检查责任医师通报', '落实检查结果互认，信息系统设置重复检查提示'] },
  ],
  tech: [
    { category: '临床技术运用', small: false, desc: ['开展“{item}”未按规定备案', '手术分级管理落实不到位，{dept}越级手术{n}例'], items: ['人工关节置换术', '血液透析', '内镜下治疗', '医疗美容注射'], measures: ['暂停相关技术，补办备案手续后再开展', '修订手术分级目录，落实医师授权管理'] },
  ],
  illegal: [
    { category: '非法行医', small: true, desc: ['聘用未取得执业资格人员从事诊疗活动', '超出执业许可证核准科目开展“{item}”'], items: ['医疗美容', '口腔种植', '针刀治疗', '输液治疗'], measures: ['立即停止违规执业，辞退无资质人员', '停止超范围诊疗，申请变更诊疗科目'] },
    { category: '执业管理', small: true, desc: ['执业医师未按规定变更执业注册地点', '{n}名护士执业证书超过有效期未延续'], measures: ['督促办理执业注册变更', '办理延续注册，期间调离护理岗位'] },
  ],
  kickback: [
    { category: '收受红包', small: false, desc: ['{dept}个别医师收受患者“红包”，已退还', '{dept}发现医药代表违规进入诊疗区域推销'], measures: ['退还红包，对当事人诫勉谈话并取消年度评优', '设置医药代表接待室，实行预约登记'], money: [500, 5000, 100] },
    { category: '收受回扣', small: false, desc: ['耗材采购未经集体决策，个别品种由科室自行联系', '药品遴选记录不完整，无法说明入选理由'], measures: ['规范采购流程，所有品种经药事会集体决策', '补充完善遴选记录，建立采购台账'] },
  ],
  fraud: [
    { category: '欺诈骗保', small: true, desc: ['串换医保收费项目，涉及{n}人次', '{dept}存在挂床住院现象', '超医保限定支付范围用药'], measures: ['退回违规医保基金，开展医保政策培训', '落实住院患者在床巡查，清理挂床病例'], money: [500, 30000, 10] },
  ],
  accident: [
    { category: '医疗事故责任追究', small: false, desc: ['医疗纠纷处理台账不完整，{n}起纠纷未登记处理结果', '不良事件上报不及时'], measures: ['补全纠纷台账，明确专人管理', '修订不良事件上报制度，实行月度通报'] },
  ],
  generic: [
    { category: '制度落实', small: true, desc: ['相关制度未及时修订，部分内容与现行规定不符', '自查工作台账记录不完整'], measures: ['组织修订制度并全员培训', '补充完善台账，明确专人负责'] },
  ],
};

const DEPTS_LARGE = ['心内科', '骨科', '普外科', '妇产科', '儿科', '检验科', '影像科', '药剂科', '门诊部', '收费处', '康复科', '眼科', '口腔科', '中医科', '急诊科', '神经内科', '消化内科'];
const DEPTS_SMALL = ['门诊', '诊室', '收费处', '药房'];

export interface IssueText {
  category: string;
  description: string;
  measures: string;
  persons: string | null;
  amountYuan: number | null;
}

/** A concrete issue for a focus area, fitting a large or a small unit. */
export function drawIssue(rng: Rng, bank: BankKey, small: boolean, surname: () => string): IssueText {
  const candidates = BANK[bank].filter((t) => !small || t.small);
  const type = rng.pick(candidates.length ? candidates : BANK.generic);
  const dept = rng.pick(small ? DEPTS_SMALL : DEPTS_LARGE);
  const fill = (s: string) => s
    .replace('{dept}', small ? '' : dept)
    .replace('{item}', type.items ? rng.pick(type.items) : '')
    .replace('{n}', String(rng.int(2, small ? 6 : 30)));
  let amountYuan: number | null = null;
  if (type.money && rng.chance(0.8)) {
    const [lo, hi, step] = type.money;
    amountYuan = Math.round(rng.int(lo, hi) / step) * step;
  }
  const person = rng.chance(0.5) ? `${surname()}某` : null;
  // Descriptions and measures are written in pairs: the k-th measure answers the k-th problem.
  const k = rng.int(0, type.desc.length - 1);
  return {
    category: type.category,
    description: fill(type.desc[k]),
    measures: type.measures[k % type.measures.length],
    persons: small ? person : `${dept}${person ? `/${person}` : ''}`,
    amountYuan,
  };
}
