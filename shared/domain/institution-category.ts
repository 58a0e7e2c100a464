/**
 * 医疗机构类别 (WS 218-2002 classes, folded to what a campaign roster needs), the yearbook's
 * statistical groups, and the parsers for the roster's 类别 / 公立·社会办 / 医院等级 / 是否 cells.
 * Parsers accept the synonyms clerks really type (乡镇卫生院, 民营, 三甲) and return the canonical
 * label; they return null for anything they do not recognise so the caller can name the cell.
 */
import { HOSPITAL_LEVELS, type Ownership } from './institution';

/** Statistical groups of the health yearbook (domain.md §5.4). */
export type CategoryGroup = '医院' | '基层医疗卫生机构' | '专业公共卫生机构' | '其他';
export const CATEGORY_GROUPS: CategoryGroup[] = ['医院', '基层医疗卫生机构', '专业公共卫生机构', '其他'];

export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

export interface InstitutionCategory {
  label: string;
  /** WS 218-2002 class code; sub-classes (A511 口腔医院 …) are folded into the class. */
  ws218: string;
  group: CategoryGroup;
  /** Other ways the class is written; matched exactly, then as the end of the text. */
  synonyms: string[];
}

export const INSTITUTION_CATEGORIES: readonly InstitutionCategory[] = [
  { label: '综合医院', ws218: 'A100', group: '医院', synonyms: ['综合性医院', '综合'] },
  { label: '中医医院', ws218: 'A210', group: '医院', synonyms: ['中医院', '中医综合医院', '中医专科医院', '中医'] },
  { label: '中西医结合医院', ws218: 'A300', group: '医院', synonyms: ['中西医结合', '中西医结合院'] },
  { label: '民族医院', ws218: 'A400', group: '医院', synonyms: ['民族医医院', '蒙医医院', '蒙医院', '藏医医院', '藏医院', '维医医院', '维吾尔医医院', '傣医医院', '民族医'] },
  {
    label: '专科医院', ws218: 'A500', group: '医院',
    synonyms: ['专科', '口腔医院', '眼科医院', '耳鼻喉科医院', '肿瘤医院', '心血管病医院', '胸科医院', '血液病医院', '妇产医院', '妇产科医院',
      '儿童医院', '精神病医院', '精神专科医院', '传染病医院', '皮肤病医院', '结核病医院', '麻风病医院', '职业病医院', '骨科医院',
      '康复医院', '整形外科医院', '美容医院', '医疗美容医院', '男科医院', '妇科医院', '其他专科医院'],
  },
  { label: '护理院', ws218: 'A710', group: '医院', synonyms: ['护理站', '护理中心', '护理院（站）'] },
  { label: '社区卫生服务中心', ws218: 'B100', group: '基层医疗卫生机构', synonyms: ['社区卫生中心', '社卫中心', '社区服务中心'] },
  { label: '社区卫生服务站', ws218: 'B200', group: '基层医疗卫生机构', synonyms: ['社区卫生站', '社卫站', '社区服务站'] },
  {
    label: '卫生院（乡镇/街道）', ws218: 'C200', group: '基层医疗卫生机构',
    synonyms: ['卫生院', '乡镇卫生院', '乡卫生院', '镇卫生院', '中心卫生院', '乡镇中心卫生院', '街道卫生院', '卫生院（乡镇）', '卫生院（街道）', '乡镇（街道）卫生院'],
  },
  { label: '门诊部', ws218: 'D100', group: '基层医疗卫生机构', synonyms: ['综合门诊部', '中医门诊部', '中西医结合门诊部', '专科门诊部', '口腔门诊部', '医疗美容门诊部', '门诊'] },
  { label: '诊所', ws218: 'D200', group: '基层医疗卫生机构', synonyms: ['普通诊所', '个体诊所', '中医诊所', '中西医结合诊所', '口腔诊所', '医疗美容诊所', '中医（综合）诊所'] },
  { label: '卫生所/医务室', ws218: 'D300', group: '基层医疗卫生机构', synonyms: ['卫生所', '医务室', '卫生所（室）', '卫生室', '卫生保健所', '中小学卫生保健所', '卫生所、医务室', '卫生所医务室'] },
  { label: '村卫生室', ws218: 'D600', group: '基层医疗卫生机构', synonyms: ['村卫生所', '村医疗室', '村卫生服务站'] },
  { label: '急救中心', ws218: 'E100', group: '专业公共卫生机构', synonyms: ['急救站', '急救中心站', '急救中心（站）', '紧急医疗救援中心', '医疗急救中心'] },
  { label: '妇幼保健院', ws218: 'G100', group: '专业公共卫生机构', synonyms: ['妇幼保健所', '妇幼保健站', '妇幼保健院（所、站）', '妇幼保健机构', '妇幼保健计划生育服务中心', '妇幼'] },
  {
    label: '专科疾病防治院', ws218: 'H100', group: '专业公共卫生机构',
    synonyms: ['专科疾病防治所', '专科疾病防治站', '专科疾病防治院（所、站）', '专科疾病防治机构', '防治院', '防治所', '结核病防治所', '皮肤病防治所', '职业病防治院', '口腔病防治所'],
  },
  { label: '疗养院', ws218: 'A600', group: '其他', synonyms: ['疗养所'] },
  {
    label: '其他', ws218: 'P900', group: '其他',
    synonyms: ['其它', '其他医疗机构', '其他卫生机构', '其他医疗卫生机构', '临床检验中心', '医学检验实验室', '医学影像诊断中心', '病理诊断中心',
      '血液透析中心', '安宁疗护中心', '健康体检中心', '消毒供应中心',
      // Public-health bodies a 行风 campaign also covers; the roster's class list has no own class for them.
      '疾病预防控制中心', '疾控中心', '卫生监督所', '卫生健康监督所', '卫生监督机构', '血站', '中心血站', '采供血机构', '健康教育所'],
  },
];

