import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { subsetFontForText } from '../../../electron/charts/font-subset';
import { rasterizeChartSvg } from '../../../electron/charts/rasterize-chart';
import { bufferSource, cmapLookup, faceFamilies, listFaces, tableData } from '../../../electron/charts/sfnt';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const hasNoto = existsSync(NOTO);
const hasDejavu = existsSync(DEJAVU);
if (!hasNoto) console.warn(`⚠⚠ 跳过 CFF 字体子集测试：${NOTO} 不存在。请安装 Debian 包 fonts-noto-cjk。`);
if (!hasDejavu) console.warn(`⚠⚠ 跳过 TrueType 字体子集测试：${DEJAVU} 不存在。请安装 Debian 包 fonts-dejavu-core。`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'font-subset-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function glyphOf(font: Buffer, family: string, ch: string): number {
  const read = bufferSource(font);
  const face = listFaces(read).find((f) => faceFamilies(read, f).includes(family)) ?? listFaces(read)[0];
  const cmap = tableData(read, face, 'cmap');
  const lookup = cmap ? cmapLookup(cmap) : null;
  return lookup ? lookup(ch.codePointAt(0) ?? 0) : -1;
}

function textSvg(family: string, text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="20" font-family="${family}">${text}</text></svg>`;
}

describe('subsetFontForText', () => {
  it('returns null for a file that is not a font', () => {
    const junk = path.join(tmp, 'junk.otf');
    writeFileSync(junk, 'not a font at all, just text that is long enough');
    expect(subsetFontForText(junk, 'X', 'abc')).toBeNull();
  });
});

describe.skipIf(!hasNoto)('subsetting Noto Sans CJK (CFF, collection)', () => {
  it('keeps the SC face, its family name and glyph ids, and is a fraction of the size', () => {
    const original = readFileSync(NOTO);
    const subset = subsetFontForText(NOTO, 'Noto Sans CJK SC', '宿城区0123%');
    expect(subset).not.toBeNull();
    const font = subset as Buffer;
    expect(font.length).toBeLessThan(original.length / 5);
    const read = bufferSource(font);
    expect(listFaces(read)).toHaveLength(1);
    expect(faceFamilies(read, listFaces(read)[0])).toContain('Noto Sans CJK SC');
    for (const ch of ['宿', '城', '区', '0', '%']) {
      expect(glyphOf(font, 'Noto Sans CJK SC', ch)).toBe(glyphOf(original, 'Noto Sans CJK SC', ch));
      expect(glyphOf(font, 'Noto Sans CJK SC', ch)).toBeGreaterThan(0);
    }
    expect(glyphOf(font, 'Noto Sans CJK SC', '泗')).toBe(0);
  });

  it('draws exactly the same pixels as the full font', async () => {
    const font = { file: NOTO, family: 'Noto Sans CJK SC', extraFiles: [] };
    const svg = textSvg('Noto Sans CJK SC', '宿城区 整改率 45.5%');
    const [subset, full] = await Promise.all([rasterizeChartSvg(svg, { font, subset: true }), rasterizeChartSvg(svg, { font, subset: false })]);
    expect(Buffer.from(subset).equals(Buffer.from(full))).toBe(true);
  });
});

describe.skipIf(!hasDejavu)('subsetting DejaVu Sans (TrueType glyf/loca)', () => {
  it('empties unused glyphs and draws exactly the same pixels', async () => {
    const subset = subsetFontForText(DEJAVU, 'DejaVu Sans', 'Rate 45.5% Å');
    expect(subset).not.toBeNull();
    expect((subset as Buffer).length).toBeLessThan(readFileSync(DEJAVU).length / 2);
    const font = { file: DEJAVU, family: 'DejaVu Sans', extraFiles: [] };
    const svg = textSvg('DejaVu Sans', 'Rate 45.5% Å');
    const [a, b] = await Promise.all([rasterizeChartSvg(svg, { font, subset: true }), rasterizeChartSvg(svg, { font, subset: false })]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
