/**
 * Plain data model of an official document (公文) laid out per GB/T 9704-2012. Composers (bulletin,
 * summary report) build a `GongwenDoc`; `electron/documents/gongwen` renders it to .docx and HTML.
 * The model says *what* is in the document; every layout rule (fonts, grid, rules, spacing) lives
 * in the renderers, so a composer never thinks in twips.
 *
 * Numbering decision: heading numbers (一、（一）1.（1）) are GENERATED, not typed. A heading's
 * `text` is the bare heading ("总体进展"); `numberHeadings()` (headings.ts) derives the labels from
 * the block order, restarting lower levels under each higher one and restarting inside every
 * attachment. Generated numbers cannot drift when a composer or the user inserts, drops or reorders
 * a section. Escape hatch: `number: '三、'` forces a literal label, `number: false` prints none. The
 * rendered .docx carries the numbers as literal text (not Word auto-numbering), which is what 公文
 * authors expect when they edit the file in WPS.
 *
 * Usage:
 *   const doc: GongwenDoc = {
 *     kind: 'bulletin',
 *     header: { authority: '某市卫生健康委员会文件', docNumber: '某卫通〔2024〕12号', red: true },
 *     title: '关于全市医疗卫生行业专项整治\n进展情况的通报',
 *     recipients: '各区（县）卫生健康局，委属各单位',
 *     blocks: [heading(1, '总体进展'), paragraph('截至4月30日……')],
 *     signature: { issuer: '某市卫生健康委员会', date: '2024-05-16' },
 *     colophon: { printer: '某市卫生健康委员会办公室', printDate: '2024-05-16' },
 *   };
 */

/**
 * 'bulletin' (通报/简报, downward, usually sealed) or 'report' (报告, upward: the validator asks for
 * a 签发人 in the 版头). Layout otherwise follows the fields that are present.
 */
export type GongwenKind = 'bulletin' | 'report';

/** Heading levels of GB/T 9704 §7.3.3: 1 一、(黑体) · 2 （一）(楷体) · 3 1.(仿宋) · 4 （1）(仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A serial bulletin's masthead (《XX工作简报》第N期) instead of a numbered 文件 header. */
export interface SeriesMasthead {
  /** Big red masthead text, e.g. '专项整治工作简报'. */
  name: string;
  /** 期号 N of 第N期; a positive integer. */
  issueNo: number;
  /** Date on the masthead line (ISO). Defaults to `signature.date`. */
  date?: string;
}

/**
 * 版头. Two styles:
 * - 文件式 (no `series`): `authority` is the 发文机关标志 (e.g. '某市卫生健康委员会文件'), centred in
 *   red 35 mm below the 版心 top, then `docNumber`, then the red rule.
 * - 简报式 (`series` set): the series name in red, '第N期', then a line with `authority` (编印单位)
 *   on the left and the date on the right, then the red rule.
 */
export interface GongwenHeader {
  authority: string;
  /** 发文字号 such as '宿卫发〔2021〕12号': 六角括号 〔〕, 4-digit year, no '第', no leading zero. */
  docNumber?: string;
  series?: SeriesMasthead;
  /** Red 版头 (the normal case). false prints it in black, e.g. for a draft on plain paper. */
  red: boolean;
  /** 签发人 (upward documents, §7.2.6): the number moves left and shares its line with it. */
  signer?: string;
}

/** Header cell of a table; a string is a 1×1 cell. Spans work like HTML colspan/rowspan. */
export interface TableHeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** A body cell value. Numbers are formatted by the renderer (integers as-is, others ≤2 decimals); null prints empty. */
export type TableValue = string | number | null;

export type TableAlign = 'left' | 'center' | 'right';

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  /** Heading text without its number, e.g. '总体进展情况'. */
  text: string;
  /** Literal label instead of the generated one ('三、'), or false for none. */
  number?: string | false;
  /**
   * Run-in body (标题段): '（一）组织部署。' followed by this text in the same paragraph. The
   * heading gets a '。' when it does not already end with punctuation.
   */
  runIn?: string;
  /** Stable id for the app's editor. */
  id?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** One paragraph of body text; indented 2 字, justified. No line breaks inside. */
  text: string;
  /** Stable id so the app can map user edits back (editable free-text blocks). */
  id?: string;
}

