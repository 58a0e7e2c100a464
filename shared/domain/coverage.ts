/**
 * 社会办医疗机构检查覆盖率 (C5 = C4 ÷ A2, domain.md §3.2), computed from the inspection log: the
 * distinct 社会办 institutions on the roster at the cut-off that had at least one inspection up
 * to it, over all 社会办 institutions on the roster then — per district and city-wide (a union of
 * institutions, never a sum of district rates). The plan holds it to ≥ the campaign's target.
 */
import { formatRate, rateValue } from './indicators';
import { districtLabel } from './region';

export interface CoverageUnit {
  id: number;
  name: string;
  uscc: string | null;
  licenceNo: string | null;
  districtCode: string;
  category: string;
}

export interface CoverageFigure {
  inspected: number;
  total: number;
  /** Percent; null when there is no 社会办 institution (shown "—", never 0% or 100%). */
  rate: number | null;
  rateText: string;
  /** Whether the rate reaches the target; null without a denominator. */
  pass: boolean | null;
}

export interface DistrictCoverage extends CoverageFigure {
  districtCode: string;
  districtName: string;
  notInspected: number;
}

export interface NotInspectedRow {
  institutionId: number;
  name: string;
  uscc: string | null;
  licenceNo: string | null;
  districtCode: string;
  districtName: string;
  category: string;
}

export interface SocialCoverage {
  period: string;
  /** The cut-off day (the period's last day): counts are "to date" up to it. */
  cutoff: string;
  /** Target percent (campaign threshold, 50 in the provincial plan). */
  target: number;
  cityWide: CoverageFigure;
  byDistrict: DistrictCoverage[];
  /** 社会办 institutions with no inspection yet, by district code then name: the next round's list. */
  notInspected: NotInspectedRow[];
}

export function coverageFigure(inspected: number, total: number, target: number): CoverageFigure {
  // Integer comparison: 7 of 14 against 50% passes exactly, with no floating-point doubt.
  return { inspected, total, rate: rateValue(inspected, total), rateText: formatRate(inspected, total), pass: total === 0 ? null : inspected * 100 >= target * total };
}

/** `units`: the 社会办 institutions on the roster at the cut-off; `inspected`: ids with ≥1 inspection up to it. */
export function computeCoverage(a: { period: string; cutoff: string; target: number; units: CoverageUnit[]; inspected: ReadonlySet<number> }): SocialCoverage {
  const byCode = new Map<string, { inspected: number; total: number }>();
  const notInspected: NotInspectedRow[] = [];
  let inspected = 0;
  for (const u of a.units) {
    let d = byCode.get(u.districtCode);
    if (!d) byCode.set(u.districtCode, (d = { inspected: 0, total: 0 }));
    d.total++;
    if (a.inspected.has(u.id)) { d.inspected++; inspected++; }
    else notInspected.push({ institutionId: u.id, name: u.name, uscc: u.uscc, licenceNo: u.licenceNo, districtCode: u.districtCode, districtName: districtLabel(u.districtCode), category: u.category });
  }
  const byDistrict = [...byCode.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([code, d]): DistrictCoverage => ({
    districtCode: code, districtName: districtLabel(code), ...coverageFigure(d.inspected, d.total, a.target), notInspected: d.total - d.inspected,
  }));
  notInspected.sort((x, y) => (x.districtCode < y.districtCode ? -1 : x.districtCode > y.districtCode ? 1 : x.name < y.name ? -1 : x.name > y.name ? 1 : x.institutionId - y.institutionId));
  return { period: a.period, cutoff: a.cutoff, target: a.target, cityWide: coverageFigure(inspected, a.units.length, a.target), byDistrict, notInspected };
}
