/**
 * Masks personal data in text that leaves the bureau (exports, upward packages, documents):
 * whistleblowers, patients and named staff in ledger descriptions, work texts and lead subjects.
 * Precision comes first — a masked word that was not a name garbles an official text, so a name
 * is masked only where its context says it is one. The rules:
 *
 * 1. 身份证号: 18 digits (last may be X) or old 15 digits whose birth date part is a real
 *    month/day in 1800–2099 → first 4 + `*` + last 4 (3201**********1234).
 * 2. 银行卡号: 16–19 digits starting 3–6 (spaces or dashes between groups allowed) that pass the
 *    Luhn check or follow 卡号/银行卡/账号/账户 → first 4 and last 4 kept, separators kept.
 *    Not after 信用代码 (an all-digit USCC is an organisation's public code).
 * 3. 手机号: 11 digits 1[3-9]xxxxxxxxx, optionally +86 and separators → 138****1234.
 * 4. 固定电话: area code 0xx(x) with a separator or brackets, then 7–8 digits → 0527-****0001.
 *    Documents keep landlines (see maskDocumentText): office numbers are published there.
 * 5. 姓名 (Chinese names), only in these contexts:
 *    a. after a person word (患者, 家属, 医生, 护士, 主任, 举报人, 投诉人, 责任人, 姓名 …, an
 *       optional colon between) — several names joined by 、和及与 are all masked;
 *    b. before a title of address (张三医生, 王小明护士长, 李四同志, 赵女士) when the name starts
 *       the text or follows punctuation or a function word;
 *    and only when the name is a common surname (compound ones included) + 1–2 given characters
 *    that is followed by the end of the text, a non-Chinese character, a verb/preposition that
 *    typically follows a subject (反映, 称, 在, 收受 …) or a title. Two-character words that start
 *    with a surname character but are ordinary words (方面, 高价, 全部 …) are never names.
 *    Already masked names (张某, 李某某) are left as they are. Masked names become surname + 某某
 *    (the given name's length is not revealed).
 * Names without any context (a bare 王五收受红包) are not detected: that is the price of precision.
 */

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '宇文', '长孙', '夏侯', '端木', '南宫',
  '西门', '独孤', '司徒', '司空', '申屠', '轩辕', '澹台', '公冶', '太史', '闻人', '呼延', '百里', '东郭', '万俟', '钟离', '赫连',
] as const;

/**
 * Common single-character surnames. Characters that are far more often function words right after
 * a person word (和, 于, 向, 从, 时, 全, 应, 成, 连, 同, 将 …) are left out on purpose.
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆卓缪简项芦麦褚娄窦戚岑党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';

const SURNAME_SET = new Set(SURNAMES);

/** Ordinary words that begin with a surname character: never read as (the start of) a name. */
const NOT_NAMES = new Set([
  '方面', '方式', '方法', '方案', '方便', '方可', '高价', '高额', '高度', '高于', '高频', '高血', '万元', '钱款', '钱物', '钱财', '金额',
  '金钱', '石膏', '黄牛', '黄疸', '江湖', '江苏', '毛病', '毛利', '温度', '温馨', '常规', '常态', '常年', '康复', '包括', '包庇', '宁可',
  '尚未', '尚在', '符合', '解释', '解决', '艾滋', '艾灸', '费用', '费时', '边缘', '边界', '简单', '项目', '党员', '党委', '宫颈', '卫生',
  '卫健', '杜绝', '任何', '任意', '任务', '任职', '严重', '严格', '严肃', '严禁', '章程', '程序', '程度', '范围', '付款', '付费', '白天',
  '白班', '顾客', '顾及', '申请', '申报', '申诉', '焦虑', '左侧', '甘愿', '纪律', '纪检', '纪委', '梅毒', '凌晨', '毕业', '蓝色', '辛苦',
  '柴胡', '房间', '房屋', '尤其', '冷藏', '冷链', '冷漠', '席位', '仇恨', '刁难', '荣誉', '甄别', '仲裁', '巩固', '查处', '查看', '查实',
  '查明', '查房', '查体', '查验', '查阅', '麻醉', '迟到', '迟延', '余额', '余量', '许可', '许多', '宋体', '马上', '周末', '周期', '周围',
  '陈述', '陈旧', '张贴', '张开', '曾经', '胡乱', '何时', '何种', '罗列', '郑重', '董事', '韩国', '谢谢', '唐突', '叶酸', '齐全', '易于',
  '庞大', '颜色', '庄重', '鲁莽', '殷切', '祝愿', '兰花', '童年', '霍乱', '涂抹', '盛行', '游说', '屈服', '饶恕', '卓越', '芦荟', '麦冬',
  '窦性', '米粒', '谷物', '苗头', '宗旨', '沙发', '华丽', '蒙受', '曲解', '池塘', '丛林', '郎中', '柏油', '雷同', '龙头', '黎明', '贺信',
  '武装', '莫名', '孔洞', '汤剂', '施工', '牛奶', '葛根', '乔装', '熊猫', '秦岭', '段落', '陶瓷', '史料', '孙子', '孙女', '夏季', '石头',
])

