/**
 * Body blocks → HTML for the rendition/preview. Mirrors blocks.ts/table.ts: same generated heading
 * labels, same table geometry (shared/documents/table-layout), images as data URLs.
 */
import { Buffer } from 'node:buffer';
import type { Block, HeadingBlock, ImageBlock, TableBlock } from '../../../shared/documents/document-model';
import { numberHeadings, runInHeadingText } from '../../../shared/documents/headings';
import { columnWeights, placeHeader } from '../../../shared/documents/table-layout';
import { formatTableValue } from '../../../shared/documents/text-rules';
import { fitImageMm } from './geometry';

/** Escapes text for element content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const idAttr = (id: string | undefined): string => (id ? ` data-block-id="${esc(id)}"` : '');

const HEADING_FONT: Record<HeadingBlock['level'], string> = { 1: 'gw-f-hei', 2: 'gw-f-kai', 3: 'gw-f-body', 4: 'gw-f-body' };

function headingHtml(b: HeadingBlock, label: string, boldLevel3: boolean, breakBefore: string): string {
  const bold = b.level === 3 && boldLevel3 ? ' gw-bold' : '';
  if (b.runIn !== undefined) {
    return `<p class="gw-body"${breakBefore}${idAttr(b.id)}><span class="${HEADING_FONT[b.level]}${bold}">${esc(label + runInHeadingText(b.text))}</span>${esc(b.runIn)}</p>`;
  }
  return `<p class="gw-h${b.level}${bold}"${breakBefore}${idAttr(b.id)}>${esc(label + b.text)}</p>`;
}

function tableHtml(t: TableBlock, breakBefore: string): string {
  const grid = placeHeader(t.header);
  const weights = columnWeights(t, grid);
  const sum = weights.reduce((a, b) => a + b, 0);
  const pt = t.textSizePt ?? 12;
  const cols = weights.map((w) => `<col style="width:${((w / sum) * 100).toFixed(3)}%">`).join('');
  const head = Array.from({ length: grid.rowCount }, (_, r) => {
    const cells = grid.cells
      .filter((c) => c.row === r)
      .map((c) => {
        const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        const last = c.row + c.rowSpan === grid.rowCount ? ' class="gw-head-last"' : '';
        return `<th${span}${last}>${esc(c.text).replace(/\n/g, '<br>')}</th>`;
      })
      .join('');
    return `<tr>${cells}</tr>`;
  }).join('');
  const align = (k: number) => (t.align?.[k] && t.align[k] !== 'center' ? ` style="text-align:${t.align[k]}"` : '');
  const row = (vals: (string | number | null)[], cls = '') =>
    `<tr${cls}>${vals.map((v, k) => `<td${align(k)}>${esc(formatTableValue(v))}</td>`).join('')}</tr>`;
  const body = t.rows.map((r) => row(r)).join('') + (t.totalsRow ? row(t.totalsRow, ' class="gw-total"') : '');
  const rowHeight = (pt * 1.25 * 1.4).toFixed(1);
  const caption = t.caption ? `<p class="gw-caption">${esc(t.caption)}</p>` : '';
  const unit = t.unit ? `<p class="gw-unit">${esc(t.unit)}</p>` : '';
  const style = `font-size:${pt}pt;line-height:${pt * 1.25}pt;--gw-row:${rowHeight}pt`;
  const cls = t.rules === 'threeLine' ? 'gw-three' : 'gw-grid';
  return (
    `<div class="gw-tableblock"${breakBefore}>${caption}${unit}` +
    `<table class="gw-table ${cls}" style="${style}"><colgroup>${cols}</colgroup>` +
    `<thead>${head}</thead><tbody>${body}</tbody></table></div>`
  );
}

function imageHtml(b: ImageBlock, breakBefore: string): string {
  const { widthMm, heightMm } = fitImageMm(b.widthMm, b.heightMm);
  const alt = b.alt ?? b.caption ?? '图片';
  const src = `data:image/png;base64,${Buffer.from(b.png).toString('base64')}`;
  const img = `<div class="gw-figure"><img src="${src}" alt="${esc(alt)}" style="width:${widthMm.toFixed(2)}mm;height:${heightMm.toFixed(2)}mm"></div>`;
  const caption = b.caption ? `<p class="gw-caption">${esc(b.caption)}</p>` : '';
  return `<div class="gw-keep"${breakBefore}>${img}${caption}</div>`;
}

/** HTML of a block list (the body or one attachment). */
export function blocksHtml(blocks: readonly Block[], boldLevel3: boolean): string {
  const labels = numberHeadings(blocks);
  let pendingBreak = false;
  return blocks
    .map((b, i) => {
      const brk = pendingBreak ? ' style="break-before:page"' : '';
      pendingBreak = false;
      switch (b.kind) {
        case 'heading':
          return headingHtml(b, labels[i] ?? '', boldLevel3, brk);
        case 'paragraph':
          return `<p class="gw-body"${brk}${idAttr(b.id)}>${esc(b.text)}</p>`;
        case 'table':
          return tableHtml(b, brk);
        case 'image':
          return imageHtml(b, brk);
        case 'pageBreak':
          pendingBreak = true;
          return '';
      }
    })
    .join('\n');
}
