/** What the 部门报送 view shows: each partner department's return for a period and its figures. */
import type { DepartmentRole } from './department-indicators';

export interface DepartmentValue {
  code: string;
  name: string;
  unit: string;
  /** Counts as is; money in 分 (like indicator_values). Null = not reported (blank). */
  value: number | null;
  money: boolean;
}

export interface DepartmentStatusRow {
  code: string;
  department: string;
  unitName: string;
  role: DepartmentRole;
  state: '已报' | '逾期' | '未报';
  receivedDate: string | null;
  daysLate: number | null;
  version: number | null;
  fileName: string | null;
  /** This period's figures, in the template's row order. */
  values: DepartmentValue[];
  /** Sum over every period up to this one (all department figures are flows). */
  cumulative: DepartmentValue[];
}

export interface DepartmentStatus {
  period: string;
  periodLabel: string;
  due: string;
  reported: number;
  total: number;
  rows: DepartmentStatusRow[];
}
