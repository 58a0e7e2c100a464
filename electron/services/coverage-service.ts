/**
 * 社会办 inspection coverage from the inspection log, for the UI, the statistics and the bulletin:
 * `socialCoverage(ctx, periodCode)` counts, to the end of the period, the distinct 社会办
 * institutions inspected over the 社会办 institutions on the roster then (not retired by the
 * cut-off, the statistics engine's A2 rule), per district and city-wide, against the campaign's
 * target, with the list of those not yet inspected.
 */
import { computeCoverage, type NotInspectedRow, type SocialCoverage } from '../../shared/domain/coverage';
import { isWithin } from '../../shared/domain/region';
import type { Campaign } from '../../shared/domain/campaign';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import * as repo from '../db/repos/inspections-repo';
import { today, type AppContext } from './app-context';
import { periodRows, requireCampaign, requirePeriod } from './campaign-service';

/** The period named, else the one holding today (clamped to the campaign). */
export function coveragePeriod(ctx: AppContext, c: Campaign, periodCode?: string | null): PeriodRow {
  if (periodCode) return requirePeriod(c, periodCode);
  const all = periodRows(c);
  const day = today(ctx);
  return all.find((p) => p.start <= day && day <= p.end) ?? (day < all[0].start ? all[0] : all[all.length - 1]);
}

export function socialCoverage(ctx: AppContext, periodCode?: string | null): SocialCoverage {
  const c = requireCampaign(ctx);
  const p = coveragePeriod(ctx, c, periodCode);
  const units = repo.socialInstitutions(ctx.db)
    .filter((u) => u.retired_at === null || u.retired_at.slice(0, 10) > p.end)
    .map((u) => ({ id: u.id, name: u.name, uscc: u.uscc, licenceNo: u.licence_no, districtCode: u.district_code, category: u.category }));
  const inspected = new Set(repo.inspectedInstitutionIds(ctx.db, c.id, p.code));
  return computeCoverage({ period: p.code, cutoff: p.end, target: c.thresholds.socialInspectionCoverage, units, inspected });
}

/** The 社会办 institutions not yet inspected (optionally within a district or city code). */
export function notInspected(ctx: AppContext, periodCode?: string | null, districtCode?: string | null): NotInspectedRow[] {
  const rows = socialCoverage(ctx, periodCode).notInspected;
  return districtCode ? rows.filter((r) => isWithin(r.districtCode, districtCode)) : rows;
}