/** Person words after which a name follows (longest first when matching). */
export const PERSON_CONTEXTS = [
  '法定代表人', '乡村医生', '个体医生', '实习医生', '规培医生', '进修医生', '主治医师', '主治医生', '住院医师', '医务人员', '工作人员',
  '被举报人', '被投诉人', '涉事医生', '涉事人员', '涉及人员', '主任医师', '副主任', '副院长', '护士长', '科主任', '收费员', '挂号员',
  '举报人', '投诉人', '信访人', '来访人', '反映人', '当事人', '经办人', '责任人', '负责人', '联系人', '填报人', '收款人', '代理人',
  '患者', '病人', '病患', '患儿', '孕妇', '产妇', '家属', '医生', '医师', '大夫', '护士', '护师', '药师', '技师', '主任', '院长',
  '科长', '书记', '职工', '员工', '保安', '护工', '村医', '法人', '股东', '医托', '中介', '姓名',
].sort((a, b) => b.length - a.length);

/** Titles of address that follow a name (张三医生, 李四护士长). */
const TITLES = ['护士长', '医生', '医师', '大夫', '护士', '主任', '院长', '科长', '同志', '先生', '女士'];

/** Words that typically follow a name used as subject or object. */
const AFTER_NAME = [
  '反映', '举报', '投诉', '表示', '介绍', '称其', '收受', '收取', '索要', '索取', '私自', '擅自', '违规', '存在', '涉嫌', '利用', '通过',
  '多次', '长期', '接受', '拒绝', '私下', '推销', '诱导', '带领', '联系', '电话', '手机', '本人', '家属', '等人', '同志', '因为',
  '主动', '负责', '要求', '违反', '开具', '开出', '给予', '没有', '不按', '拒不', '接诊', '值班', '坐诊', '参与', '办理', '引导', '以',
  ...TITLES,
];
/** Single characters that follow a name (称, 在, 的 …); a name never ends in one of them. */
const AFTER_NAME_CHARS = new Set('称说在于的等因被向为系是将把对与和及已也均曾又并所到从自未于已就都');

const HAN = /[\u3400-\u9fff]/;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

/** The surname at position i ('' when none). */
function surnameAt(text: string, i: number): string {
  for (const c of COMPOUND_SURNAMES) if (text.startsWith(c, i)) return c;
  return SURNAME_SET.has(text[i]) ? text[i] : '';
}

function endsName(text: string, i: number): boolean {
  if (i >= text.length) return true;
  if (!isHan(text[i])) return true;
  if (AFTER_NAME_CHARS.has(text[i])) return true;
  return AFTER_NAME.some((w) => text.startsWith(w, i)) || PERSON_CONTEXTS.some((w) => text.startsWith(w, i));
}

