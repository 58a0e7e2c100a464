/**
 * 工作情况 texts for demo returns. Diligent, larger institutions write several numbered measures
 * with their own figures, an experience worth quoting and named policies; sloppy ones write one
 * line and "无". Sentences are drawn per institution and period, so no two returns read the same
 * and the bulletin's "typical practices" have something real to choose from.
 */
import type { WorkText } from '../../../shared/domain/ledger';
import type { PeriodFigures } from './figures';
import type { Rng } from './prng';
import type { DemoInstitution } from './roster-gen';
import { personName } from './roster-gen';
import { DEMO_DISTRICTS } from './vocab';

const ORDINALS = ['一是', '二是', '三是', '四是', '五是'];

const MEASURES_LARGE = [
  '召开专项整治工作推进会，成立由主要负责人任组长的工作专班，明确各职能科室职责分工',
  '对照{focusList}等整治重点逐项开展自查，本期自查发现问题{selfFound}个，其中立行立改{instantFixed}个，其余纳入问题台账限期整改',
  '组织开展警示教育和政策培训{sessions}场次，覆盖职工{attendance}人次',
  '抽调{staff}人次组成督查组，深入临床科室、收费窗口和药房开展明察暗访',
  '在门诊大厅、住院部设置举报箱，公开举报电话，畅通群众监督渠道',
  '对医疗服务价格公示和住院费用清单开展全面核查，逐项比对收费标准',
  '开展处方点评和检查合理性点评，点评结果在院周会上通报',
  '与全体医务人员签订廉洁从业承诺书，医德考评结果与绩效分配挂钩',
  '围绕“{focusOne}”开展患者满意度回访，收集意见建议并逐条反馈',
  '联合辖区派出所开展院区周边环境整治，清理疑似医托和号贩子',
  '利用宣传栏、电子屏和微信公众号宣传专项整治政策和举报方式',
  '建立问题整改销号制度，每周召开整改调度会，逐项跟踪整改进度',
];

const MEASURES_SMALL = [
  '组织全体人员学习专项整治方案和《医疗机构管理条例》',
  '对照整治重点开展自查，重点检查价格公示、处方书写和人员执业资质',
  '规范价格公示，在候诊区张贴收费项目和收费标准',
  '清理宣传资料，删除夸大疗效的宣传用语',
  '核查从业人员执业资格，确保持证上岗',
  '建立自查台账，发现问题当场整改',
];

const EXPERIENCE = [
  '推行住院费用“一日一清单”，护士站每天与患者当面核对费用，收费类投诉明显减少。',
  '建立院科两级督查机制，院级督查每周一次、科室自查每日一次，问题整改实行“交办—反馈—销号”闭环管理。',
  '将医德医风考评结果与职称晋升、评先评优挂钩，实行一票否决，形成有效约束。',
  '在信息系统中设置重复检查提示，对7日内重复开具的同类检查自动提醒，重复检查明显减少。',
  '设立医药代表接待日，实行预约登记、定点接待、全程录像，医药代表不得进入诊疗区域。',
  '邀请社会监督员和患者代表参与明察暗访，发现问题当场反馈、限期整改。',
  '结合清廉医院建设开展廉政家访，发动家属助廉，筑牢廉洁防线。',
  '对收费、药品、耗材采购等关键岗位实行定期轮岗，降低廉政风险。',
  '每月公布各科室次均费用和检查阳性率，排名靠后的科室负责人作表态发言。',
];

const PROBLEMS = [
  '个别科室对专项整治认识不足，自查不够深入，存在应付心理。',
  '部分整改事项涉及信息系统改造和设备采购，整改周期较长。',
  '医务人员业务繁忙，集中培训时间难以保证，培训覆盖面有待提高。',
  '部分问题整改后长效机制尚未完全建立，存在反弹风险。',
  '收费项目繁多，物价管理人员不足，收费核查主要靠人工，效率不高。',
  '一线人员对政策理解不够准确，自查发现问题的能力有待提高。',
];

const NEXT_STEPS = [
  '持续深化自查自纠，对已整改问题开展“回头看”，防止问题反弹。',
  '加快推进未完成的整改事项，确保按时限全部销号。',
  '加强医德医风和廉洁从业教育，扩大培训覆盖面。',
  '完善收费管理、处方点评等制度，推动专项整治常态化、长效化。',
  '加强与市场监管、公安、医保等部门的协作，形成工作合力。',
  '按时报送专项整治进展情况，做好总结提升工作。',
];

