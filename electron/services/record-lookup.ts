/**
 * What the inspection and lead parsers need from the database: the roster (by USCC, then by name
 * or alias, exactly) and whether a ledger number exists for an institution; plus the shared
 * all-or-nothing write helper (a dry run does the same writes and rolls them back).
 */
import type { Campaign } from '../../shared/domain/campaign';
import type { RecordContext } from '../../shared/domain/record-rules';
import { checkUscc, normalizeUscc } from '../../shared/domain/uscc';
import type { InstitutionMatch } from '../../shared/import/parse-inspections';
import { normalizeKey } from '../../shared/import/text';
import { allInstitutions } from '../db/repos/institutions-repo';
import { issueByLedgerNo } from '../db/repos/linked-issues-repo';
import { today, type AppContext } from './app-context';

export function recordContext(ctx: AppContext, c: Campaign): RecordContext {
  return {
    campaignStart: c.startDate, campaignEnd: c.endDate, today: today(ctx),
    issueExists: (institutionId, ledgerNo) => !!issueByLedgerNo(ctx.db, c.id, institutionId, ledgerNo),
  };
}

/** Roster lookup for imported rows: USCC (or licence number) when given, else exact name or alias. */
export function institutionMatcher(ctx: AppContext): (uscc: string, name: string) => InstitutionMatch {
  const roster = allInstitutions(ctx.db, { includeRetired: true });
  const byCode = new Map<string, (typeof roster)[number]>();
  const byName = new Map<string, (typeof roster)[number][]>();
  for (const i of roster) {
    if (i.uscc) byCode.set(i.uscc, i);
    if (i.licenceNo) byCode.set(normalizeUscc(i.licenceNo), i);
    for (const n of [i.name, ...i.aliases]) {
      const k = normalizeKey(n);
      const list = byName.get(k) ?? [];
      if (!list.includes(i)) list.push(i);
      byName.set(k, list);
    }
  }
  return (uscc, name) => {
    if (uscc) {
      const code = normalizeUscc(uscc);
      const hit = byCode.get(code);
      if (!hit) {
        const check = checkUscc(code);
        const why = check.ok ? '' : `（${check.reason}）`;
        return { ok: false, reason: `统一社会信用代码“${uscc}”不在机构名册中${why}，请核对代码，或先在“机构名册”中添加该机构` };
      }
      const named = name && normalizeKey(name) !== normalizeKey(hit.name) && !hit.aliases.some((a) => normalizeKey(a) === normalizeKey(name));
      const retired = hit.retiredAt ? `；该机构已于 ${hit.retiredAt.slice(0, 10)} 在名册中停用` : '';
      return { ok: true, id: hit.id, name: hit.name, warning: named || retired ? `${named ? `机构名称“${name}”与名册（${hit.name}）不一致，已按统一社会信用代码识别` : ''}${retired}` || undefined : undefined };
    }
    const hits = byName.get(normalizeKey(name)) ?? [];
    if (hits.length === 1) return { ok: true, id: hits[0].id, name: hits[0].name, warning: hits[0].retiredAt ? `该机构已于 ${hits[0].retiredAt.slice(0, 10)} 在名册中停用` : undefined };
    if (hits.length > 1) return { ok: false, reason: `名册中有 ${hits.length} 家机构叫“${name}”（${hits.map((h) => h.districtName).join('、')}），请填写统一社会信用代码以区分` };
    return { ok: false, reason: `“${name}”不在机构名册中，请填写名册中的机构全称或统一社会信用代码，或先在“机构名册”中添加该机构` };
  };
}

/** Runs writes in one transaction; a dry run rolls them back and returns the same result. */
export function writeAll<T>(ctx: AppContext, dryRun: boolean, fn: () => T): T {
  if (!dryRun) return ctx.db.transaction(fn)();
  ctx.db.exec('BEGIN');
  try {
    return fn();
  } finally {
    ctx.db.exec('ROLLBACK');
  }
}
