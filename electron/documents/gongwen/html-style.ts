/**
 * CSS of the HTML rendition: the same geometry as the docx (A4, 37/28/26/35 mm, 28.95 pt lines,
 * 28 字 per line by condensing each character by 0.205 pt), the same font roles with fallback
 * stacks for machines without the GB2312/方正 fonts, and @page margin boxes for the alternating
 * '— N —' page numbers. On screen each .gw-sheet is drawn as a sheet of paper; in print the
 * sheets flow into @page boxes and each attachment starts a new page.
 */
import type { GongwenFonts } from '../../../shared/documents/render-options';
import { CHAR_PITCH_PT, LINE_PT, MARGIN_MM, PAGE_MM, PAGE_NUMBER_DROP_MM, SIZE_PT, TYPE_AREA_MM } from './geometry';

const q = (family: string): string => `"${family.replace(/["\\]/g, '')}"`;

/** Font stacks per role: the configured family first, then what Windows, 信创 and Linux have. */
export function fontStacks(f: GongwenFonts): Record<'title' | 'body' | 'hei' | 'kai' | 'song', string> {
  const stack = (...names: string[]) => [...new Set(names)].map(q).join(', ');
  return {
    // GwLatin (Times-like digits) is limited by unicode-range, so CJK text and ambiguous
    // punctuation fall through to the Chinese family (reference pitfall 14).
    body: `GwLatin, ${stack(f.body, '仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '方正仿宋_GBK', 'STFangsong', 'AR PL UMing CN', 'Noto Serif CJK SC', 'Source Han Serif SC')}, serif`,
    kai: `GwLatin, ${stack(f.kai, '楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '方正楷体_GBK', 'STKaiti', 'AR PL UKai CN', 'Noto Serif CJK SC')}, serif`,
    hei: `GwLatin, ${stack(f.hei, '黑体', 'SimHei', '方正黑体_GBK', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei')}, sans-serif`,
    // Without 小标宋, a bold serif is the closest look (the LibreOffice route does the same).
    title: `${stack(f.title, '方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong')}, GwTitleFallback, serif`,
    song: `${stack(f.song, '宋体', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC')}, serif`,
  };
}