/** A name starting at i: its length, or 0. `alreadyMasked` marks 张某 / 李某某 (left alone). */
function nameAt(text: string, i: number, needTitle: boolean): { len: number; alreadyMasked: boolean } {
  const s = surnameAt(text, i);
  if (!s) return { len: 0, alreadyMasked: false };
  const g = i + s.length;
  if (text[g] === '某') return { len: s.length + (text[g + 1] === '某' ? 2 : 1), alreadyMasked: true };
  for (const given of [2, 1]) {
    const end = g + given;
    let ok = true;
    for (let k = g; k < end; k++) if (!isHan(text[k]) || text[k] === '某') ok = false;
    if (!ok) continue;
    // A two-character given name never ends in a word that follows names (李四在 → 李四 + 在).
    if (given === 2 && AFTER_NAME_CHARS.has(text[end - 1])) continue;
    if (TITLES.some((t) => text.slice(g, end).startsWith(t.slice(0, given)) && text.startsWith(t, g))) continue;
    if (NOT_NAMES.has(text.slice(i, i + 2)) || NOT_NAMES.has(text.slice(i, end))) continue;
    const fits = needTitle ? TITLES.some((t) => text.startsWith(t, end)) : endsName(text, end);
    if (fits) return { len: end - i, alreadyMasked: false };
  }
  return { len: 0, alreadyMasked: false };
}

/** 张三丰 → 张某某, 欧阳娜娜 → 欧阳某某; already masked names and blanks are returned as they are. */
export function maskName(name: string): string {
  const t = name.trim();
  if (!t || t.includes('某') || t.includes('*')) return t;
  if (!isHan(t[0])) return `${t[0]}**`;
  const compound = COMPOUND_SURNAMES.find((c) => t.startsWith(c) && t.length > c.length);
  return `${compound ?? t[0]}某某`;
}

const LIST_JOINERS = new Set(['、', '和', '及', '与']);

