/**
 * 报送情况 for one period: per unit 已报 / 逾期 (days late = received − due) / 未报, with its
 * versions; per district counts and rates; the reminder text for the WeChat group. Units due are
 * those on the roster not retired by the period's last day, plus any unit that returned anyway
 * (the same rule as the cube's I1, so the tracker and the statistics agree); partner departments
 * are tracked by department-service.ts instead.
 */
import { districtLabel } from '../../shared/domain/region';
import { compareCodePoints, dimKey } from '../../shared/stats/pivot';
import { classifyReturn, countRows, reminderLines } from '../../shared/stats/reporting';
import type { StatusRow, SubmissionStatus } from '../../shared/stats/types';
import { periodVersions, type VersionRow } from '../db/repos/stats-repo';
import type { AppContext } from './app-context';
import { requireCampaign, requirePeriod } from './campaign-service';
import { memo } from './stats-cache';
import { dueFor, statsInputs } from './stats-cube';
import { periodInfo } from './stats-service';

export function submissionStatus(ctx: AppContext, args: { period: string }): SubmissionStatus {
  const campaign = requireCampaign(ctx);
  const p = requirePeriod(campaign, args.period);
  const inputs = statsInputs(ctx, campaign);
  const versions = memo(ctx.db, `versions:${campaign.id}:${p.code}`, () => {
    const byUnit = new Map<number, VersionRow[]>();
    for (const v of periodVersions(ctx.db, campaign.id, p.code)) {
      const list = byUnit.get(v.institution_id);
      if (list) list.push(v);
      else byUnit.set(v.institution_id, [v]);
    }
    return byUnit;
  });
  const rows: StatusRow[] = [];
  const exempt: NonNullable<SubmissionStatus['exempt']> = [];
  for (const u of inputs.roster) {
    const vs = versions.get(u.id) ?? [];
    const counted = vs.find((v) => v.is_current === 1 && v.state === 'accepted') ?? null;
    const retired = u.retired_at !== null && u.retired_at.slice(0, 10) <= p.end;
    if (retired && !counted) continue;
    const due = dueFor(inputs, p, u.id);
    const ex = inputs.exceptions.get(p.code)?.get(u.id);
    if (due === null && !counted) {
      exempt.push({ institutionId: u.id, name: u.name, districtName: districtLabel(u.district_code), reason: ex?.reason ?? '' });
      continue;
    }
    const { state, daysLate } = classifyReturn(due ?? p.due, counted?.received_date ?? null);
    const latest = vs[vs.length - 1];
    rows.push({
      institutionId: u.id, name: u.name, uscc: u.uscc, licenceNo: u.licence_no, kind: u.kind,
      districtCode: u.district_code, districtName: districtLabel(u.district_code),
      state, dueDate: due ?? p.due, receivedDate: counted?.received_date ?? null, daysLate,
      version: counted?.version ?? null, versions: vs.length,
      returned: !counted && latest !== undefined && latest.state === 'returned',
      ...(ex?.kind === 'extension' ? { extension: { newDue: ex.new_due ?? p.due, reason: ex.reason } } : {}),
      ...(counted?.is_nil ? { nil: true } : {}),
    });
  }
  rows.sort((a, b) => compareCodePoints(a.districtCode, b.districtCode) || compareCodePoints(a.name, b.name)
    || compareCodePoints(a.uscc ?? a.licenceNo ?? '', b.uscc ?? b.licenceNo ?? ''));
  const districts = [...new Set(rows.map((r) => r.districtCode))].sort(compareCodePoints);
  const lines = reminderLines(p.label, p.due, rows);
  return {
    campaignCode: campaign.code,
    period: periodInfo(p),
    rows,
    byDistrict: districts.map((d) => ({ key: dimKey('district', d, campaign.focusAreas), counts: countRows(rows.filter((r) => r.districtCode === d)) })),
    totals: countRows(rows),
    reminder: lines.join('\n'),
    reminderLines: lines,
    exempt,
  };
}
