/**
 * Paragraph styles of the 公文 docx. Normal carries the grid-relevant facts (3号 = 32 half-points,
 * exact 579-twip lines, justified) and NO indent: firstLineChars is inherited by every child and
 * must not reach the title, 主送 or 落款 (reference pitfall 12). docx's built-in Heading styles are
 * blue and English, so headings use our own Gw* styles with outline levels.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { ResolvedRenderOptions } from '../../../shared/documents/render-options';
import { CHAR_TWIPS, LINE_TWIPS, SIZE_PT } from './geometry';
import { LANGUAGE, runFont } from './fonts';

/** Style ids used by the writers. */
export const STYLE = {
  normal: 'Normal',
  body: 'GwBody',
  h1: 'GwH1',
  h2: 'GwH2',
  h3: 'GwH3',
  h4: 'GwH4',
  title: 'GwTitle',
  caption: 'GwCaption',
  unit: 'GwTableUnit',
  cell: 'GwTableCell',
  headCell: 'GwTableHead',
  colophon: 'GwColophon',
  footer: 'GwFooter',
} as const;

export const HEADING_STYLE = { 1: STYLE.h1, 2: STYLE.h2, 3: STYLE.h3, 4: STYLE.h4 } as const;

/** Half-points for a size in pt. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

const EXACT_LINE = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Table cell line height: exact, 1.25 × the text size (15 pt for 小四). */
export const cellLineTwips = (pt: number): number => Math.round(pt * 1.25 * 20);

export function buildStyles(o: ResolvedRenderOptions): IStylesOptions {
  const f = o.fonts;
  // 'lines' grid: condense each character by 0.25 pt so 28 fit into 156 mm (reference (a) #6a).
  const condense = o.grid === 'lines' ? { characterSpacing: -5 } : {};
  const body = runFont(f, 'body');
  return {
    default: {
      document: {
        run: { font: body, size: halfPoints(SIZE_PT.san), language: LANGUAGE },
        paragraph: { spacing: EXACT_LINE },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        // charSpace of the docGrid is relative to this size, so it must be stated (pitfall 5).
        run: { font: body, size: halfPoints(SIZE_PT.san), language: LANGUAGE, ...condense },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: EXACT_LINE },
      },
      {
        id: STYLE.body,
        name: '公文正文',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { indent: { firstLine: 2 * CHAR_TWIPS, firstLineChars: 200 } },
      },
      {
        id: STYLE.h1,
        name: '公文一级标题',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: runFont(f, 'hei') },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      {
        id: STYLE.h2,
        name: '公文二级标题',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: runFont(f, 'kai') },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      {
        id: STYLE.h3,
        name: '公文三级标题',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: body, bold: o.boldLevel3 },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      {
        id: STYLE.h4,
        name: '公文四级标题',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: body },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 3 },
      },
      {
        id: STYLE.title,
        name: '公文标题',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { font: runFont(f, 'title'), size: halfPoints(SIZE_PT.er), characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.caption,
        name: '公文图表题',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { font: runFont(f, 'hei') },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: STYLE.unit,
        name: '公文表格单位',
        basedOn: STYLE.normal,
        run: { size: halfPoints(SIZE_PT.si), characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.RIGHT, keepNext: true },
      },
      {
        id: STYLE.cell,
        name: '公文表格文字',
        basedOn: STYLE.normal,
        run: { size: halfPoints(SIZE_PT.xiaosi), characterSpacing: 0 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { line: cellLineTwips(SIZE_PT.xiaosi), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        },
      },
      {
        id: STYLE.headCell,
        name: '公文表头文字',
        basedOn: STYLE.cell,
        run: { font: runFont(f, 'hei') },
      },
      {
        id: STYLE.colophon,
        name: '公文版记',
        basedOn: STYLE.normal,
        run: { size: halfPoints(SIZE_PT.si), characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE.footer,
        name: '公文页码',
        basedOn: STYLE.normal,
        run: { size: halfPoints(SIZE_PT.si), characterSpacing: 0 },
        paragraph: { spacing: { line: halfPoints(SIZE_PT.si) * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    ],
  };
}
