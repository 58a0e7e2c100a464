import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderGongwenHtml } from '../../../../electron/documents/gongwen/html';
import { sampleDoc } from '../fixtures/sample-gongwen';

const dom = (html: string) => new JSDOM(html).window.document;

describe('renderGongwenHtml', () => {
  const html = renderGongwenHtml(sampleDoc());
  const d = dom(html);

  it('declares A4 pages with the GB/T 9704 margins and alternating page numbers', () => {
    expect(html).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/@page :right \{ @bottom-right \{[^}]*counter\(page\)/);
    expect(html).toMatch(/@page :left \{ @bottom-left \{[^}]*counter\(page\)/);
  });

  it('sets 3号 text on 28.95 pt lines condensed to 28 字 per line, in the configured fonts', () => {
    expect(html).toMatch(/\.gw \{ font-family: GwLatin, "仿宋_GB2312"[^;]*; font-size: 16pt; line-height: var\(--gw-line\); letter-spacing: -0\.205\dpt/);
    expect(html).toContain('--gw-line: 28.95pt');
    const custom = renderGongwenHtml(sampleDoc(), { fonts: { body: '方正仿宋_GBK' } });
    expect(custom).toContain('font-family: GwLatin, "方正仿宋_GBK", "仿宋_GB2312"');
  });

  it('prints the red 版头, the title with the author’s break and 主送', () => {
    const mark = d.querySelector('.gw-mark')!;
    expect(mark.textContent).toBe('某市卫生健康委员会文件');
    expect(mark.getAttribute('style')).toContain('color:#FF0000');
    expect(d.querySelector('.gw-rule')!.textContent).toBe('某卫通〔2024〕12号');
    expect(d.querySelector('.gw-title')!.innerHTML).toBe('关于全市医疗卫生行业市场秩序专项整顿<br>行动进展情况的通报');
    expect(html).toContain('委直属各单位：');
  });

  it('uses the same generated heading labels as the docx and keeps paragraph ids', () => {
    const headings = [...d.querySelectorAll('.gw-h1, .gw-h2, .gw-h3')].map((e) => e.textContent);
    expect(headings).toEqual(['一、总体进展', '（二）问题整改', '1.自查自纠', '二、存在的主要问题', '三、下一步工作要求']);
    expect(d.querySelector('[data-block-id="intro"]')!.textContent).toMatch(/^按照《全市/);
  });

  it('renders merged, repeating table headers and the image as a data URL', () => {
    const table = d.querySelector('table.gw-table')!;
    expect(table.querySelector('thead th[rowspan="2"]')!.textContent).toBe('序号');
    expect(table.querySelector('thead th[colspan="3"]')!.textContent).toBe('问题整改');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(25);
    const img = d.querySelector('.gw-figure img')!;
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(img.getAttribute('style')).toBe('width:140.00mm;height:70.00mm');
  });

  it('puts each attachment in its own sheet and the 版记 at the end of the last one', () => {
    const sheets = d.querySelectorAll('section.gw-sheet');
    expect(sheets).toHaveLength(3);
    expect(sheets[1].querySelector('.gw-attach-label')!.textContent).toBe('附件1');
    expect(sheets[2].querySelector('[data-gw="colophon"]')!.textContent).toContain('2024年5月16日印发');
    expect(sheets[0].querySelector('[data-gw="colophon"]')).toBeNull();
  });

  it('escapes user text', () => {
    const evil = renderGongwenHtml(sampleDoc({ title: '<script>alert(1)</script>' }));
    expect(evil).not.toContain('<script>alert');
    expect(evil).toContain('&lt;script&gt;');
  });
});
