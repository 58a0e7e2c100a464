/**
 * Which unit and period a return belongs to. Metadata first; when metadata is present but unknown
 * or contradictory (another campaign, a period outside the campaign, a USCC not on the roster) the
 * file is refused — never guessed from its name. Without metadata (a hand-made file): USCC in the
 * sheets, then a name or alias in the sheets, then the file name; the rule that matched is kept.
 */
import type { Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import { normalizeUscc } from '../../shared/domain/uscc';
import { isPeriodCode } from '../../shared/domain/period';
import type { ParsedReturn } from '../../shared/import/parse-return';
import { normalizeKey } from '../../shared/import/text';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import type { Db } from '../db/connection';
import { allUnits, unitByLicence, unitByUscc, type UnitRef } from '../db/repos/submissions-repo';
import { departmentUnitFor } from '../db/repos/departments-repo';

export interface Identified {
  unit: UnitRef;
  period: PeriodRow;
  rule: string; // 元数据 / 表内信用代码 / 表内单位名称 / 文件名
  templateVersion: string | null;
}

export type IdentifyResult = { ok: true; value: Identified } | { ok: false; issues: Issue[] };

const refuse = (file: string, message: string): IdentifyResult => ({ ok: false, issues: [{ rule: 'identify', severity: '错误', file, message: `${file}：${message}` }] });

/** Period from a file name: `2023-06-H1` or `2023年6月上半月`. */
export function periodFromName(name: string): string | null {
  const code = /(\d{4})-(\d{2})-H([12])/i.exec(name);
  if (code) return `${code[1]}-${code[2]}-H${code[3]}`;
  const label = /(\d{4})年(\d{1,2})月(上|下)半月/.exec(name);
  if (label) return `${label[1]}-${label[2].padStart(2, '0')}-H${label[3] === '上' ? 1 : 2}`;
  return null;
}

function byNameOrAlias(units: UnitRef[], text: string): UnitRef[] {
  const k = normalizeKey(text);
  return units.filter((u) => !u.retired_at && (normalizeKey(u.name) === k || (JSON.parse(u.aliases_json) as string[]).some((a) => normalizeKey(a) === k)));
}

/** Units whose name or alias appears in the file name; the longest match wins. */
function byFileName(units: UnitRef[], fileName: string): UnitRef[] {
  const base = normalizeKey(fileName.split('/').pop() ?? fileName);
  let best: UnitRef[] = [];
  let bestLen = 0;
  for (const u of units) {
    if (u.retired_at) continue;
    for (const n of [u.name, ...(JSON.parse(u.aliases_json) as string[])]) {
      const k = normalizeKey(n);
      if (k.length < 2 || !base.includes(k)) continue;
      if (k.length > bestLen) { best = [u]; bestLen = k.length; }
      else if (k.length === bestLen && !best.includes(u)) best.push(u);
    }
  }
  return best;
}

/** A department's return must land on a department unit, an institution's on an institution. */
export function identifyReturn(db: Db, c: Campaign, periods: PeriodRow[], parsed: ParsedReturn, file: string, periodFlag: string | null): IdentifyResult {
  const r = identifyUnit(db, c, periods, parsed, file, periodFlag);
  if (!r.ok) return r;
  const isDept = r.value.unit.kind === 'department';
  if (parsed.kind === 'department' && !isDept) return refuse(file, `文件是协作部门的报送表，但识别出的单位“${r.value.unit.name}”是医疗机构，请核对后使用对应的模板。`);
  if (parsed.kind !== 'department' && isDept) return refuse(file, `“${r.value.unit.name}”是协作部门，请使用部门报送模板（进展数据中填写部门指标），不要使用医疗机构的填报表。`);
  return r;
}

function identifyUnit(db: Db, c: Campaign, periods: PeriodRow[], parsed: ParsedReturn, file: string, periodFlag: string | null): IdentifyResult {
  const findPeriod = (code: string) => periods.find((p) => p.code === code);
  const m = parsed.meta;
  if (m && (m.campaign || m.period || m.uscc || m.licence)) {
    if (m.campaign && m.campaign !== c.code) return refuse(file, `该文件是专项“${m.campaign}”的模板，不属于当前专项“${c.name}”（${c.code}），请确认后使用当前专项下发的模板。`);
    if (!m.period || !isPeriodCode(m.period)) return refuse(file, `模板元数据中的报告期“${m.period ?? ''}”无效，请使用本期下发的模板。`);
    const period = findPeriod(m.period);
    if (!period) return refuse(file, `模板的报告期 ${m.period} 不在当前专项期间内（${periods[0].code} 至 ${periods[periods.length - 1].code}）。`);
    if (periodFlag && periodFlag !== m.period) return refuse(file, `模板的报告期是 ${m.period}，与指定的 --period ${periodFlag} 不一致。`);
    if (parsed.kind === 'department') {
      const dept = departmentUnitFor(db, c, m.department, m.name);
      if (!dept) return refuse(file, `部门报送表中的单位（${m.name ?? m.department ?? '未注明'}）不是专项“${c.name}”的协作部门，请确认专项设置中的协作部门，或使用本期下发的部门报送模板。`);
      return { ok: true, value: { unit: dept, period, rule: '元数据', templateVersion: m.version } };
    }
    const unit = (m.uscc && unitByUscc(db, normalizeUscc(m.uscc))) || (m.licence && unitByLicence(db, m.licence)) || undefined;
    if (!unit) return refuse(file, `模板中的机构（${m.name ?? ''}，${m.uscc ?? m.licence ?? '无代码'}）不在机构名册中，请先在名册中添加该机构，或确认文件来源。`);
    if (unit.retired_at) return refuse(file, `机构“${unit.name}”已在名册中停用，如需导入请先恢复。`);
    return { ok: true, value: { unit, period, rule: '元数据', templateVersion: m.version } };
  }
  // A hand-made file: no metadata.
  const pcode = periodFlag ?? periodFromName(file);
  if (!pcode) return refuse(file, '文件没有模板元数据，也无法从文件名判断报告期，请用 --period（界面中“报告期”）指定，或使用下发的模板。');
  const period = findPeriod(pcode);
  if (!period) return refuse(file, `报告期 ${pcode} 不在当前专项期间内（${periods[0].code} 至 ${periods[periods.length - 1].code}）。`);
  const units = allUnits(db);
  for (const code of parsed.hints.uscc) {
    const u = unitByUscc(db, code);
    if (u && !u.retired_at) return { ok: true, value: { unit: u, period, rule: '表内统一社会信用代码', templateVersion: null } };
  }
  for (const name of parsed.hints.names) {
    const hits = byNameOrAlias(units, name);
    if (hits.length === 1) return { ok: true, value: { unit: hits[0], period, rule: '表内单位名称', templateVersion: null } };
  }
  const fromName = byFileName(units, file);
  if (fromName.length === 1) return { ok: true, value: { unit: fromName[0], period, rule: '文件名', templateVersion: null } };
  if (fromName.length > 1) return refuse(file, `无法确定是哪个机构：文件名同时匹配 ${fromName.map((u) => u.name).join('、')}，请在表内填写统一社会信用代码或使用下发的模板。`);
  return refuse(file, '无法确定是哪个机构：表内没有名册中的统一社会信用代码或单位名称，文件名也不含机构名称。请使用下发的模板，或在“进展数据”表头填写“填报单位：机构全称”。');
}