export const CATEGORY_LABELS: string[] = INSTITUTION_CATEGORIES.map((c) => c.label);

/** Comparison form: half-width, no whitespace, unified brackets and separators. */
export function normalizeLabel(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0\u200b-\u200d\ufeff]/g, '')
    .replace(/[()[\]【】]/g, '')
    .replace(/[、,，/\\]/g, '')
    .toUpperCase();
}

const CATEGORY_KEYS: { key: string; cat: InstitutionCategory }[] = INSTITUTION_CATEGORIES
  .flatMap((cat) => [cat.label, ...cat.synonyms].map((s) => ({ key: normalizeLabel(s), cat })))
  .sort((a, b) => b.key.length - a.key.length);

/**
 * 乡镇卫生院 → 卫生院（乡镇/街道）; 眼科专科医院 → 专科医院 (the longest known ending wins);
 * a WS 218 code (A100) also works. Null when nothing fits.
 */
export function parseCategory(text: string): InstitutionCategory | null {
  const t = normalizeLabel(text);
  if (!t) return null;
  const exact = CATEGORY_KEYS.find((k) => k.key === t) ?? null;
  if (exact) return exact.cat;
  const byCode = INSTITUTION_CATEGORIES.find((c) => c.ws218 === t || c.ws218.replace(/0+$/, '') === t);
  if (byCode) return byCode;
  // A short synonym (中医, 专科, 门诊) must not swallow longer text by its ending alone.
  return CATEGORY_KEYS.find((k) => k.key.length >= 3 && t.endsWith(k.key))?.cat ?? null;
}

export function categoryByLabel(label: string): InstitutionCategory | null {
  return INSTITUTION_CATEGORIES.find((c) => c.label === label) ?? null;
}

export function categoryGroup(label: string): CategoryGroup | null {
  return categoryByLabel(label)?.group ?? null;
}

const OWNERSHIP_WORDS: Record<Ownership, string[]> = {
  公立: ['公立', '公办', '公有', '国有', '国营', '全民', '全民所有制', '集体', '集体所有制', '国有全资', '集体全资', '政府办', '政府举办',
    '政府办医', '公立医院', '公立医疗机构', '公立机构', '110', '120', '11', '12'],
  社会办: ['社会办', '社会办医', '社会办医疗机构', '社会力量办', '社会资本办', '民营', '民营医院', '民办', '私立', '私营', '私有', '个体', '个人',
    '个人办', '非公立', '非公', '股份制', '股份合作', '联营', '合资', '中外合资', '中外合作', '外资', '港澳台', '港澳台投资', '社会办（民营）'],
};

const OWNERSHIP_KEYS = new Map<string, Ownership>(
  (['公立', '社会办'] as Ownership[]).flatMap((own) => OWNERSHIP_WORDS[own].map((w) => [normalizeLabel(w), own] as [string, Ownership])),
);

/** 公立 / 社会办 from what rosters say (民营, 私立, 国有, 集体, 政府办, 经济类型 110 …). */
export function parseOwnership(text: string): Ownership | null {
  return OWNERSHIP_KEYS.get(normalizeLabel(text)) ?? null;
}

const GRADES: Record<string, string> = { 甲: '甲等', 乙: '乙等', 丙: '丙等', 特: '特等' };
const TIERS: Record<string, string> = { 一: '一级', 二: '二级', 三: '三级', '1': '一级', '2': '二级', '3': '三级', Ⅰ: '一级', Ⅱ: '二级', Ⅲ: '三级', I: '一级', II: '二级', III: '三级' };
const UNGRADED = ['未定级', '未评级', '未评', '未定等', '无', '无等级', '未分级', '不定级', '未评审', '-', '—', '无级别', '未定'];

/**
 * 三甲 → 三级甲等, 3级乙等 → 三级乙等, 二级 → 二级未评, 未评级 → 未定级. Blank → null (caller
 * defaults it). Returns undefined for text that is not a level.
 */
export function parseLevel(text: string): HospitalLevel | null | undefined {
  const t = normalizeLabel(text).replace(/医院$/, '');
  if (!t) return null;
  if (UNGRADED.includes(t)) return '未定级';
  const m = /^(III|II|I|[一二三123ⅠⅡⅢ])级?(甲|乙|丙|特)?等?(未评|未定等|未定级|未评等)?$/.exec(t);
  if (!m) return (HOSPITAL_LEVELS as readonly string[]).includes(t) ? (t as HospitalLevel) : undefined;
  const tier = TIERS[m[1]];
  const label = m[2] ? tier + GRADES[m[2]] : tier + '未评';
  return (HOSPITAL_LEVELS as readonly string[]).includes(label) ? (label as HospitalLevel) : undefined;
}

const YES = ['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '对', '省直', '省管', '省直省管', '省属', '是（省直省管）'];
const NO = ['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '不是', '非', '非省直', '非省直省管', '无', '-', '—'];

/** 是/否 cells. Blank → null; unrecognised → undefined. */
export function parseYesNo(text: string): boolean | null | undefined {
  const t = normalizeLabel(text);
  if (!t) return null;
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return undefined;
}
