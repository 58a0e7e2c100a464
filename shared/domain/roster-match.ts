/**
 * Matching roster rows to stored institutions by name when no code matched: the 全称 of one side
 * equal to the 全称 or a 简称 of the other. Such a row is not guessed — the clerk decides (合并、
 * 新增、跳过), so these helpers only find the candidates, say why, and merge names on 合并. Pure.
 */
import type { Institution, InstitutionInput } from './institution';
import { nameKey } from './roster-rules';

export type DecisionAction = 'merge' | 'add' | 'skip';

/** The clerk's choice for one row of the file (row = the worksheet row number). */
export interface RosterDecision {
  row: number;
  action: DecisionAction;
  /** The stored institution to merge into (required for merge when there are several candidates). */
  targetId?: number;
}

export interface NameCandidate {
  institution: Institution;
  /** 名称: the full names are equal; 简称: a 简称 of one side equals a name or 简称 of the other. */
  matchedBy: '名称' | '简称';
}

function keysOf(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map(nameKey).filter(Boolean));
}

/** Builds a finder over the stored roster (indexed once per import). */
export function candidateFinder(existing: readonly Institution[]): (input: Pick<InstitutionInput, 'name' | 'aliases'>) => NameCandidate[] {
  const byKey = new Map<string, Institution[]>();
  for (const i of existing) {
    for (const k of keysOf(i.name, i.aliases)) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  }
  return (input) => {
    const rowName = nameKey(input.name);
    const seen = new Set<number>();
    const out: NameCandidate[] = [];
    for (const k of keysOf(input.name, input.aliases)) {
      for (const i of byKey.get(k) ?? []) {
        if (seen.has(i.id)) continue;
        seen.add(i.id);
        out.push({ institution: i, matchedBy: nameKey(i.name) === rowName ? '名称' : '简称' });
      }
    }
    // Active institutions first, then the roster order (district code, name).
    return out.sort((a, b) => Number(!!a.institution.retiredAt) - Number(!!b.institution.retiredAt)
      || (a.institution.districtCode < b.institution.districtCode ? -1 : a.institution.districtCode > b.institution.districtCode ? 1 : 0)
      || (a.institution.name < b.institution.name ? -1 : a.institution.name > b.institution.name ? 1 : a.institution.id - b.institution.id));
  };
}

function codeText(i: Pick<InstitutionInput, 'uscc' | 'licenceNo'>): string {
  if (i.uscc) return `统一社会信用代码${i.uscc}`;
  if (i.licenceNo) return `登记号${i.licenceNo}`;
  return '无代码';
}

/** How the row's codes differ from a candidate's, in the clerk's words. */
function codeDifference(row: InstitutionInput, c: Institution): string {
  if (row.uscc && c.uscc) return '统一社会信用代码不同';
  if (!row.uscc && c.uscc) return '本行未填统一社会信用代码';
  if (row.uscc && !c.uscc) return '名册中该机构尚无统一社会信用代码';
  return '执业许可证登记号不同';
}

/** Why the row needs a decision (without the row number): shown in the report's 需要确认 table. */
export function decisionReason(row: InstitutionInput, candidates: readonly NameCandidate[]): string {
  const describe = (c: NameCandidate) =>
    `“${c.institution.name}”（${c.institution.districtName}，${codeText(c.institution)}${c.institution.retiredAt ? '，已停用' : ''}）`;
  if (candidates.length === 1) {
    const c = candidates[0];
    return `${c.matchedBy === '名称' ? '名称' : '名称或简称'}与名册中的${describe(c)}相同，但${codeDifference(row, c.institution)}。` +
      '请选择：合并到该机构、作为新机构新增，或跳过此行';
  }
  return `名称或简称与名册中的 ${candidates.length} 个机构相同：${candidates.map(describe).join('、')}。` +
    '请选择合并到其中哪一个、作为新机构新增，或跳过此行';
}

/**
 * 合并: the stored institution takes the row's values, but a row written with a 简称 keeps the
 * stored 全称; a new full name keeps the old one as a 简称 so returns under it are still found.
 */
export function mergeNames(before: InstitutionInput, merged: InstitutionInput, rowName: string): Pick<InstitutionInput, 'name' | 'aliases'> {
  const rowIsAlias = before.aliases.some((a) => nameKey(a) === nameKey(rowName));
  const name = rowIsAlias ? before.name : merged.name;
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  for (const a of [...before.aliases, ...merged.aliases, ...(rowIsAlias ? [] : [before.name, rowName])]) {
    const k = nameKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    aliases.push(a);
  }
  return { name, aliases };
}
