/**
 * A fictional roster for the demo: institutions of every category in 宿迁市's five districts,
 * public and 社会办, a few 省直省管, with valid USCCs (GB 32100 check characters) and 22-character
 * licence numbers laid out as WS 218 describes (org code + district + 经济类型 + 类别 + 分类管理).
 */
import type { InstitutionInput, Ownership } from '../../../shared/domain/institution';
import { INSTITUTION_CATEGORIES } from '../../../shared/domain/institution-category';
import { makeUscc } from '../../../shared/domain/uscc';
import type { Rng } from './prng';
import {
  BRANDS, CITY_GENERAL, CLINIC_KINDS, DEMO_DISTRICTS, GIVEN_NAMES, OUTPATIENT_KINDS, PROVINCIAL_DIRECT, PUBLIC_SPECIALTY,
  SPECIALTY_HOSPITALS, SURNAMES, type DemoDistrict,
} from './vocab';

export type Archetype =
  | 'city-general' | 'provincial' | 'county-general' | 'tcm' | 'mch' | 'public-specialty' | 'community' | 'township'
  | 'private-general' | 'private-specialty' | 'private-tcm' | 'nursing' | 'outpatient' | 'clinic';
export type Size = 'large' | 'medium' | 'small' | 'tiny';

export interface DemoInstitution extends InstitutionInput {
  districtName: string;
  archetype: Archetype;
  size: Size;
}

interface Spec {
  ownership: Ownership;
  size: Size;
  /** USCC 登记管理部门+机构类别 prefixes with weights: 12 事业单位, 52 民办非企业, 91 企业, 92 个体. */
  prefixes: [string, number][];
  levels: [string, number][];
  cityLevel?: boolean;
}

const SPECS: Record<Archetype, Spec> = {
  'city-general': { ownership: '公立', size: 'large', prefixes: [['12', 1]], levels: [['三级甲等', 1]], cityLevel: true },
  provincial: { ownership: '公立', size: 'large', prefixes: [['12', 1]], levels: [['三级甲等', 2], ['三级乙等', 1]], cityLevel: true },
  'public-specialty': { ownership: '公立', size: 'medium', prefixes: [['12', 1]], levels: [['二级甲等', 2], ['三级乙等', 1]], cityLevel: true },
  'county-general': { ownership: '公立', size: 'large', prefixes: [['12', 1]], levels: [['二级甲等', 2], ['三级乙等', 1]] },
  tcm: { ownership: '公立', size: 'large', prefixes: [['12', 1]], levels: [['二级甲等', 2], ['三级乙等', 1]] },
  mch: { ownership: '公立', size: 'medium', prefixes: [['12', 1]], levels: [['二级甲等', 1]] },
  community: { ownership: '公立', size: 'medium', prefixes: [['12', 1]], levels: [['未定级', 3], ['一级甲等', 1]] },
  township: { ownership: '公立', size: 'medium', prefixes: [['12', 1]], levels: [['一级甲等', 2], ['一级乙等', 1], ['未定级', 1]] },
  'private-general': { ownership: '社会办', size: 'medium', prefixes: [['52', 3], ['91', 2]], levels: [['二级乙等', 1], ['一级甲等', 2], ['二级未评', 1]] },
  'private-specialty': { ownership: '社会办', size: 'medium', prefixes: [['91', 3], ['52', 1]], levels: [['一级甲等', 2], ['未定级', 2], ['二级乙等', 1]] },
  'private-tcm': { ownership: '社会办', size: 'medium', prefixes: [['52', 2], ['91', 1]], levels: [['一级甲等', 1], ['二级未评', 1]] },
  nursing: { ownership: '社会办', size: 'small', prefixes: [['52', 2], ['91', 1]], levels: [['未定级', 1]] },
  outpatient: { ownership: '社会办', size: 'small', prefixes: [['91', 1]], levels: [['未定级', 1]] },
  clinic: { ownership: '社会办', size: 'tiny', prefixes: [['92', 7], ['91', 3]], levels: [['未定级', 1]] },
};

