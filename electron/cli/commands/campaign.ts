/** init / campaign show|list / periods. */
import { AppError } from '../../../shared/errors';
import type { Campaign } from '../../../shared/domain/campaign';
import { isIsoDate } from '../../../shared/domain/period';
import { presetDraft, PRESETS } from '../../../shared/presets/index';
import { archiveInfo, createCampaign, listCampaigns, periodRows, requireCampaign } from '../../services/campaign-service';
import type { AppContext } from '../../services/app-context';
import { str, type CliCommand } from '../types';
import { ADMIN_FLAGS, archiveCmd, exportCmd, importCmd } from './campaign-admin';

/** JSON view of a campaign without internal ids or creation time (deterministic output). */
export function campaignView(c: Campaign) {
  const { id: _id, createdAt: _t, ...rest } = c;
  return rest;
}

function describe(c: Campaign, ctx?: AppContext): string {
  const info = ctx && c.status === 'archived' ? archiveInfo(ctx, c.code) : null;
  const lines = [
    `${c.name}（${c.code}${c.status === 'archived' ? `，已归档${info ? `：${info.reason}，${info.at.slice(0, 10)}` : ''}，只读` : ''}）`,
    `  发文机关：${c.authority}    文号前缀：${c.docPrefix}    上报对象：${c.superior}`,
    `  期间：${c.startDate} 至 ${c.endDate}    报送截止：每半月结束后 ${c.dueOffsetDays} 天`,
    `  阈值：社会办医疗机构检查覆盖率 ≥ ${c.thresholds.socialInspectionCoverage}%，自查覆盖率 ≥ ${c.thresholds.selfInspectionCoverage}%`,
    `  整治重点：${c.focusAreas.map((f) => `${f.code} ${f.name}`).join('；')}`,
    '  阶段：',
    ...c.phases.map((p, i) => `    ${i + 1}. ${p.name}  ${p.start ?? '（待填）'} 至 ${p.end ?? '（待填）'}`),
    `  协同部门：${c.departments.map((d) => d.name).join('、')}`,
  ];
  if (c.deliverables.length) lines.push(`  报送材料：${c.deliverables.map((d) => `${d.name}（${d.due ?? '日期待定'}）`).join('；')}`);
  const open = c.phases.filter((p) => !p.start || !p.end).length;
  if (open) lines.push(`  提示：${open} 个阶段的日期尚未填写（方案中为“X月X日”），请在界面“设置”中补充。`);
  return lines.join('\n');
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: '按预设创建专项',
  usage: 'init --preset provincial-2023|suqian-2021 [--start YYYY-MM-DD] [--region CODE] [--name TEXT]',
  flags: { preset: 'string', start: 'string', region: 'string', name: 'string' },
  run(ctx, args, io) {
    const preset = str(args, 'preset');
    if (!preset) throw new AppError('usage', `请用 --preset 指定预设（${Object.keys(PRESETS).join(' | ')}）`);
    const start = str(args, 'start');
    if (start !== undefined && !isIsoDate(start)) throw new AppError('usage', `--start 日期格式不正确：${start}（应为 YYYY-MM-DD）`);
    const region = str(args, 'region');
    if (region !== undefined && !/^\d{6}$/.test(region)) throw new AppError('usage', `--region 应为6位行政区划代码：${region}`);
    const draft = presetDraft(preset, start);
    if (region) draft.regionCode = region;
    const name = str(args, 'name');
    if (name) draft.name = name;
    const c = createCampaign(ctx, draft);
    if (io.json) io.printJson(campaignView(c));
    else io.print(`已创建专项：\n${describe(c)}`);
  },
};

export const campaignCommand: CliCommand = {
  name: 'campaign',
  summary: '专项：查看（show/list）、归档（archive/unarchive）、下发定义（export/import）',
  usage: 'campaign show | list | archive 代码 --reason 理由 | unarchive 代码 --reason 理由 | export --out F.json [--district 代码] | import F.json [--dry-run]',
  flags: { reason: 'string', out: 'string', district: 'string', 'dry-run': 'boolean' },
  subcommands: ['show', 'list', 'archive', 'unarchive', 'export', 'import'],
  run(ctx, args, io) {
    const sub = args.positionals[0];
    const allowed = ADMIN_FLAGS[sub] ?? [];
    const extra = Object.keys(args.flags).filter((f) => !allowed.includes(f));
    if (extra.length) throw new AppError('usage', `campaign ${sub} 不接受选项：${extra.map((f) => `--${f}`).join(' ')}`);
    if (sub === 'archive' || sub === 'unarchive') return archiveCmd(ctx, args, io, sub);
    if (sub === 'export') return exportCmd(ctx, args, io);
    if (sub === 'import') return importCmd(ctx, args, io);
    if (sub === 'list') {
      const all = listCampaigns(ctx.db);
      if (io.json) io.printJson(all.map((c) => ({ ...campaignView(c), archive: archiveInfo(ctx, c.code) })));
      else io.print(all.length ? all.map((c) => describe(c, ctx)).join('\n\n') : '（还没有专项）');
      return;
    }
    const c = requireCampaign(ctx);
    if (io.json) io.printJson({ ...campaignView(c), archive: archiveInfo(ctx, c.code), periods: periodRows(c) });
    else io.print(describe(c, ctx));
  },
};

export const periodsCommand: CliCommand = {
  name: 'periods',
  summary: '列出半月报告期（代码、名称、起止、截止日）',
  usage: 'periods',
  flags: {},
  run(ctx, _args, io) {
    const rows = periodRows(requireCampaign(ctx));
    if (io.json) { io.printJson(rows.map((p) => ({ code: p.code, label: p.label, start: p.start, end: p.end, due: p.due, phase: p.phase }))); return; }
    io.print(['代码         名称              开始        结束        截止日      阶段']
      .concat(rows.map((p) => `${p.code}   ${p.label.padEnd(12, '　')}  ${p.start}  ${p.end}  ${p.due}  ${p.phase ?? ''}`)).join('\n'));
  },
};