const POLICY_NAMES = ['医疗服务价格管理制度', '医德医风考评办法', '医药代表接待管理规定', '处方点评实施细则', '问题整改销号管理办法', '廉洁从业承诺制度', '重复检查管理规定', '投诉处理工作流程'];

function docAbbr(inst: DemoInstitution): string {
  const short = DEMO_DISTRICTS.find((d) => d.code === inst.districtCode)?.short.slice(0, 1) ?? '宿';
  if (inst.name.includes('人民医院')) return `${short}人医`;
  if (inst.name.includes('中医')) return `${short}中医`;
  if (inst.name.includes('妇幼')) return `${short}妇幼`;
  if (inst.name.includes('卫生院')) return `${short}卫`;
  return `${short}${inst.name.replace(/^(宿迁市|江苏省|宿迁|宿城区|宿豫区|沭阳县|泗阳县|泗洪县|宿城|宿豫|沭阳|泗阳|泗洪)/, '').slice(0, 2)}`;
}

function fillIn(s: string, f: PeriodFigures['facts'], focusNames: string[], rng: Rng): string {
  return s
    .replace('{focusList}', focusNames.slice(0, 3).join('、'))
    .replace('{focusOne}', rng.pick(focusNames))
    .replace('{selfFound}', String(f.selfFound))
    .replace('{instantFixed}', String(f.instantFixed))
    .replace('{sessions}', String(f.sessions))
    .replace('{attendance}', String(f.attendance))
    .replace('{staff}', String(f.staff));
}

function numbered(items: string[]): string {
  return items.map((s, i) => `${ORDINALS[i]}${s}`).join('；') + '。';
}

export interface WorkContext {
  inst: DemoInstitution;
  richness: number;
  figures: PeriodFigures;
  focusNames: string[];
  open: number;
  overdue: number;
  year: number;
}

export function workText(rng: Rng, c: WorkContext): WorkText {
  const f = c.figures.facts;
  const small = c.inst.size === 'small' || c.inst.size === 'tiny';
  const usable = (small ? MEASURES_SMALL : MEASURES_LARGE).filter((m) =>
    !(m.includes('{sessions}') && f.sessions === 0) && !(m.includes('{selfFound}') && f.selfFound === 0) && !(m.includes('{staff}') && f.staff === 0));
  const rich = c.richness >= 0.65;
  const middling = !rich && c.richness >= 0.35;
  const policies = f.policies > 0
    ? rng.sample(POLICY_NAMES, f.policies).map((p) => `《${c.inst.name}${p}》（${docAbbr(c.inst)}发〔${c.year}〕${rng.int(3, 48)}号）`).join('\n')
    : rich && rng.chance(0.4) ? `本期未新建制度，继续执行《${c.inst.name}${rng.pick(POLICY_NAMES)}》。` : '无';
  const filler = personName(rng);
  const phone = c.inst.contactPhone ?? '';
  if (rich) {
    const ms = rng.sample(usable, rng.int(3, Math.min(5, usable.length))).map((m) => fillIn(m, f, c.focusNames, rng));
    const problems = rng.sample(PROBLEMS, rng.int(1, 2));
    if (c.overdue > 0) problems.push(`尚有${c.overdue}个问题超过整改时限未完成整改，正在督促落实。`);
    return {
      measures: numbered(ms),
      experience: rng.sample(EXPERIENCE, rng.int(1, 2)).join(''),
      policies,
      problems: problems.join(''),
      nextSteps: numbered(rng.sample(NEXT_STEPS, rng.int(2, 4)).map((s) => s.replace(/。$/, ''))),
      filler, phone,
    };
  }
  if (middling) {
    const ms = rng.sample(usable, 2).map((m) => fillIn(m, f, c.focusNames, rng));
    return {
      measures: `${ms.join('；')}。`,
      experience: rng.chance(0.3) ? rng.pick(EXPERIENCE) : '无',
      policies,
      problems: c.open > 0 ? `尚有${c.open}个问题正在整改。` : rng.pick(PROBLEMS),
      nextSteps: rng.pick(NEXT_STEPS),
      filler, phone,
    };
  }
  return {
    measures: rng.pick(['按要求开展自查自纠。', '已组织自查。', `开展自查，${f.selfFound ? `发现问题${f.selfFound}个` : '未发现问题'}。`, '学习文件，开展自查。']),
    experience: '无',
    policies: '无',
    problems: rng.pick(['无', '无', '人员少，工作忙。']),
    nextSteps: rng.pick(['继续做好自查工作。', '按要求落实。', '继续整改。']),
    filler, phone,
  };
}