/** The first slots cover every category and ownership, so even a small demo is varied. */
const PRIORITY: Archetype[] = [
  'city-general', 'county-general', 'clinic', 'township', 'private-general', 'outpatient', 'community', 'tcm',
  'private-specialty', 'provincial', 'clinic', 'mch', 'nursing', 'private-tcm', 'public-specialty', 'outpatient',
  'clinic', 'township', 'provincial', 'county-general',
];
const WEIGHTS: [Archetype, number][] = [
  ['clinic', 28], ['outpatient', 14], ['township', 14], ['community', 8], ['private-general', 7], ['private-specialty', 8],
  ['private-tcm', 3], ['nursing', 3], ['county-general', 4], ['tcm', 2], ['mch', 2], ['public-specialty', 1], ['city-general', 1], ['provincial', 1],
];

function categoryOf(a: Archetype, name: string): string {
  if (a === 'private-tcm') return name.includes('中西医结合') ? '中西医结合医院' : '中医医院';
  const byArchetype: Record<Exclude<Archetype, 'private-tcm'>, string> = {
    'city-general': '综合医院', provincial: '综合医院', 'county-general': '综合医院', 'private-general': '综合医院',
    tcm: '中医医院', mch: '妇幼保健院', 'public-specialty': '专科医院', 'private-specialty': '专科医院', community: '社区卫生服务中心',
    township: '卫生院（乡镇/街道）', nursing: '护理院', outpatient: '门诊部', clinic: '诊所',
  };
  return byArchetype[a];
}

/** One name candidate for an archetype in a district (callers retry on duplicates). */
function nameCandidate(rng: Rng, a: Archetype, d: DemoDistrict): string | null {
  const brand = rng.pick(BRANDS);
  switch (a) {
    case 'city-general': return rng.pick(CITY_GENERAL);
    case 'provincial': return rng.pick(PROVINCIAL_DIRECT);
    case 'public-specialty': return rng.pick(PUBLIC_SPECIALTY);
    case 'county-general': return `${d.name}${rng.pick(['', '', '第二', '第三'])}人民医院`;
    // The city's own 中医院 / 妇幼保健院 stand in the urban districts, never in a county.
    case 'tcm': return d.county || rng.chance(0.7) ? `${d.name}中医院` : '宿迁市中医院';
    case 'mch': return d.county || rng.chance(0.7) ? `${d.name}妇幼保健院` : '宿迁市妇幼保健院';
    case 'community': return `${d.name}${rng.pick(d.streets)}街道社区卫生服务中心`;
    case 'township': return `${d.name}${rng.pick(d.towns)}${rng.chance(0.3) ? '中心卫生院' : '镇卫生院'}`;
    case 'private-general': return `${d.short}${brand}医院`;
    case 'private-specialty': return `${rng.chance(0.5) ? '宿迁' : d.short}${brand}${rng.pick(SPECIALTY_HOSPITALS)}`;
    case 'private-tcm': return `${d.short}${brand}${rng.chance(0.6) ? '中医医院' : '中西医结合医院'}`;
    case 'nursing': return `${rng.chance(0.5) ? '宿迁' : d.short}${brand}护理院`;
    case 'outpatient': return `${d.name}${brand}${rng.pick(OUTPATIENT_KINDS)}`;
    case 'clinic': {
      const kind = rng.pick(CLINIC_KINDS);
      const r = rng.next();
      if (r < 0.5) return `${d.name}${rng.pick(SURNAMES)}${rng.pick(GIVEN_NAMES)}${kind}`;
      if (r < 0.8) return `${d.short}${brand}${kind}`;
      return `${d.name}${rng.pick(SURNAMES)}氏${kind}`;
    }
  }
}

