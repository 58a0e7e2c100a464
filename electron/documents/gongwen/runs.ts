/**
 * Small constructors every docx writer uses, so the cross-cutting rules are applied once:
 * every Chinese run names its font with hint eastAsia, every paragraph has widow control off
 * (Word would otherwise leave pages with 21 lines), blank lines are real exact-pitch lines.
 */
import { Paragraph, Tab, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import type { ResolvedRenderOptions } from '../../../shared/documents/render-options';
import { runFont, type FontRole } from './fonts';
import { STYLE } from './styles';

/** Everything a block writer needs besides the block itself. */
export interface DocxContext {
  opts: ResolvedRenderOptions;
}

type RunExtra = Omit<IRunOptions, 'text' | 'font' | 'children'>;

/** A run of text in a role's font (all four slots + hint, pitfall 1 and 14). */
export function textRun(ctx: DocxContext, text: string, role: FontRole = 'body', extra: RunExtra = {}): TextRun {
  return new TextRun({ text, font: runFont(ctx.opts.fonts, role), ...extra });
}

/**
 * A run whose parts are separated by real `<w:tab/>` elements (a literal tab character inside
 * `<w:t>` is not reliably a tab in Word).
 */
export function tabbedRun(ctx: DocxContext, parts: readonly string[], role: FontRole = 'body', extra: RunExtra = {}): TextRun {
  const children: (string | Tab)[] = [];
  parts.forEach((p, i) => {
    if (i > 0) children.push(new Tab());
    if (p) children.push(p);
  });
  return new TextRun({ children, font: runFont(ctx.opts.fonts, role), ...extra });
}

/** A paragraph with widow control off (styles in docx cannot carry it). */
export function para(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: false, ...options });
}

/** 空一行: an empty Normal paragraph at the exact 579-twip pitch (not spacing.before). */
export function blankLine(keepNext = false): Paragraph {
  return para({ style: STYLE.normal, keepNext, children: [] });
}

export function blankLines(n: number, keepNext = false): Paragraph[] {
  return Array.from({ length: n }, () => blankLine(keepNext));
}
