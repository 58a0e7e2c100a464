/**
 * District choices for selects, from roster:districts: grouped by city, labelled with name and code
 * so a clerk can type either (宿城区 or 321302). A city is itself a choice: in the filter it means
 * the whole city (the backend matches by code prefix); on an institution it means 市本级 (市直 units).
 */
import type { DistrictNode } from '../../shared/ipc/contract/roster';

export interface DistrictOption {
  value: string;
  label: string;
}

export interface DistrictGroup {
  label: string;
  options: DistrictOption[];
}

export type DistrictMode = 'filter' | 'assign';

export function districtLabel(d: Pick<DistrictNode, 'code' | 'name'>): string {
  return `${d.name}（${d.code}）`;
}

/** Cities and counties grouped under their city (or province), in code order; orphans last. */
export function districtGroups(nodes: readonly DistrictNode[], mode: DistrictMode): DistrictGroup[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const hasCounties = new Set(nodes.filter((n) => n.level === 'county' && n.parentCode).map((n) => n.parentCode!));
  const groups = new Map<string, DistrictGroup>();
  const group = (key: string, label: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label, options: [] }));
    return g;
  };
  const sorted = [...nodes].sort((a, b) => a.code.localeCompare(b.code));
  for (const c of sorted.filter((n) => n.level === 'city')) {
    const label = !hasCounties.has(c.code)
      ? districtLabel(c) // a city without counties (东莞市) is a district in its own right
      : mode === 'filter' ? `${c.name}（全市）` : `${c.name}本级（${c.code}）`;
    group(c.code, districtLabel(c)).options.push({ value: c.code, label });
  }
  for (const n of sorted.filter((x) => x.level === 'county')) {
    const parent = n.parentCode ? byCode.get(n.parentCode) : undefined;
    group(parent?.code ?? '', parent ? districtLabel(parent) : '其他').options.push({ value: n.code, label: districtLabel(n) });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([, g]) => g);
}

/** Case-insensitive match on label or code, for Select's filterOption. */
export function matchDistrict(input: string, option: { label?: unknown; value?: unknown } | undefined): boolean {
  const q = input.trim().toLowerCase();
  if (!q) return true;
  return `${String(option?.label ?? '')} ${String(option?.value ?? '')}`.toLowerCase().includes(q);
}
