/**
 * Body blocks → docx elements: headings (generated numbers as literal text), paragraphs, tables,
 * images, page breaks. Images sit in an AUTO-spaced paragraph (an exact line would clip an inline
 * picture to 28.95 pt in Word, pitfall 11) with keepNext on the picture, not on the caption
 * (pitfall 18: a kept caption drags the next heading along).
 */
import { AlignmentType, ImageRun, LineRuleType, type Paragraph, type Table } from 'docx';
import type { Block, HeadingBlock, ImageBlock } from '../../../shared/documents/document-model';
import { numberHeadings, runInHeadingText } from '../../../shared/documents/headings';
import { fitImageMm, mmToPx96 } from './geometry';
import { para, textRun, type DocxContext } from './runs';
import { HEADING_STYLE, STYLE } from './styles';
import { tableElements } from './table';
import type { FontRole } from './fonts';

const HEADING_ROLE: Record<HeadingBlock['level'], FontRole> = { 1: 'hei', 2: 'kai', 3: 'body', 4: 'body' };

function headingParagraph(ctx: DocxContext, b: HeadingBlock, label: string, pageBreakBefore: boolean): Paragraph {
  const role = HEADING_ROLE[b.level];
  const bold = b.level === 3 && ctx.opts.boldLevel3;
  if (b.runIn !== undefined) {
    // 标题段: the heading runs into its paragraph, so it is an ordinary body paragraph (not kept
    // with the next one) whose first run carries the heading font.
    return para({
      style: STYLE.body,
      pageBreakBefore,
      children: [textRun(ctx, `${label}${runInHeadingText(b.text)}`, role, { bold }), textRun(ctx, b.runIn)],
    });
  }
  return para({ style: HEADING_STYLE[b.level], pageBreakBefore, children: [textRun(ctx, `${label}${b.text}`, role, { bold })] });
}

function imageParagraphs(ctx: DocxContext, b: ImageBlock, pageBreakBefore: boolean): Paragraph[] {
  const { widthMm, heightMm } = fitImageMm(b.widthMm, b.heightMm);
  const alt = b.alt ?? b.caption ?? '图片';
  const picture = para({
    style: STYLE.normal,
    alignment: AlignmentType.CENTER,
    keepNext: b.caption !== undefined,
    pageBreakBefore,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: b.png,
        transformation: { width: mmToPx96(widthMm), height: mmToPx96(heightMm) },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
  if (b.caption === undefined) return [picture];
  return [picture, para({ style: STYLE.caption, children: [textRun(ctx, b.caption, 'hei')] })];
}

/**
 * All elements of a block list (the body or one attachment). A pageBreak block becomes
 * pageBreakBefore on the next block's first paragraph, so the new page does not start with an
 * empty line left over from a break character.
 */
export function blockElements(ctx: DocxContext, blocks: readonly Block[], keepLastWithNext = false): (Paragraph | Table)[] {
  const labels = numberHeadings(blocks);
  // Start of the 落款 keepNext chain: the last body paragraph stays with the signature (§7.3.5.5).
  const keepIdx = keepLastWithNext ? blocks.length - 1 : -1;
  const out: (Paragraph | Table)[] = [];
  let pendingBreak = false;
  blocks.forEach((b, i) => {
    const brk = pendingBreak;
    pendingBreak = false;
    switch (b.kind) {
      case 'heading':
        out.push(headingParagraph(ctx, b, labels[i] ?? '', brk));
        break;
      case 'paragraph':
        out.push(
          para({ style: STYLE.body, pageBreakBefore: brk, keepNext: i === keepIdx, keepLines: i === keepIdx, children: [textRun(ctx, b.text)] }),
        );
        break;
      case 'table':
        out.push(...tableElements(ctx, b, brk));
        break;
      case 'image':
        out.push(...imageParagraphs(ctx, b, brk));
        break;
      case 'pageBreak':
        pendingBreak = true;
        break;
    }
  });
  return out;
}
