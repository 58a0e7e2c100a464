/**
 * The province's own 汇总表, filled with our figures: the form is uploaded once (kept in the file
 * store by SHA-256), the clerk maps its cells to figures (saved per campaign in settings as JSON),
 * and each period a COPY of the province's workbook is written with the numbers — everything else
 * in it (other cells, styles, merges, formulas, sheets) left as the province made it. Numbers come
 * from the statistics service (statsSummary / statsPivot), so they equal what the app shows.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError, type Issue } from '../../shared/errors';
import { districtLabel, districtsOf } from '../../shared/domain/region';
import {
  cellNumber, mappingIssues, suggestCell, type FormCandidate, type FormCellMapping, type MappingContext, type ProvinceFormMapping,
} from '../../shared/domain/province-form';
import { indicatorDef } from '../../shared/domain/indicators';
import { FIGURE_ORDER, FOCUS_FIGURES, MONEY_CODES } from '../../shared/stats/figures';
import type { Figure, FigureSet } from '../../shared/stats/types';
import type { Campaign } from '../../shared/domain/campaign';
import type { FillReport, ProvinceFormView } from '../../shared/ipc/contract/province-form';
import { getSetting, setSetting } from '../db/repos/settings-repo';
import { fileBytes, storeFile } from '../db/repos/submissions-repo';
import { allInstitutions } from '../db/repos/institutions-repo';
import type { AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requirePeriod, requireWritableCampaign } from './campaign-service';
import { readProvinceForm, writeFilledForm, type FormBook } from './province-form-book';
import { statsPivot, statsSummary } from './stats-service';

export interface Upload {
  bytes: Uint8Array;
  fileName: string;
}

const settingKey = (c: Campaign) => `province-form.${c.code}`;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function storedMapping(ctx: AppContext): ProvinceFormMapping | null {
  const raw = getSetting(ctx.db, settingKey(requireCampaign(ctx)));
  return raw ? (JSON.parse(raw) as ProvinceFormMapping) : null;
}

function districts(ctx: AppContext, c: Campaign): { code: string; name: string }[] {
  const codes = new Set([...(c.regionCode ? districtsOf(c.regionCode).map((r) => r.code) : []), ...allInstitutions(ctx.db).map((i) => i.districtCode)]);
  return [...codes].sort().map((code) => ({ code, name: districtLabel(code) }));
}

function mappingContext(ctx: AppContext, c: Campaign) {
  const ds = districts(ctx, c);
  return {
    focusCodes: c.focusAreas.map((f) => f.code), districtCodes: ds.map((d) => d.code), figures: [...FIGURE_ORDER],
    focusFigures: FOCUS_FIGURES, moneyFigures: MONEY_CODES, districts: ds, focusAreas: c.focusAreas,
  };
}

/** The form to work on: the upload, else the stored one. */
async function formOf(ctx: AppContext, upload: Upload | null): Promise<{ book: FormBook; name: string; sha: string; bytes: Uint8Array }> {
  if (upload) return { book: await readProvinceForm(upload.bytes, upload.fileName), name: upload.fileName, sha: sha256(upload.bytes), bytes: upload.bytes };
  const m = storedMapping(ctx);
  const bytes = m && fileBytes(ctx.db, m.formSha256);
  if (!m || !bytes) throw new AppError('validation', '还没有保存省里下发的汇总表：请先上传汇总表（命令：province-form map --form 汇总表.xlsx）。');
  return { book: await readProvinceForm(bytes, m.formName), name: m.formName, sha: m.formSha256, bytes };
}

/** Mapped cells that cannot take a number in this form (gone, a formula, text, inside a merge). */
function targetIssues(book: FormBook, cells: readonly FormCellMapping[], formName: string): Issue[] {
  const candidates = new Set(book.sheets.flatMap((s) => s.candidates.map((c) => `${s.name}!${c.cell}`)));
  return cells.filter((m) => !candidates.has(`${m.sheet}!${m.cell.toUpperCase()}`)).map((m) => ({
    rule: 'province-form.cell', severity: '错误' as const, file: formName, sheet: m.sheet, cell: m.cell,
    message: `${m.sheet}!${m.cell}：汇总表中该位置不能填数（工作表不存在、是公式或文字、位于合并单元格内，或不在表格中），请重新选择单元格`,
  }));
}

function normalise(cells: readonly FormCellMapping[]): FormCellMapping[] {
  return cells.map((m) => ({ ...m, cell: m.cell.toUpperCase(), ...(m.unit ? { unit: m.unit } : {}) }))
    .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.cell.localeCompare(b.cell, 'en', { numeric: true }));
}

/** The form's fillable cells with their labels, the stored mapping and a suggestion for each. */
export async function provinceFormView(ctx: AppContext, upload: Upload | null = null): Promise<ProvinceFormView> {
  const c = requireCampaign(ctx);
  const { book, name, sha } = await formOf(ctx, upload);
  const stored = storedMapping(ctx);
  const mapped = new Map((stored?.cells ?? []).map((m) => [`${m.sheet}!${m.cell}`, m]));
  const mctx = mappingContext(ctx, c);
  const candidates = new Set(book.sheets.flatMap((s) => s.candidates.map((x) => `${s.name}!${x.cell}`)));
  return {
    formName: name,
    formSha256: sha,
    sameAsStored: stored?.formSha256 === sha,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      cells: s.candidates.map((x: FormCandidate) => ({ ...x, mapping: mapped.get(`${s.name}!${x.cell}`) ?? null, suggestion: suggestCell(x, mctx) })),
    })),
    unplaced: (stored?.cells ?? []).filter((m) => !candidates.has(`${m.sheet}!${m.cell}`)),
    options: {
      indicators: FIGURE_ORDER.map((code) => {
        const d = indicatorDef(code);
        return { code, name: d?.name ?? code, unit: MONEY_CODES.has(code) ? '元' : d?.unit ?? '', byFocus: FOCUS_FIGURES.has(code), money: MONEY_CODES.has(code), rate: d?.kind === 'rate' };
      }),
      focusAreas: c.focusAreas.map((f) => ({ code: f.code, name: f.name })),
      districts: mctx.districts,
    },
  };
}