/** The whole style sheet. `pt` values mirror geometry.ts so screen and Word agree. */
export function gongwenCss(f: GongwenFonts): string {
  const s = fontStacks(f);
  const condense = (CHAR_PITCH_PT - SIZE_PT.san).toFixed(4);
  const ch = `${CHAR_PITCH_PT.toFixed(4)}pt`;
  const pageNumber = (side: 'left' | 'right') => `@bottom-${side} {
      content: "\\2014  " counter(page) " \\2014";
      font-family: ${s.song}; font-size: ${SIZE_PT.si}pt; line-height: ${SIZE_PT.si}pt;
      vertical-align: top; padding-top: calc(${PAGE_NUMBER_DROP_MM}mm - ${SIZE_PT.si / 2}pt);
      padding-${side}: ${SIZE_PT.si}pt; text-align: ${side};
    }`;
  return `
@font-face { font-family: GwLatin; src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("Tinos"); unicode-range: U+0020-007E, U+00A0-00BF; }
@font-face { font-family: GwTitleFallback; src: local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"), local("SimSun"); }
@page { size: ${PAGE_MM.width}mm ${PAGE_MM.height}mm; margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; }
@page :right { ${pageNumber('right')} }
@page :left { ${pageNumber('left')} }
:root { --gw-ch: ${ch}; --gw-line: ${LINE_PT}pt; }
html { background: #d9d9d9; }
body { margin: 0; }
.gw { font-family: ${s.body}; font-size: ${SIZE_PT.san}pt; line-height: var(--gw-line); letter-spacing: ${condense}pt;
  color: #000; font-kerning: none; -webkit-text-size-adjust: none;
  /* Word and WPS put a small gap between Chinese and digits/Latin (autoSpaceDE/DN); match it. */
  text-autospace: normal; }
.gw-sheet { box-sizing: border-box; width: ${PAGE_MM.width}mm; min-height: ${PAGE_MM.height}mm; margin: 8mm auto;
  padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0,0,0,.3); display: flex; flex-direction: column; }
.gw p, .gw div { margin: 0; }
.gw p { text-align: justify; orphans: 1; widows: 1; }
.gw-blank { height: var(--gw-line); }
.gw-body { text-indent: calc(2 * var(--gw-ch)); }
.gw-h1, .gw-h2, .gw-h3, .gw-h4 { text-indent: calc(2 * var(--gw-ch)); break-after: avoid; break-inside: avoid; }
.gw-h1, .gw-f-hei { font-family: ${s.hei}; }
.gw-h2, .gw-f-kai { font-family: ${s.kai}; }
.gw-h3.gw-bold, .gw-bold { font-weight: bold; }
.gw-f-body { font-family: ${s.body}; font-weight: normal; }
.gw-mark { display: flex; justify-content: center; white-space: nowrap; font-family: ${s.title}; }
.gw-mark span { display: inline-block; transform-origin: center; letter-spacing: 0; }
.gw-center { text-align: center !important; }
.gw-right { text-align: right !important; }
.gw-left { text-align: left !important; }
.gw-rule { border-bottom: 1.5pt solid; padding-bottom: 1.4mm; }
.gw-tabline { display: flex; justify-content: space-between; padding: 0 var(--gw-ch); }
.gw-title { font-family: ${s.title}; font-size: ${SIZE_PT.er}pt; text-align: center !important; letter-spacing: 0; break-after: avoid; }
.gw-hang { text-align: left !important; }
.gw-num { display: inline-block; text-indent: 0; }
.gw-caption { font-family: ${s.hei}; text-align: center !important; break-after: avoid; }
.gw-unit { font-size: ${SIZE_PT.si}pt; text-align: right !important; letter-spacing: 0; break-after: avoid; }
.gw-figure { text-align: center; line-height: normal; break-inside: avoid; }
.gw-figure img { display: inline-block; vertical-align: top; }
.gw-keep { break-inside: avoid; }
table.gw-table { width: 100%; border-collapse: collapse; table-layout: fixed; letter-spacing: 0; margin: 0 auto; }
table.gw-table th, table.gw-table td { padding: 1.5pt 3pt; vertical-align: middle; text-align: center; font-weight: normal; }
table.gw-table th, table.gw-table .gw-total td { font-family: ${s.hei}; }
table.gw-table tr { break-inside: avoid; height: var(--gw-row); }
table.gw-grid { border: 1pt solid #000; }
table.gw-grid th, table.gw-grid td { border: 0.5pt solid #000; }
table.gw-three { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
table.gw-three thead tr:last-child th, table.gw-three th.gw-head-last { border-bottom: 0.75pt solid #000; }
.gw-attach-label { font-family: ${s.hei}; text-align: left !important; }
.gw-colophon { margin-top: auto; padding-top: var(--gw-line); break-inside: avoid; font-size: ${SIZE_PT.si}pt; letter-spacing: 0; }
.gw-colophon-box { border-top: 1pt solid #000; border-bottom: 1pt solid #000; width: ${TYPE_AREA_MM.width}mm; max-width: 100%; }
.gw-colophon-row + .gw-colophon-row { border-top: 0.75pt solid #000; }
.gw-colophon .gw-copy { padding: 0 ${SIZE_PT.si}pt 0 ${SIZE_PT.si * 4}pt; text-indent: -${SIZE_PT.si * 3}pt; text-align: left; }
.gw-colophon .gw-tabline { padding: 0 ${SIZE_PT.si}pt; }
@media print {
  html { background: none; }
  .gw-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; display: block; }
  .gw-sheet + .gw-sheet { break-before: page; }
  .gw-colophon { margin-top: 0; }
}
`;
}
