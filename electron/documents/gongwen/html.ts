/**
 * GongwenDoc → a self-contained HTML page that looks like the printed 公文: the app's on-screen
 * preview and, printed by Chromium, the PDF route used when LibreOffice is absent. Same layout
 * rules and shared helpers as the docx writer (render-docx.ts), so what the user reads is what
 * Word will show.
 *
 * Usage: `const html = renderGongwenHtml(doc)` → load it in an iframe (srcdoc) or print it.
 */
import type { Attachment, GongwenDoc, GongwenHeader } from '../../../shared/documents/document-model';
import { resolveRenderOptions, type GongwenRenderOptions, type ResolvedRenderOptions } from '../../../shared/documents/render-options';
import { assertRenderable } from '../../../shared/documents/validate';
import {
  attachmentLabel,
  formatDocDate,
  inRoundBrackets,
  signatureOffsets,
  titleLines,
  withFinalColon,
  withFinalPeriod,
} from '../../../shared/documents/text-rules';
import { AUTHORITY_SCALE, AUTHORITY_TOP_MM, SERIES_NAME_PT, SERIES_TOP_MM, authorityMarkPt, RED } from './geometry';
import { blocksHtml, esc } from './html-blocks';
import { gongwenCss } from './html-style';

/** 1 字 for indents, as in the docx (320 twips = 16 pt). */
const ZI = 16;
const BLANK = '<div class="gw-blank"></div>';

function mark(text: string, pt: number, topMm: number, color: string): string {
  return (
    `<div class="gw-mark" style="margin-top:calc(${topMm}mm - ${((pt * 4) / 52).toFixed(2)}pt);font-size:${pt}pt;line-height:${pt}pt;color:${color}">` +
    `<span style="transform:scaleX(${AUTHORITY_SCALE / 100})">${esc(text)}</span></div>`
  );
}

function headerHtml(h: GongwenHeader, dateIso: string, o: ResolvedRenderOptions): string {
  const color = h.red ? `#${RED}` : '#000';
  const rule = `border-bottom-color:${color}`;
  if (h.series) {
    return [
      mark(h.series.name, Math.min(SERIES_NAME_PT, authorityMarkPt(h.series.name)), SERIES_TOP_MM, color),
      BLANK,
      `<p class="gw-center">第${h.series.issueNo}期</p>`,
      BLANK,
      `<div class="gw-tabline gw-rule" style="${rule}"><span>${esc(h.authority)}</span><span>${esc(formatDocDate(dateIso, o.dateStyle))}</span></div>`,
    ].join('\n');
  }
  const number = h.signer
    ? `<div class="gw-tabline gw-rule" style="${rule}"><span>${esc(h.docNumber ?? '')}</span><span>签发人：<span class="gw-f-kai">${esc(h.signer)}</span></span></div>`
    : `<p class="gw-center gw-rule" style="${rule}">${h.docNumber ? esc(h.docNumber) : '&nbsp;'}</p>`;
  return [mark(h.authority, authorityMarkPt(h.authority), AUTHORITY_TOP_MM, color), BLANK, BLANK, number].join('\n');
}

function titleHtml(title: string): string {
  return `<p class="gw-title">${titleLines(title).map(esc).join('<br>')}</p>`;
}

function attachmentNoteHtml(attachments: readonly Attachment[]): string {
  if (attachments.length === 0) return '';
  if (attachments.length === 1) {
    return `${BLANK}<p class="gw-hang" style="padding-left:${5 * ZI}pt;text-indent:-${3 * ZI}pt">附件：${esc(attachments[0].title)}</p>`;
  }
  // A grid keeps wrapped names aligned with the first character of the name, as tabs do in Word.
  const numCol = attachments.length >= 10 ? 1.5 : 1;
  const rows = attachments
    .map((a, i) => `<span>${i === 0 ? '附件：' : ''}</span><span>${i + 1}.</span><span>${esc(a.title.replace(/[。.]$/, ''))}</span>`)
    .join('');
  return `${BLANK}<div class="gw-hang" style="display:grid;grid-template-columns:${3 * ZI}pt ${numCol * ZI}pt 1fr;margin-left:${2 * ZI}pt">${rows}</div>`;
}

function signatureHtml(doc: GongwenDoc, o: ResolvedRenderOptions): string {
  const out: string[] = [];
  const s = doc.signature;
  if (s) {
    const sealed = s.sealed ?? true;
    const date = formatDocDate(s.date, o.dateStyle);
    const off = signatureOffsets(s.issuer, date, sealed);
    out.push(
      `<div class="gw-keep">${(sealed ? BLANK + BLANK : BLANK)}` +
        `<p class="gw-right" style="padding-right:${(off.issuerRight * ZI).toFixed(1)}pt">${esc(s.issuer)}</p>` +
        `<p class="gw-right" style="padding-right:${(off.dateRight * ZI).toFixed(1)}pt">${esc(date)}</p></div>`,
    );
  }
  if (doc.disclosure?.trim()) out.push(`<p class="gw-body">${esc(inRoundBrackets(doc.disclosure))}</p>`);
  return out.join('\n');
}

function colophonHtml(doc: GongwenDoc, o: ResolvedRenderOptions): string {
  const c = doc.colophon;
  if (!c) return '';
  const rows: string[] = [];
  if (c.copyTo?.trim()) rows.push(`<div class="gw-colophon-row"><p class="gw-copy">抄送：${esc(withFinalPeriod(c.copyTo))}</p></div>`);
  rows.push(
    `<div class="gw-colophon-row gw-tabline"><span>${esc(c.printer)}</span><span>${esc(formatDocDate(c.printDate, o.dateStyle))}印发</span></div>`,
  );
  // data-gw hooks let the Chromium route push the 版记 to the foot of the last page.
  return `<div class="gw-colophon-spacer" data-gw="colophon-spacer"></div><div class="gw-colophon" data-gw="colophon"><div class="gw-colophon-box">${rows.join('')}</div></div>`;
}

/** Renders the document as a complete HTML page (UTF-8, no external resources). */
export function renderGongwenHtml(doc: GongwenDoc, options: GongwenRenderOptions = {}): string {
  assertRenderable(doc);
  const o = resolveRenderOptions(options);
  const attachments = doc.attachments ?? [];
  const main = [
    doc.header ? headerHtml(doc.header, doc.header.series?.date ?? doc.signature?.date ?? '', o) : '',
    doc.header ? BLANK + BLANK : '',
    titleHtml(doc.title),
    BLANK,
    doc.recipients?.trim() ? `<p class="gw-left">${esc(withFinalColon(doc.recipients))}</p>` : '',
    blocksHtml(doc.blocks, o.boldLevel3),
    attachmentNoteHtml(attachments),
    signatureHtml(doc, o),
  ];
  const sheets = [main.filter(Boolean).join('\n')];
  attachments.forEach((a, i) => {
    sheets.push(
      [
        `<p class="gw-attach-label">${attachmentLabel(i, attachments.length)}</p>`,
        BLANK,
        titleHtml(a.title),
        BLANK,
        blocksHtml(a.blocks, o.boldLevel3),
      ].join('\n'),
    );
  });
  sheets[sheets.length - 1] += colophonHtml(doc, o);
  const body = sheets.map((s, i) => `<section class="gw-sheet"${i > 0 ? ' data-gw="attachment"' : ''}>\n${s}\n</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(titleLines(doc.title).join(''))}</title>
<style>${gongwenCss(o.fonts)}</style>
</head>
<body class="gw">
${body}
</body>
</html>
`;
}