/** Saves the mapping (and the form, when uploaded) for the current campaign; all or nothing. */
export async function saveProvinceFormMapping(ctx: AppContext, upload: Upload | null, cells: readonly FormCellMapping[]): Promise<ProvinceFormMapping> {
  const c = requireWritableCampaign(ctx, '保存汇总表对应关系');
  const form = await formOf(ctx, upload);
  const list = normalise(cells);
  const problems = [...mappingIssues(list, mappingContext(ctx, c) as MappingContext), ...targetIssues(form.book, list, form.name)];
  if (problems.length) throw new AppError('validation', `汇总表对应关系有 ${problems.length} 处问题，未保存：`, problems);
  const mapping: ProvinceFormMapping = { formName: form.name, formSha256: form.sha, cells: list };
  ctx.db.transaction(() => {
    storeFile(ctx.db, form.sha, form.bytes);
    const before = getSetting(ctx.db, settingKey(c));
    setSetting(ctx.db, settingKey(c), JSON.stringify(mapping));
    audit(ctx, {
      action: 'province-form.map', entity: 'setting', entityId: settingKey(c), campaignId: c.id,
      detail: { formName: form.name, cells: list.length, before: before ? (JSON.parse(before) as ProvinceFormMapping).cells.length : 0 },
      source: { file: form.name, sha256: form.sha },
    });
  })();
  return mapping;
}

/** Figures for each scope the mapping names, computed once per scope kind. */
function figureLookup(ctx: AppContext, period: string): (m: FormCellMapping) => Figure | undefined {
  let summary: ReturnType<typeof statsSummary> | null = null;
  const pivots = new Map<string, Map<string, FigureSet>>();
  const pivot = (dims: string[]) => {
    const key = dims.join(',');
    if (!pivots.has(key)) {
      const p = statsPivot(ctx, { period, dims });
      pivots.set(key, new Map(p.rows.map((r) => [r.keys.map((k) => k.code).join('|'), r.figures])));
    }
    return pivots.get(key)!;
  };
  return (m) => {
    if (m.scope === 'total') {
      summary ??= statsSummary(ctx, { period });
      const set = m.focus ? summary.byFocus.find((f) => f.key.code === m.focus)?.figures : summary.totals;
      return set?.[m.indicator];
    }
    return m.focus ? pivot(['district', 'focus']).get(`${m.scope}|${m.focus}`)?.[m.indicator] : pivot(['district']).get(m.scope)?.[m.indicator];
  };
}

/** A copy of the province's workbook with the period's numbers in the mapped cells. */
export async function fillProvinceForm(ctx: AppContext, o: { period: string; upload?: Upload | null }): Promise<{ fileName: string; bytes: Buffer; report: FillReport }> {
  const c = requireCampaign(ctx);
  const period = requirePeriod(c, o.period);
  const mapping = storedMapping(ctx);
  if (!mapping?.cells.length) throw new AppError('validation', '还没有设置汇总表的单元格与指标的对应关系：请先在“设置”→“省级汇总表”中选择单元格并保存（命令：province-form map）。');
  const form = await formOf(ctx, o.upload ?? null);
  const problems = targetIssues(form.book, mapping.cells, form.name);
  if (problems.length) throw new AppError('validation', `汇总表“${form.name}”与保存的对应关系不一致（${problems.length} 处），未填写。请重新上传并核对对应关系：`, problems);
  const percentCells = new Set(form.book.sheets.flatMap((s) => s.candidates.filter((x) => x.percent).map((x) => `${s.name}!${x.cell}`)));
  const figureOf = figureLookup(ctx, period.code);
  const cells: FillReport['cells'] = [];
  const blank: FillReport['blank'] = [];
  const values = new Map<string, number>();
  for (const m of mapping.cells) {
    const f = figureOf(m);
    const raw = f && f.available ? f[m.measure] : null;
    const value = cellNumber(raw, { money: !!f?.money, rate: f?.kind === 'rate', unit: m.unit, percentCell: percentCells.has(`${m.sheet}!${m.cell}`) });
    cells.push({ sheet: m.sheet, cell: m.cell, indicator: m.indicator, focus: m.focus, measure: m.measure, scope: m.scope, value });
    if (value === null) {
      blank.push({ sheet: m.sheet, cell: m.cell, reason: !f ? '该范围没有数据（区县无在册机构或整治重点不适用）' : !f.available ? f.note ?? '本专项无法计算该指标' : '未报或分母为0，无法计算，单元格保持原样' });
    } else values.set(`${m.sheet}!${m.cell}`, value);
  }
  const bytes = await writeFilledForm(form.book, values);
  const base = path.basename(form.name).replace(/\.xlsx$/i, '');
  const fileName = `${base}-${period.label}-已填.xlsx`;
  const report: FillReport = { period: period.code, periodLabel: period.label, formName: form.name, fileName, filled: values.size, cells, blank };
  ctx.db.transaction(() => {
    audit(ctx, {
      action: 'province-form.fill', entity: 'period', entityId: period.code, campaignId: c.id,
      detail: { formName: form.name, filled: values.size, blank: blank.length, cells },
      source: { file: form.name, sha256: form.sha, output: sha256(bytes) },
    });
  })();
  return { fileName, bytes, report };
}
