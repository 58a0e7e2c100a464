/**
 * 行政区划 (GB/T 2260, six digits) from the dated snapshot in resources/codes/gbt2260.json
 * (scripts/gen-gbt2260.mjs). Codes are validated by lookup, never by digit-range rules
 * (domain.md §5.2). The tree is province → city → county; counties of 直辖市 and 省直辖县级市 hang
 * directly under their province.
 *
 * A campaign's region limit (campaign.regionCode) is a code at any level: a city code 321300
 * contains its counties 3213xx. Institutions belong to a "reporting district": a county-level code,
 * or a city code for 市直/市本级 units and for cities without counties (东莞市).
 */
import snapshot from '../../resources/codes/gbt2260.json';

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}

/** The date the code table describes (statistics bureau cut-off). */
export const GBT2260_AS_OF: string = snapshot.asOf;
export const GBT2260_SOURCE: string = snapshot.source;

const BY_CODE = new Map<string, Region>();
const CHILDREN = new Map<string, Region[]>();
for (const row of snapshot.rows as [string, string, RegionLevel, string | null][]) {
  const r: Region = { code: row[0], name: row[1], level: row[2], parent: row[3] };
  BY_CODE.set(r.code, r);
  if (r.parent) {
    const list = CHILDREN.get(r.parent) ?? [];
    list.push(r);
    CHILDREN.set(r.parent, list);
  }
}
const ALL: Region[] = [...BY_CODE.values()];

// Suffixes dropped to get the short form clerks type (宿城 for 宿城区, 江苏 for 江苏省). Longest first.
const SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '林区', '特区', '地区', '省', '市', '区', '县', '旗', '盟'];

/** Half-width digits/letters, no whitespace (incl. U+3000/NBSP), unified brackets. */
function norm(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0\u200b-\u200d\ufeff]/g, '');
}

const SIX_DIGITS = /^\d{6}$/;

/** 宿城区 → 宿城; keeps at least two characters (城区 stays 城区 … as does 和县). */
export function shortRegionName(name: string): string {
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return name;
}

export function lookupRegion(code: string): Region | null {
  return BY_CODE.get(norm(code)) ?? null;
}

/** Root first: [江苏省, 宿迁市, 宿城区]. Empty for an unknown code. */
export function regionPath(code: string): Region[] {
  const out: Region[] = [];
  let r = lookupRegion(code);
  while (r) {
    out.unshift(r);
    r = r.parent ? BY_CODE.get(r.parent) ?? null : null;
  }
  return out;
}

/** 江苏省宿迁市宿城区 (the code itself when unknown). */
export function regionFullName(code: string): string {
  const p = regionPath(code);
  return p.length ? p.map((r) => r.name).join('') : code;
}

/**
 * The digit prefix a region code stands for: 321300 → 3213, 320000 → 32, 321302 → 321302. Also
 * accepts a prefix as given (3213). Works for summary codes not in the table (110100 → 1101).
 */
export function regionPrefix(regionCode: string): string {
  const c = SIX_DIGITS.test(regionCode) ? regionCode : norm(regionCode);
  if (c.length !== 6) return c;
  if (c.endsWith('0000')) return c.slice(0, 2);
  if (c.endsWith('00')) return c.slice(0, 4);
  return c;
}

/** Whether `code` lies in the region (a region contains itself). No region (null) = everywhere. */
export function isWithin(code: string, regionCode: string | null | undefined): boolean {
  if (!regionCode) return true;
  return (SIX_DIGITS.test(code) ? code : norm(code)).startsWith(regionPrefix(regionCode));
}

export function childrenOf(code: string): Region[] {
  return [...(CHILDREN.get(norm(code)) ?? [])];
}

/** Whether institutions may be filed under this code: counties, and cities (市直/市本级). */
export function isReportingDistrict(r: Region): boolean {
  return r.level === 'county' || r.level === 'city';
}

/**
 * The districts (county level) of a region in code order — what a roster's 所属区县 column lists.
 * A city without counties (东莞市) counts as its own district; a county region yields itself.
 * No region (null) gives every county in the table.
 */
export function districtsOf(regionCode: string | null | undefined): Region[] {
  const within = regionCode ? ALL.filter((r) => isWithin(r.code, regionCode)) : ALL;
  return within.filter((r) => r.level === 'county' || (r.level === 'city' && !CHILDREN.has(r.code)));
}

/** How a reporting district is shown: 宿城区; 宿迁市本级 for a city's own units; the code if unknown. */
export function districtLabel(code: string): string {
  const r = lookupRegion(code);
  if (!r) return code;
  return r.level === 'city' && CHILDREN.has(r.code) ? `${r.name}本级` : r.name;
}

