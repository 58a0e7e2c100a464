/**
 * Partner departments' half-month returns (部门报送). Per the plan's 任务分工 the health bureau
 * coordinates; 市场监管 investigates price violations and false advertising, 公安 files cases the
 * others refer, 药监 goes after fake preparations and drug/device handling, 行政审批 helps against
 * false publicity and illegal medical ads. Each department reports a common block plus its own
 * rows, on the same 进展数据 layout as an institution's return (编号|指标|单位|本期数|说明) so the
 * one importer reads both; the codes below never collide with the institutions' (indicators.ts).
 */
import type { Department } from './campaign';
import type { IndicatorDef } from './indicators';

export const DEPARTMENT_TEMPLATE_VERSION = 'D1';
/** `_meta` value of return_kind for a department's return (institutions write 'institution'). */
export const DEPARTMENT_RETURN_KIND = 'department';
/** Extra `_meta` key: the campaign's department code (SCJG, GA …). */
export const DEPARTMENT_META_CODE = 'department_code';
/** Category stored on a department's reporting unit (institutions.category). */
export const DEPARTMENT_CATEGORY = '协作部门';

export type DepartmentRole = 'market' | 'police' | 'drug' | 'approval' | 'other';

const count = (code: string, name: string, unit: string): IndicatorDef => ({ code, name, unit, kind: 'flow', input: 'count' });
const money = (code: string, name: string): IndicatorDef => ({ code, name, unit: '元', kind: 'flow', input: 'money' });

/** Every department reports these. */
export const DEPARTMENT_COMMON: IndicatorDef[] = [
  count('BM1', '出动执法人员', '人次'),
  count('BM2', '检查医疗机构（经营主体）', '家次'),
  count('BM3', '立案查处案件', '件'),
  money('BM4', '罚没款金额'),
  count('BM5', '移送公安机关案件', '件'),
  count('BM6', '接收卫生健康部门移交线索', '件'),
];

/** Rows by role, from the plan's 任务分工. */
export const DEPARTMENT_ROLE_INDICATORS: Record<DepartmentRole, IndicatorDef[]> = {
  market: [
    count('SC1', '查处价格违法案件', '件'),
    count('SC2', '查处医疗虚假广告案件', '件'),
    count('SC3', '查处药品、医疗器械虚假广告案件', '件'),
    count('SC4', '查处虚假宣传案件', '件'),
    count('SC5', '列入经营异常名录或严重违法失信名单', '家'),
    count('SC6', '通过企业信用信息公示系统公示', '条'),
  ],
  police: [
    count('GA1', '接收移送涉嫌犯罪案件', '件'),
    count('GA2', '立案侦查案件', '件'),
    count('GA3', '打击处理“医托”等违法犯罪人员', '人'),
    count('GA4', '移送审查起诉', '人'),
  ],
  drug: [
    count('YJ1', '检查医疗机构药品医疗器械使用环节', '家次'),
    count('YJ2', '查处制售假劣医药制剂案件', '件'),
    count('YJ3', '查处药品医疗器械购进、保管、使用环节违法案件', '件'),
    money('YJ4', '查获假劣药品医疗器械货值'),
  ],
  approval: [
    count('XZ1', '配合查处虚假宣传案件', '件'),
    count('XZ2', '配合查处违法医疗广告案件', '件'),
    count('XZ3', '审查医疗广告申请', '件'),
  ],
  other: [],
};

export const DEPARTMENT_INDICATORS: IndicatorDef[] = [
  ...DEPARTMENT_COMMON,
  ...Object.values(DEPARTMENT_ROLE_INDICATORS).flat(),
];

/** Hand-typed variants of the row names. */
export const DEPARTMENT_SYNONYMS: Record<string, string[]> = {
  BM1: ['出动人员', '出动执法人员人次'],
  BM2: ['检查医疗机构', '检查经营主体', '检查家次'],
  BM3: ['立案查处', '立案', '立案数'],
  BM4: ['罚没款', '罚没金额', '罚没款金额（元）'],
  BM5: ['移送公安', '移送公安机关'],
  BM6: ['接收移交线索', '接收线索'],
  SC1: ['价格违法案件', '查处价格违法'],
  SC2: ['医疗虚假广告', '查处医疗虚假广告'],
  SC3: ['药品医疗器械虚假广告', '查处药品医疗器械虚假广告'],
  SC4: ['虚假宣传', '查处虚假宣传'],
  SC5: ['列入经营异常名录', '列入严重违法失信名单'],
  SC6: ['信用信息公示', '公示涉企信息'],
  GA1: ['接收移送案件', '接收移送涉嫌犯罪'],
  GA2: ['立案侦查'],
  GA3: ['打击处理医托', '打击处理人员'],
  GA4: ['移送起诉', '移送审查起诉人数'],
  YJ1: ['检查药品医疗器械使用环节', '检查使用环节'],
  YJ2: ['制售假劣医药制剂', '查处假劣医药制剂'],
  YJ3: ['购进保管使用环节违法', '查处购进保管使用违法'],
  YJ4: ['假劣药品货值', '查获货值'],
  XZ1: ['配合查处虚假宣传'],
  XZ2: ['配合查处违法医疗广告'],
  XZ3: ['审查医疗广告', '医疗广告审查'],
};

const ROLE_BY_CODE: Record<string, DepartmentRole> = { SCJG: 'market', GA: 'police', YJ: 'drug', XZSP: 'approval' };
const ROLE_BY_NAME: [RegExp, DepartmentRole][] = [[/市场监管|工商/, 'market'], [/公安/, 'police'], [/药监|药品监督/, 'drug'], [/行政审批/, 'approval']];

export function departmentRole(d: Pick<Department, 'code' | 'name'>): DepartmentRole {
  return ROLE_BY_CODE[d.code.toUpperCase()] ?? ROLE_BY_NAME.find(([re]) => re.test(d.name))?.[1] ?? 'other';
}

/** The rows a department's template asks for: the common block, then its own. */
export function departmentIndicators(d: Pick<Department, 'code' | 'name'>): IndicatorDef[] {
  return [...DEPARTMENT_COMMON, ...DEPARTMENT_ROLE_INDICATORS[departmentRole(d)]];
}

/**
 * The campaign's own department (卫生健康: it runs the campaign and reports through institutions
 * and the ledger) is not a partner department; every other one reports as a unit.
 */
export function isPartnerDepartment(d: Pick<Department, 'code' | 'name'>): boolean {
  return d.code.toUpperCase() !== 'WJ' && !/卫生健康|卫健|卫生计生/.test(d.name);
}

/** Name of the department's reporting unit: 市场监管 → 市场监管部门; 公安机关 stays as is. */
export function departmentUnitName(d: Pick<Department, 'name'>): string {
  const n = d.name.trim();
  return /(部门|机关|局|委|委员会|办|厅)$/.test(n) ? n : `${n}部门`;
}

const DEPARTMENT_CODES = new Set(DEPARTMENT_INDICATORS.map((d) => d.code));

export function isDepartmentIndicator(code: string): boolean {
  return DEPARTMENT_CODES.has(code);
}

export function departmentIndicatorDef(code: string): IndicatorDef | undefined {
  return DEPARTMENT_INDICATORS.find((d) => d.code === code);
}