/** City-level institutions sit in the urban districts; the rest are spread by district size. */
function districtFor(rng: Rng, a: Archetype, counts: Map<string, number>, total: number): DemoDistrict {
  if (SPECS[a].cityLevel) return rng.chance(0.7) ? DEMO_DISTRICTS[0] : DEMO_DISTRICTS[1];
  // Largest shortfall against the district's share first: balanced yet proportional.
  let best = DEMO_DISTRICTS[0];
  let bestGap = -Infinity;
  for (const d of rng.shuffle(DEMO_DISTRICTS)) {
    const gap = d.weight * (total + 1) - (counts.get(d.code) ?? 0);
    if (gap > bestGap) { best = d; bestGap = gap; }
  }
  return best;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function orgBody(rng: Rng, prefix: string): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  const chars = (n: number) => Array.from({ length: n }, () => rng.pick([...USCC_CHARS])).join('');
  if (prefix === '12') return `4${digits(7)}`;
  if (prefix === '52') return `MJ${digits(6)}`;
  return `MA${rng.int(1, 2)}${chars(5)}`;
}

function licenceNo(uscc: string, district: string, category: string, ownership: Ownership, prefix: string): string {
  const ws218 = INSTITUTION_CATEGORIES.find((c) => c.label === category)?.ws218 ?? 'P900';
  const econ = ownership === '公立' ? '11' : prefix === '91' ? '15' : '17';
  const mgmt = ownership === '公立' || prefix === '52' ? '1' : '2';
  return `${uscc.slice(8, 17)}${district}${econ}${ws218}${mgmt}`;
}

function phone(rng: Rng, size: Size): string {
  if (size === 'large' || size === 'medium') return `0527-8${rng.int(100, 999)}${rng.int(1000, 9999)}`;
  return `1${rng.pick(['38', '39', '51', '52', '57', '58', '87', '88', '80'])}${rng.int(1000, 9999)}${rng.int(1000, 9999)}`;
}

export function personName(rng: Rng): string {
  return `${rng.pick(SURNAMES)}${rng.pick(GIVEN_NAMES)}`;
}

/** Generates `n` institutions with unique names, USCCs and licence numbers. */
export function generateRoster(rng: Rng, n: number): DemoInstitution[] {
  const out: DemoInstitution[] = [];
  const names = new Set<string>();
  const codes = new Set<string>();
  const counts = new Map<string, number>();
  const caps: Partial<Record<Archetype, number>> = { provincial: Math.min(3, Math.max(1, Math.floor(n / 15))), 'city-general': 3 };
  const used = new Map<Archetype, number>();
  for (let i = 0; i < n; i++) {
    let a: Archetype = i < PRIORITY.length ? PRIORITY[i] : rng.weighted(WEIGHTS);
    if ((used.get(a) ?? 0) >= (caps[a] ?? Infinity)) a = 'clinic';
    let d = districtFor(rng, a, counts, out.length);
    let name: string | null = null;
    for (let attempt = 0; attempt < 40 && !name; attempt++) {
      const c = nameCandidate(rng, a, d);
      if (c && !names.has(c)) name = c;
      else if (attempt % 8 === 7 && !SPECS[a].cityLevel) d = rng.pick(DEMO_DISTRICTS);
    }
    // Every fixed name of this kind is taken: fall back to a clinic, whose names never run out.
    while (!name) {
      a = 'clinic';
      const c = nameCandidate(rng, a, d);
      if (c && !names.has(c)) name = c;
    }
    names.add(name);
    used.set(a, (used.get(a) ?? 0) + 1);
    counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    const spec = SPECS[a];
    const prefix = rng.weighted(spec.prefixes);
    let uscc = '';
    do uscc = makeUscc(prefix, d.code, orgBody(rng, prefix)); while (codes.has(uscc));
    codes.add(uscc);
    const category = categoryOf(a, name);
    out.push({
      uscc, licenceNo: licenceNo(uscc, d.code, category, spec.ownership, prefix), name, aliases: [],
      districtCode: d.code, districtName: d.name, category, ownership: spec.ownership, level: rng.weighted(spec.levels),
      provincialDirect: a === 'provincial', contactPerson: personName(rng), contactPhone: phone(rng, spec.size),
      archetype: a, size: spec.size,
    });
  }
  return out;
}
