import { describe, expect, it } from 'vitest';
import {
  FOOTER_TWIPS,
  GRID_CHAR_SPACE,
  LINE_TWIPS,
  MARGIN_TWIPS,
  TEXT_HEIGHT_TWIPS,
  TEXT_WIDTH_TWIPS,
  authorityMarkPt,
  fitImageMm,
} from '../../../../electron/documents/gongwen/geometry';

describe('GB/T 9704 geometry', () => {
  it('derives the reference values from millimetres', () => {
    expect(MARGIN_TWIPS).toEqual({ top: 2098, left: 1587, right: 1474, bottom: 1984 });
    expect(TEXT_WIDTH_TWIPS).toBe(8845);
    expect(TEXT_HEIGHT_TWIPS).toBe(12756);
    // 29 pt (580) would give 21 lines; 579 gives 22.
    expect(LINE_TWIPS).toBe(579);
    expect(22 * LINE_TWIPS).toBeLessThanOrEqual(TEXT_HEIGHT_TWIPS);
    expect(GRID_CHAR_SPACE).toBe(-843);
    expect(FOOTER_TWIPS).toBe(1409);
  });

  it('sizes the 发文机关标志 to fit 156 mm at 70 % width', () => {
    expect(authorityMarkPt('某市卫生健康委员会文件')).toBe(52);
    const long = '某某省某某市卫生健康委员会专项整治工作领导小组文件';
    const pt = authorityMarkPt(long);
    expect(pt).toBeLessThan(52);
    expect((pt * 0.7 * [...long].length * 25.4) / 72).toBeLessThanOrEqual(156);
  });

  it('caps pictures at the 版心, keeping the aspect ratio', () => {
    expect(fitImageMm(140, 70)).toEqual({ widthMm: 140, heightMm: 70 });
    expect(fitImageMm(312, 100)).toEqual({ widthMm: 156, heightMm: 50 });
    const tall = fitImageMm(100, 400);
    expect(tall.heightMm).toBeLessThan(225);
    expect(tall.widthMm / tall.heightMm).toBeCloseTo(0.25, 6);
  });
});
