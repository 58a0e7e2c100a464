import { describe, expect, it } from 'vitest';
import { fontconfigXml } from '../../../electron/documents/font-substitution';
import { countPdfPages } from '../../../electron/documents/pdf-chromium';

describe('fontconfigXml', () => {
  it('aliases only the 公文 families that are not installed, after including the system config', () => {
    const xml = fontconfigXml(new Set(['noto serif cjk sc', '黑体']));
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml).toContain('<alias binding="same"><family>仿宋_GB2312</family><prefer><family>AR PL UMing CN</family><family>Noto Serif CJK SC</family></prefer></alias>');
    expect(xml).not.toContain('<family>黑体</family>');
    expect(xml).toMatch(/<test name="family"><string>方正小标宋简体<\/string><\/test><edit name="weight"[^>]*><const>bold<\/const>/);
  });
});

describe('countPdfPages', () => {
  it('counts page objects but not the page tree', () => {
    const pdf = new TextEncoder().encode('1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