/** The region itself, its ancestors and every descendant: the nodes of a district tree. */
export function regionTree(regionCode: string | null | undefined): Region[] {
  if (!regionCode) return [...ALL];
  const ancestors = regionPath(regionCode).slice(0, -1);
  return [...ancestors, ...ALL.filter((r) => isWithin(r.code, regionCode))];
}

function namesOf(r: Region): string[] {
  const s = shortRegionName(r.name);
  return s === r.name ? [r.name] : [r.name, s];
}

/** Whether `rest` is the tail of r's ancestor chain written out (江苏宿迁 / 宿迁市 / 江苏省宿迁市). */
function matchesAncestors(rest: string, r: Region): boolean {
  if (!rest) return true;
  const ancestors = regionPath(r.code).slice(0, -1).reverse(); // nearest first
  let tail = rest;
  for (const a of ancestors) {
    const hit = namesOf(a).find((n) => tail.endsWith(n));
    if (!hit) return false;
    tail = tail.slice(0, -hit.length);
    if (!tail) return true;
  }
  return false;
}

/** Whether `label` names r: its name or short name, optionally preceded by its ancestors. */
function labelNames(label: string, r: Region): boolean {
  return namesOf(r).some((n) => label === n || (label.endsWith(n) && matchesAncestors(label.slice(0, -n.length), r)));
}

interface Scope {
  regions: Region[];
  byName: Map<string, Region[]>;
  byShort: Map<string, Region[]>;
}
const SCOPES = new Map<string, Scope>();

/** The regions inside a limit with name indexes, built once per limit (imports resolve every row). */
function scopeOf(withinPrefix: string | null | undefined): Scope {
  const key = withinPrefix ? regionPrefix(withinPrefix) : '';
  let s = SCOPES.get(key);
  if (!s) {
    const regions = key ? ALL.filter((r) => r.code.startsWith(key)) : ALL;
    const index = (f: (r: Region) => string) => {
      const m = new Map<string, Region[]>();
      for (const r of regions) m.set(f(r), [...(m.get(f(r)) ?? []), r]);
      return m;
    };
    s = { regions, byName: index((r) => r.name), byShort: index((r) => shortRegionName(r.name)) };
    SCOPES.set(key, s);
  }
  return s;
}

// 市直/市本级 units are filed under the city itself (宿迁市本级, 宿迁市直, or just 市本级).
const CITY_LEVEL_SUFFIXES = ['市本级', '本级', '市直属', '直属', '市直'];

/**
 * Every region the text may mean, best rule first: a six-digit code (also "321302 宿城区"), the
 * exact name, the name with its city/province written before it (宿迁市宿城区, 江苏宿迁宿城区), the
 * short name (宿城, 沭阳); "宿迁市本级"/"市直" mean the city. `withinPrefix` (a region code or prefix)
 * limits the candidates.
 */
export function matchRegions(text: string, withinPrefix?: string | null): Region[] {
  const t = norm(text).replace(/[()（）[\]【】<>《》\-_:：/、,，.。]/g, '');
  if (!t) return [];
  const inScope = (r: Region) => isWithin(r.code, withinPrefix);
  const lead = /^(\d{6})(\D*)$/.exec(t);
  const trail = lead ? null : /^(\D*)(\d{6})$/.exec(t);
  if (lead || trail) {
    const code = lead ? lead[1] : trail![2];
    const label = lead ? lead[2] : trail![1];
    const r = BY_CODE.get(code);
    return r && inScope(r) && (!label || labelNames(label, r)) ? [r] : [];
  }
  const cityLevel = CITY_LEVEL_SUFFIXES.find((s) => t.endsWith(s));
  if (cityLevel) {
    const base = t.slice(0, -cityLevel.length);
    if (!base) {
      const own = withinPrefix ? lookupRegion(withinPrefix) : null;
      return own && own.level === 'city' ? [own] : [];
    }
    const cities = matchRegions(base, withinPrefix).filter((r) => r.level === 'city');
    if (cities.length) return cities;
  }
  const scope = scopeOf(withinPrefix);
  const exact = scope.byName.get(t);
  if (exact) return [...exact];
  const withAncestors = scope.regions.filter((r) => t.endsWith(r.name) && t.length > r.name.length && matchesAncestors(t.slice(0, -r.name.length), r));
  if (withAncestors.length) return withAncestors;
  const short = scope.byShort.get(t);
  if (short) return [...short];
  return scope.regions.filter((r) => labelNames(t, r));
}

/** The one region the text names (see matchRegions), or null when none or several match. */
export function findRegionByName(text: string, withinPrefix?: string | null): Region | null {
  const hits = matchRegions(text, withinPrefix);
  return hits.length === 1 ? hits[0] : null;
}