function maskNames(text: string): string {
  let out = '';
  let i = 0;
  const copyNames = (start: number): number => {
    // One or more names joined by 、和及与 after a person word.
    let p = start;
    for (;;) {
      const n = nameAt(text, p, false);
      if (!n.len) return p;
      const name = text.slice(p, p + n.len);
      out += n.alreadyMasked ? name : maskName(name);
      p += n.len;
      if (LIST_JOINERS.has(text[p]) && nameAt(text, p + 1, false).len) { out += text[p]; p++; } else return p;
    }
  };
  while (i < text.length) {
    const ctx = PERSON_CONTEXTS.find((w) => text.startsWith(w, i));
    if (ctx) {
      out += ctx;
      i += ctx.length;
      let j = i;
      while (text[j] === '：' || text[j] === ':' || text[j] === ' ' || text[j] === '\u3000') j++;
      if (j > i && nameAt(text, j, false).len) { out += text.slice(i, j); i = j; }
      i = copyNames(i);
      continue;
    }
    const prev = i === 0 ? undefined : text[i - 1];
    if (prev === undefined || !isHan(prev) || '、的对向与和及被由将把让给据经'.includes(prev)) {
      const n = nameAt(text, i, true);
      if (n.len) {
        const name = text.slice(i, i + n.len);
        out += n.alreadyMasked ? name : maskName(name);
        i += n.len;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/** Birth date digits of an ID: a year 1800–2099 (18 digits only), a month and a day that exist. */
function looksBorn(yyyy: string | null, mm: string, dd: string): boolean {
  const m = Number(mm);
  const d = Number(dd);
  if (yyyy !== null && !/^(18|19|20)\d\d$/.test(yyyy)) return false;
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function maskIds(text: string): string {
  const out = text.replace(/(?<![0-9A-Za-z*])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z*])/g, (s: string) =>
    (looksBorn(s.slice(6, 10), s.slice(10, 12), s.slice(12, 14)) ? `${s.slice(0, 4)}${stars(10)}${s.slice(14)}` : s));
  // 15-digit IDs (issued before 1999): 6 region + yymmdd + 3.
  return out.replace(/(?<![0-9A-Za-z*])[1-9]\d{14}(?![0-9A-Za-z*])/g, (s: string) =>
    (looksBorn(null, s.slice(8, 10), s.slice(10, 12)) ? `${s.slice(0, 4)}${stars(7)}${s.slice(11)}` : s));
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

function maskCards(text: string): string {
  const card = /(?<![0-9A-Za-z*])[3-6]\d{3}(?:[ -]?\d){12,15}(?![0-9A-Za-z*])/g;
  return text.replace(card, (m: string, offset: number) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length < 16 || digits.length > 19) return m;
    const before = text.slice(Math.max(0, offset - 10), offset);
    if (/信用代码/.test(before)) return m;
    if (!luhn(digits) && !/(卡号|银行卡|账号|帐号|账户|帐户|卡)[：:\s]*$/.test(before)) return m;
    let seen = 0;
    return m.replace(/\d/g, (d) => { seen++; return seen <= 4 || seen > digits.length - 4 ? d : '*'; });
  });
}

function maskPhones(text: string, landlines: boolean): string {
  let out = text.replace(/(?<![0-9A-Za-z*])(\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?![0-9A-Za-z*])/g,
    (_m: string, cc: string | undefined, a: string, _b: string, c: string) => `${cc ?? ''}${a}****${c}`);
  if (landlines) {
    out = out.replace(/(?<![0-9A-Za-z*])(\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-－ ])(\d{7,8})(?![0-9A-Za-z*])/g,
      (_m: string, area: string, num: string) => `${area}${stars(num.length - 4)}${num.slice(-4)}`);
  }
  return out;
}

export interface MaskOptions {
  /** Mask names (default true). */
  names?: boolean;
  /** Mask landline numbers (default true; documents keep them). */
  landlines?: boolean;
}

/** Masks ID/bank card/phone numbers and names in context; everything else is kept as is. */
export function maskText(text: string, opts: MaskOptions = {}): string {
  if (!text) return text;
  let out = maskIds(text);
  out = maskCards(out);
  out = maskPhones(out, opts.landlines ?? true);
  if (opts.names ?? true) out = maskNames(out);
  return out;
}

/** Like maskText, for strings that may be null (database columns). */
export function maskOptional(text: string | null | undefined): string | null {
  return text == null ? null : maskText(text);
}

const DEPT_END = /(科|室|部|处|中心|组|站|办|病区|病房|门诊|药房|院|所|局|委|队|公司)$/;
const PERSON_SEPARATORS = /([、，,;；/／\s（）()]+)/;

/**
 * A field that holds only people and departments (涉及科室／人员, 整改责任人, 填报人): every token
 * that looks like a person's name is masked even without context (张三、检验科李四 → 张某某、检验科李某某).
 * Departments (检验科) and titles without a name (王院长) stay.
 */
export function maskPersons(text: string): string {
  if (!text) return text;
  const parts = text.split(PERSON_SEPARATORS).map((tok, k) => {
    if (k % 2 === 1 || !tok) return tok;
    const title = TITLES.find((t) => tok.endsWith(t) && tok.length > t.length);
    const core = title ? tok.slice(0, -title.length) : tok;
    const suffix = title ?? '';
    if (DEPT_END.test(core)) return tok;
    if (/^[\u3400-\u9fff]{2,4}$/.test(core) && surnameAt(core, 0) && core.length > surnameAt(core, 0).length && !NOT_NAMES.has(core.slice(0, 2))) {
      return `${maskName(core)}${suffix}`;
    }
    const dept = /^(.+?(?:科|室|部|处|中心|组|站|办|病区|病房|门诊|药房))([\u3400-\u9fff]{2,4})$/.exec(core);
    if (dept && surnameAt(dept[2], 0) && !NOT_NAMES.has(dept[2].slice(0, 2))) return `${dept[1]}${maskName(dept[2])}${suffix}`;
    return tok;
  });
  return maskText(parts.join(''));
}

/** A contact phone field: every phone-like number masked (landlines too). */
export function maskPhoneField(text: string): string {
  return maskText(text, { names: false });
}

/**
 * For text a document quotes from submissions, the ledger or leads (典型做法, 问题描述, 线索):
 * names, mobile, ID and bank card numbers are masked; landlines stay, because office numbers are
 * published contact data in official documents. Not for the document's own 联系人 line.
 */
export function maskDocumentText(text: string): string {
  return maskText(text, { landlines: false });
}
