/** 专项定义下发: the city exports definition + a district's roster; the district imports it and its upward package matches at the city. */
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { presetDraft } from '../../../shared/presets/index';
import type { AppContext } from '../../../electron/services/app-context';
import { archiveCampaign, createCampaign, getCampaignByCode, periodRows, updateCampaignDraft } from '../../../electron/services/campaign-service';
import { exportDefinition, importDefinition } from '../../../electron/services/campaign-transfer';
import { allRoster, importRoster, rosterTemplate, saveInstitution } from '../../../electron/services/roster-service';
import { importFiles } from '../../../electron/import/import-service';
import { buildPackage } from '../../../electron/packages/package-export';
import { importPackage } from '../../../electron/packages/package-import';
import { setSetting } from '../../../electron/db/repos/settings-repo';
import { contentChecksum, tempContext } from '../../helpers/context';
import { fillTemplate, sampleRows, usccFor } from '../../helpers/roster-workbook';
import { buildReturn } from '../../helpers/returns';

const open: AppContext[] = [];
afterEach(() => { while (open.length) open.pop()!.db.close(); });
const context = () => { const c = tempContext(); open.push(c); return c; };

async function cityWithRoster() {
  const city = context();
  const draft = presetDraft('provincial-2023', '2023-06-01');
  draft.regionCode = '321300';
  draft.authority = '宿迁市卫生健康委员会';
  draft.thresholds.socialInspectionCoverage = 60;
  const c = createCampaign(city, draft);
  await importRoster(city, await fillTemplate(await rosterTemplate(city), sampleRows()), '名册.xlsx', { dryRun: false });
  return { city, c };
}

