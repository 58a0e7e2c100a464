/**
 * Demo data (CLI `demo`, the first-run wizard's "load demo data"): creates the campaign when the
 * data folder has none and a fictional roster in 宿迁市, then writes one filled return per
 * institution × period for the first K periods — and nothing else; it never imports them.
 * Deterministic for a seed: same seed, same options, same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Campaign } from '../../../shared/domain/campaign';
import { isWithin } from '../../../shared/domain/region';
import { returnFileName } from '../../../shared/domain/return-template';
import { presetDraft } from '../../../shared/presets/index';
import * as roster from '../../db/repos/institutions-repo';
import { timestamp, type AppContext } from '../app-context';
import { audit } from '../audit';
import { createCampaign, currentCampaign, periodRows } from '../campaign-service';
import type { JobHandle } from '../jobs';
import { tellStory } from './institution-story';
import type { MessKind } from './mess';
import { Rng } from './prng';
import { behaviourOf, districtTiers, type Tier } from './profiles';
import { generateRoster, type DemoInstitution } from './roster-gen';
import { CITY_CODE, DEMO_DISTRICTS } from './vocab';
import { simulateInspectionLog, type DemoLogSummary } from './inspection-log';
import { writeDepartmentReturns, type DemoDepartmentFile } from './department-returns';

export const DEFAULT_DEMO_SEED = 2023;
export const MAX_DEMO_INSTITUTIONS = 2000;

export interface DemoOptions {
  institutions: number;
  periods: number;
  outDir: string;
  /** Preset and start date used only when the data folder has no campaign yet. */
  preset?: string;
  start?: string;
  seed?: number;
  /** One sub-folder per district (省直省管 apart) instead of one flat folder. */
  splitByDistrict?: boolean;
  /** Also write partner departments' filled returns here (never into outDir). */
  departmentReturnsDir?: string;
}

export interface DemoFile {
  path: string;
  fileName: string;
  uscc: string;
  institution: string;
  districtCode: string;
  period: string;
  /** When the institution "sent" it (the file's modification time is set to that day). */
  receivedDate: string;
  daysLate: number;
  mess: MessKind[];
  ledgerRows: number;
}

export interface DemoInstitutionSummary {
  uscc: string;
  name: string;
  districtCode: string;
  districtName: string;
  category: string;
  ownership: string;
  provincialDirect: boolean;
  tier: Tier;
  diligence: number;
  submitted: number;
  missing: string[];
  issues: number;
  rectified: number;
  open: number;
  overdue: number;
}

export interface DemoResult {
  campaignCode: string;
  campaignCreated: boolean;
  seed: number;
  institutionsAdded: number;
  periods: string[];
  /** Set when fewer periods exist than were asked for. */
  periodsClamped: boolean;
  districts: { code: string; name: string; tier: Tier }[];
  institutions: DemoInstitutionSummary[];
  files: DemoFile[];
  outDir: string;
  /** The inspection log and leads written into the database. */
  inspectionLog: DemoLogSummary;
  departmentFiles: DemoDepartmentFile[];
}

function validate(o: DemoOptions): void {
  if (!Number.isInteger(o.institutions) || o.institutions < 1 || o.institutions > MAX_DEMO_INSTITUTIONS) {
    throw new AppError('usage', `机构数应为 1–${MAX_DEMO_INSTITUTIONS} 之间的整数：${o.institutions}`);
  }
  if (!Number.isInteger(o.periods) || o.periods < 1) throw new AppError('usage', `报告期数应为正整数：${o.periods}`);
  if (o.seed !== undefined && (!Number.isInteger(o.seed) || o.seed < 0)) throw new AppError('usage', `随机种子应为非负整数：${o.seed}`);
  if (o.departmentReturnsDir) {
    const rel = path.relative(path.resolve(o.outDir), path.resolve(o.departmentReturnsDir));
    if (!rel || !rel.startsWith('..')) throw new AppError('usage', '部门报送表的输出文件夹不能是填报表文件夹或其子文件夹（填报表文件夹只放机构填报表）');
  }
}

function ensureCampaign(ctx: AppContext, o: DemoOptions): { campaign: Campaign; created: boolean } {
  const existing = currentCampaign(ctx);
  if (existing) {
    if (existing.regionCode && !isWithin(DEMO_DISTRICTS[0].code, existing.regionCode)) {
      throw new AppError('validation', `当前专项限定的地区（${existing.regionCode}）不含宿迁市，演示数据无法加入；请换一个空的数据目录运行 demo。`);
    }
    return { campaign: existing, created: false };
  }
  const draft = presetDraft(o.preset ?? 'provincial-2023', o.start);
  draft.regionCode ??= CITY_CODE;
  return { campaign: createCampaign(ctx, draft), created: true };
}