export interface TableBlock {
  kind: 'table';
  /** Table title above the table, e.g. '表1 各区（县）整治进展情况'. */
  caption?: string;
  /** Unit line above the table on the right, e.g. '单位：家、个'. */
  unit?: string;
  /**
   * Header rows (repeated on every page). Each row lists its cells left to right, skipping the
   * columns covered by a rowSpan from a row above, like HTML. All rows must cover the same width.
   */
  header: (string | TableHeaderCell)[][];
  /** Body rows; each has exactly as many values as the header has columns. */
  rows: TableValue[][];
  /** 合计 row, printed last in 黑体. */
  totalsRow?: TableValue[];
  /** Relative column widths (any positive numbers); default from the content lengths. */
  columnWidths?: number[];
  /** Per-column alignment; default centred. */
  align?: TableAlign[];
  /** Cell text size in pt: 12 (小四, default, as in the reference), 14 (4号) or 16 (3号). */
  textSizePt?: 12 | 14 | 16;
  /** 'grid' (all rules, default) or 'threeLine' (三线表). */
  rules?: 'grid' | 'threeLine';
}

export interface ImageBlock {
  kind: 'image';
  /** PNG bytes, ideally rendered at 2× the display size. */
  png: Uint8Array;
  /** Display size; the width is capped at the 156 mm 版心 (height scaled along). */
  widthMm: number;
  heightMm: number;
  /** Caption below the image, e.g. '图1 各区整改率'. */
  caption?: string;
  /** Alternative text for accessibility; defaults to the caption. */
  alt?: string;
}

/** Forces the next block onto a new page. */
export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ImageBlock | PageBreakBlock;

/** One 附件: listed in the 附件说明 after the body, then printed on its own pages with 附件N. */
export interface Attachment {
  title: string;
  blocks: Block[];
}

/** 落款 (署名 + 成文日期). */
export interface Signature {
  /** 署名: the issuing body's name. */
  issuer: string;
  /** 成文日期, ISO; printed as 2024年5月16日 (GB/T 9704-2012 uses Arabic numerals). */
  date: string;
  /**
   * With a seal (加盖印章, the default): date 4 字 from the right, issuer centred over it, room
   * for the seal. false: §7.3.5.2 layout (issuer 2 字 from the right, date 2 字 further in).
   */
  sealed?: boolean;
}

/** 版记 at the foot of the last page. */
export interface Colophon {
  /** 抄送 names, without the '抄送：' label; a final '。' is added when missing. */
  copyTo?: string;
  /** 印发机关, e.g. '某市卫生健康委员会办公室'. */
  printer: string;
  /** 印发日期, ISO. */
  printDate: string;
}

export interface GongwenDoc {
  kind: GongwenKind;
  /** 版头; omit for a document without one (e.g. a 报告 sent as plain material). */
  header?: GongwenHeader;
  /** 标题. '\n' marks where the author wants the line broken (梯形/菱形); renderers never guess. */
  title: string;
  /** 主送机关, e.g. '各区（县）卫生健康局，委属各单位'; the final '：' is added when missing. */
  recipients?: string;
  blocks: Block[];
  attachments?: Attachment[];
  /** 落款; may be omitted for 简报式 documents whose masthead already names issuer and date. */
  signature?: Signature;
  colophon?: Colophon;
  /** 附注 under the date, e.g. '此件公开发布' (brackets are added when missing). */
  disclosure?: string;
}

/** Level-1..4 heading block. */
export function heading(level: HeadingLevel, text: string, extra: Partial<Omit<HeadingBlock, 'kind' | 'level' | 'text'>> = {}): HeadingBlock {
  return { kind: 'heading', level, text, ...extra };
}

/** Body paragraph block. */
export function paragraph(text: string, id?: string): ParagraphBlock {
  return id === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, id };
}

/** Table block; `header` may be one row of strings for the simple case. */
export function table(spec: Omit<TableBlock, 'kind'>): TableBlock {
  return { kind: 'table', ...spec };
}

/** PNG image block. */
export function image(png: Uint8Array, widthMm: number, heightMm: number, caption?: string): ImageBlock {
  return caption === undefined ? { kind: 'image', png, widthMm, heightMm } : { kind: 'image', png, widthMm, heightMm, caption };
}

export const PAGE_BREAK: PageBreakBlock = { kind: 'pageBreak' };
