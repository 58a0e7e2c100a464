/**
 * 下发区县汇总填报表: for a district that collects from its own hospitals, one workbook listing
 * every active institution of the district (roster order) with their still-open ledger issues.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { districtReturnFileName } from '../../shared/domain/district-return';
import { districtLabel, isWithin, lookupRegion } from '../../shared/domain/region';
import * as roster from '../db/repos/institutions-repo';
import { openIssuesBefore } from '../db/repos/open-issues-repo';
import { getSetting } from '../db/repos/settings-repo';
import { writeDistrictTemplate } from '../templates/district-return-writer';
import type { AppContext } from './app-context';
import { audit } from './audit';
import { requirePeriod, requireWritableCampaign } from './campaign-service';
import { TEMPLATE_CONTACT_SETTING, toLedgerRow } from './template-service';

export interface DistrictTemplateFile {
  period: string;
  periodLabel: string;
  due: string;
  district: string;
  districtName: string;
  fileName: string;
  path: string;
  institutions: number;
  prefilledIssues: number;
}

/** Writes `<period>-<district>-区县汇总填报表.xlsx` into outDir. */
export async function generateDistrictTemplate(ctx: AppContext, o: { period: string; district: string; outDir: string }): Promise<DistrictTemplateFile> {
  const c = requireWritableCampaign(ctx, '下发区县汇总填报表');
  const period = requirePeriod(c, o.period);
  const code = o.district.trim();
  const region = lookupRegion(code);
  if (!/^\d{6}$/.test(code) || !region) throw new AppError('validation', `区县代码“${o.district}”不是有效的行政区划代码（6 位数字，如 321302），请核对。`);
  if (!isWithin(code, c.regionCode)) throw new AppError('validation', `${region.name}（${code}）不在本专项的辖区（${c.regionCode}）内。`);
  const districtName = districtLabel(code);
  const units = roster.allInstitutions(ctx.db, { districtCode: code }).filter((i) => i.districtCode === code);
  if (!units.length) throw new AppError('validation', `机构名册中没有属于${districtName}（${code}）的在册机构，请先在“机构名册”中导入或添加该区县的机构。`);
  let prefilled = 0;
  const institutions = units.map((u) => {
    const openIssues = openIssuesBefore(ctx.db, c.id, u.id, period.code).map(toLedgerRow);
    prefilled += openIssues.length;
    return { uscc: u.uscc, name: u.name, openIssues };
  });
  const bytes = await writeDistrictTemplate({
    campaign: c, period, district: { code, name: districtName }, institutions,
    contact: getSetting(ctx.db, TEMPLATE_CONTACT_SETTING), createdAt: ctx.now(),
  });
  fs.mkdirSync(o.outDir, { recursive: true });
  const fileName = districtReturnFileName(period.label, districtName);
  const file = path.join(o.outDir, fileName);
  fs.writeFileSync(file, bytes);
  ctx.db.transaction(() => {
    audit(ctx, {
      action: 'template.generate-district', entity: 'period', entityId: period.code, campaignId: c.id,
      detail: { district: code, districtName, institutions: institutions.length, prefilledIssues: prefilled },
    });
  })();
  return { period: period.code, periodLabel: period.label, due: period.due, district: code, districtName, fileName, path: file, institutions: institutions.length, prefilledIssues: prefilled };
}