async function rejected(f: () => unknown): Promise<AppError> {
  const e = await Promise.resolve().then(f).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('campaign export', () => {
  it('writes the definition and the district roster, without 省直省管 units, deterministically', async () => {
    const { city, c } = await cityWithRoster();
    const r = exportDefinition(city, { district: '321302' });
    expect(r.fileName).toBe(`专项定义-${c.code}-宿城区.json`);
    expect(r.file).toMatchObject({ format: 'rectify-campaign-definition', version: 1, code: c.code, exportedBy: '宿迁市卫生健康委员会', district: { code: '321302', name: '宿城区' } });
    expect(r.file.institutions.map((i) => i.name)).toEqual(['宿迁市第一人民医院']);
    expect(r.file.definition.focusAreas).toEqual(c.focusAreas);
    expect(exportDefinition(city, { district: '321302' }).bytes.equals(r.bytes)).toBe(true);
    expect(exportDefinition(city).file.institutions).toHaveLength(5);
    expect(() => exportDefinition(city, { district: '3213' })).toThrow(/不是有效的6位行政区划代码/);
    expect(() => exportDefinition(city, { district: '320102' })).toThrow(/不在专项“.*”的区域（321300）内/);
  });
});

describe('campaign import at the district', () => {
  it('creates the same campaign (code, focus codes, periods, thresholds), limited to the district, with its roster', async () => {
    const { city, c } = await cityWithRoster();
    const { bytes, fileName } = exportDefinition(city, { district: '321302' });
    const district = context();
    const before = contentChecksum(district);
    const dry = importDefinition(district, bytes, fileName, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, committed: false, code: c.code, campaign: 'create', institutions: { total: 1, added: 1 } });
    expect(dry.notes.join('')).toMatch(/发文机关、文号前缀仍为上级的（宿迁市卫生健康委员会/);
    expect(contentChecksum(district)).toBe(before);
    const r = importDefinition(district, bytes, fileName, { dryRun: false });
    expect(r.committed).toBe(true);
    const dc = getCampaignByCode(district.db, c.code)!;
    expect(dc).toMatchObject({ code: c.code, focusAreas: c.focusAreas, thresholds: c.thresholds, phases: c.phases, regionCode: '321302', superior: '宿迁市卫生健康委员会' });
    expect(periodRows(dc)).toEqual(periodRows(c));
    expect(allRoster(district).map((i) => [i.name, i.uscc])).toEqual([['宿迁市第一人民医院', usccFor(1)]]);
    expect(district.db.prepare("SELECT action, source_json FROM audit_log WHERE action LIKE 'campaign.%' ORDER BY id").all().map((a) => (a as { action: string }).action))
      .toEqual(['campaign.create', 'campaign.import']);

    // The district's upward package lands in the city's campaign on the same institution.
    setSetting(district.db, 'organisation', '宿城区卫生健康局');
    const unit = allRoster(district)[0];
    const ret = await buildReturn({ meta: { campaign: c.code, period: '2023-06-H1', uscc: unit.uscc!, name: unit.name }, focusNames: c.focusAreas.map((f) => f.name), general: { C1: 4 } });
    expect((await importFiles(district, [{ name: 'r.xlsx', bytes: ret }], [], { dryRun: false })).files[0].status).toBe('accepted');
    const up = importPackage(city, buildPackage(district, '2023-06-H1').bytes, { dryRun: false, fileName: 'p.zip' });
    expect(up).toMatchObject({ newInstitutions: [], counts: { new: 1 } });
  });

  it('importing again keeps the district identity and contacts, updates the definition, never merges a same-name unit silently', async () => {
    const { city } = await cityWithRoster();
    const first = exportDefinition(city, { district: '321302' });
    const district = context();
    importDefinition(district, first.bytes, first.fileName, { dryRun: false });
    const code = first.file.code;
    const local = { ...getCampaignByCode(district.db, code)! };
    updateCampaignDraft(district, code, { ...presetDraftOf(local), authority: '宿城区卫生健康局', docPrefix: '宿城卫' });
    const mine = allRoster(district)[0];
    saveInstitution(district, mine.id, { ...mine, contactPerson: '李四', contactPhone: '0527-1' });
    // A local clinic of the same name as one the city will add, with another code.
    saveInstitution(district, undefined, { name: '宿城区康宁诊所', licenceNo: 'PDY60001532130217D6102', districtCode: '321302', category: '诊所', ownership: '社会办' });
    expect(importDefinition(district, first.bytes, first.fileName, { dryRun: true })).toMatchObject({ campaign: 'unchanged', institutions: { unchanged: 1, added: 0 } });

    const cityCampaign = getCampaignByCode(city.db, code)!;
    updateCampaignDraft(city, code, { ...presetDraftOf(cityCampaign), thresholds: { socialInspectionCoverage: 70, selfInspectionCoverage: 100 } });
    saveInstitution(city, undefined, { name: '宿城区康宁诊所', uscc: usccFor(30, '92', '321302'), districtCode: '321302', category: '诊所', ownership: '社会办' });
    const second = exportDefinition(city, { district: '321302' });
    const r = importDefinition(district, second.bytes, second.fileName, { dryRun: false });
    expect(r).toMatchObject({ campaign: 'update', institutions: { total: 2, unchanged: 1, skipped: 1, added: 0 } });
    expect(r.skipped).toEqual([expect.objectContaining({ name: '宿城区康宁诊所', uscc: usccFor(30, '92', '321302') })]);
    const after = getCampaignByCode(district.db, code)!;
    expect(after).toMatchObject({ authority: '宿城区卫生健康局', docPrefix: '宿城卫', regionCode: '321302', thresholds: { socialInspectionCoverage: 70 } });
    expect(allRoster(district).find((i) => i.id === mine.id)).toMatchObject({ contactPerson: '李四', contactPhone: '0527-1' });
    expect(allRoster(district).filter((i) => i.name === '宿城区康宁诊所')).toHaveLength(1);
  });

  it('refuses files that are not definitions, tampered rosters, and archived targets; nothing is written', async () => {
    const { city } = await cityWithRoster();
    const { bytes, file } = exportDefinition(city, { district: '321302' });
    const district = context();
    const before = contentChecksum(district);
    expect((await rejected(() => importDefinition(district, Buffer.from('{x'), 'a.json', { dryRun: false }))).message).toMatch(/“a\.json”不是专项定义文件（不是有效的 JSON）/);
    expect((await rejected(() => importDefinition(district, Buffer.from('{"a":1}'), 'b.json', { dryRun: false }))).message).toMatch(/缺少格式标记/);
    const tampered = { ...file, institutions: [{ ...file.institutions[0], uscc: file.institutions[0].uscc!.slice(0, 17) + '0' }] };
    const e = await rejected(() => importDefinition(district, Buffer.from(JSON.stringify(tampered)), 'c.json', { dryRun: false }));
    expect(e.details?.[0].message).toMatch(/^第1个机构“宿迁市第一人民医院”“统一社会信用代码”：校验位错误/);
    const broken = { ...file, definition: { ...file.definition, focusAreas: [] } };
    expect((await rejected(() => importDefinition(district, Buffer.from(JSON.stringify(broken)), 'd.json', { dryRun: false }))).message).toMatch(/内容不完整或被修改过/);
    expect(contentChecksum(district)).toBe(before);
    importDefinition(district, bytes, 'ok.json', { dryRun: false });
    archiveCampaign(district, file.code, '结束');
    expect((await rejected(() => importDefinition(district, bytes, 'ok.json', { dryRun: false }))).code).toBe('locked');
  });
});

function presetDraftOf(c: ReturnType<typeof getCampaignByCode> & object) {
  const { id: _i, code: _c, status: _s, createdAt: _t, ...d } = c;
  return d;
}
