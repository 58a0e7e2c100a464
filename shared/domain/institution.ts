/** Reporting units on the roster (机构名册): institutions, and later departments and districts. */

export type UnitKind = 'institution' | 'department' | 'district';
export type Ownership = '公立' | '社会办';

export interface Institution {
  id: number;
  kind: UnitKind;
  uscc: string | null;
  licenceNo: string | null;
  name: string;
  aliases: string[];
  districtCode: string;
  districtName: string;
  category: string; // WS 218 class label, e.g. 综合医院, 社区卫生服务中心, 诊所
  ownership: Ownership;
  level: string; // 三级甲等 … 未定级
  provincialDirect: boolean; // 省直省管: reports directly, not through its district
  contactPerson: string | null;
  contactPhone: string | null;
  retiredAt: string | null;
}

/** What a user enters or a roster row carries. */
export type InstitutionInput = Omit<Institution, 'id' | 'kind' | 'districtName' | 'retiredAt'>;

export const OWNERSHIPS: Ownership[] = ['公立', '社会办'];

export const HOSPITAL_LEVELS = [
  '三级特等', '三级甲等', '三级乙等', '三级丙等', '三级未评',
  '二级甲等', '二级乙等', '二级丙等', '二级未评',
  '一级甲等', '一级乙等', '一级丙等', '一级未评', '未定级',
] as const;