/** Adds the generated institutions not yet on the roster (same USCC = same institution). */
function addToRoster(ctx: AppContext, c: Campaign, list: DemoInstitution[], seed: number): number {
  const at = timestamp(ctx);
  return ctx.db.transaction(() => {
    let added = 0;
    for (const inst of list) {
      if (roster.findInstitutionByUscc(ctx.db, inst.uscc!)) continue;
      const { districtName: _d, archetype: _a, size: _s, ...input } = inst;
      roster.insertInstitution(ctx.db, input, at);
      added++;
    }
    audit(ctx, { action: 'roster.demo', entity: 'roster', campaignId: c.id, detail: { seed, generated: list.length, added }, source: { ui: 'demo' } });
    return added;
  })();
}

function folderFor(inst: DemoInstitution, split: boolean): string {
  if (!split) return '';
  return inst.provincialDirect ? '省直省管' : `${inst.districtCode}-${inst.districtName}`;
}

export async function generateDemo(ctx: AppContext, o: DemoOptions, job?: JobHandle): Promise<DemoResult> {
  validate(o);
  const seed = o.seed ?? DEFAULT_DEMO_SEED;
  const { campaign, created } = ensureCampaign(ctx, o);
  const allPeriods = periodRows(campaign);
  const periods = allPeriods.slice(0, o.periods);
  const rng = new Rng(seed);
  const list = generateRoster(rng.fork('roster'), o.institutions);
  const added = addToRoster(ctx, campaign, list, seed);
  const tiers = districtTiers(rng.fork('tiers'));
  const outDir = path.resolve(o.outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const files: DemoFile[] = [];
  const summaries: DemoInstitutionSummary[] = [];
  for (let i = 0; i < list.length; i++) {
    job?.checkCancelled();
    const inst = list[i];
    job?.progress(i, list.length, inst.name);
    const irng = rng.fork(`institution:${inst.uscc}`);
    const tier = tiers.get(inst.districtCode) ?? 'mid';
    const b = behaviourOf(irng.fork('behaviour'), inst, tier);
    const story = await tellStory(irng, campaign, periods, inst, b);
    const dir = path.join(outDir, folderFor(inst, !!o.splitByDistrict));
    fs.mkdirSync(dir, { recursive: true });
    for (const r of story.returns) {
      const fileName = returnFileName(r.period.label, inst.name);
      const file = path.join(dir, fileName);
      fs.writeFileSync(file, r.bytes);
      fs.utimesSync(file, r.modifiedAt, r.modifiedAt);
      files.push({
        path: file, fileName, uscc: inst.uscc!, institution: inst.name, districtCode: inst.districtCode, period: r.period.code,
        receivedDate: r.receivedDate, daysLate: r.daysLate, mess: r.mess, ledgerRows: r.ledgerRows,
      });
    }
    summaries.push({
      uscc: inst.uscc!, name: inst.name, districtCode: inst.districtCode, districtName: inst.districtName, category: inst.category,
      ownership: inst.ownership, provincialDirect: inst.provincialDirect, tier, diligence: Math.round(b.diligence * 100) / 100,
      submitted: story.returns.length, missing: story.missing, issues: story.issues, rectified: story.rectified, open: story.open, overdue: story.overdue,
    });
  }
  const inspectionLog = simulateInspectionLog(ctx, campaign, periods, allPeriods.length, list, tiers, rng.fork('inspection-log'));
  const departmentFiles = o.departmentReturnsDir ? await writeDepartmentReturns(campaign, periods, path.resolve(o.departmentReturnsDir), rng.fork('department-returns')) : [];
  job?.progress(list.length, list.length, '完成');
  files.sort((a, b) => a.period.localeCompare(b.period) || a.path.localeCompare(b.path));
  return {
    campaignCode: campaign.code, campaignCreated: created, seed, institutionsAdded: added,
    periods: periods.map((p) => p.code), periodsClamped: o.periods > allPeriods.length,
    districts: DEMO_DISTRICTS.map((d) => ({ code: d.code, name: d.name, tier: tiers.get(d.code) ?? 'mid' })),
    institutions: summaries, files, outDir, inspectionLog, departmentFiles,
  };
}

/**
 * The first-run wizard's "load demo data": campaign + roster + returns in a folder of the data
 * directory, ready for the import screen (each file carries its simulated received date).
 */
export async function loadDemoData(ctx: AppContext, o: Partial<DemoOptions> = {}, job?: JobHandle): Promise<DemoResult> {
  return generateDemo(ctx, {
    institutions: o.institutions ?? 40,
    periods: o.periods ?? 4,
    outDir: o.outDir ?? path.join(ctx.dataDir, '示例填报表'),
    preset: o.preset,
    start: o.start,
    seed: o.seed ?? DEFAULT_DEMO_SEED,
    splitByDistrict: o.splitByDistrict ?? false,
  }, job);
}
