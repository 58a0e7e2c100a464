/**
 * Page geometry of GB/T 9704-2012 in one place, from millimetres, so a bureau with a different
 * local rule changes one number. Both the docx writer (twips) and the HTML rendition (mm/pt) read
 * these values, which keeps the on-screen preview and the Word file in step.
 */

/** 1 mm in twips (1/20 pt). */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** Paper and white margins in mm (§5.1, §5.2.1): 天头 37, 订口 28, 版心 156 × 225. */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, left: 28, right: 26, bottom: 35 } as const;
export const TYPE_AREA_MM = { width: 156, height: 225 } as const;

/** 22 lines × 28 characters per page (§5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 字号 in pt. */
export const SIZE_PT = { er: 22, san: 16, si: 14, xiaosi: 12 } as const;

/** A4 in twips as Word writes it (11906 × 16838). */
export const PAGE_TWIPS = { width: 11906, height: 16838 } as const;
export const MARGIN_TWIPS = {
  top: mmToTwips(MARGIN_MM.top), // 2098
  left: mmToTwips(MARGIN_MM.left), // 1587
  right: mmToTwips(MARGIN_MM.right), // 1474
  bottom: mmToTwips(MARGIN_MM.bottom), // 1984
} as const;

/** 版心 in twips: 8845 × 12756. */
export const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right;
export const TEXT_HEIGHT_TWIPS = PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom;

/**
 * Line pitch: floor(12756 / 22) = 579 twips = 28.95 pt. 29 pt (580) would give only 21 lines,
 * because 22 × 580 > 12756 (reference pitfall 3).
 */
export const LINE_TWIPS = Math.floor(TEXT_HEIGHT_TWIPS / LINES_PER_PAGE);
export const LINE_PT = LINE_TWIPS / 20;

/** One 字 of 3号 (16 pt) text, and of 4号 (14 pt) text (版记, page number). */
export const CHAR_TWIPS = ptToTwips(SIZE_PT.san); // 320
export const CHAR4_TWIPS = ptToTwips(SIZE_PT.si); // 280

/**
 * docGrid charSpace for 28 字 per line, in 1/4096 pt relative to the Normal font size (16 pt):
 * floor((8845/20/28 − 16) × 4096) − 1 = −843, the value Word writes for 每行28字.
 */
export const GRID_CHAR_SPACE = Math.floor((TEXT_WIDTH_TWIPS / 20 / CHARS_PER_LINE - SIZE_PT.san) * 4096) - 1;

/** Character pitch in pt (15.79) — the HTML rendition condenses by the same amount. */
export const CHAR_PITCH_PT = TEXT_WIDTH_TWIPS / 20 / CHARS_PER_LINE;

/** Page number: dash centre 7 mm below the 版心 (§7.5), 1 字 (4号) in from the outer edge. */
export const PAGE_NUMBER_DROP_MM = 7;
/**
 * Footer distance from the paper edge, as measured in the reference for a 14 pt exact-line
 * footer paragraph: (35 − 7) mm − 14 pt + 1.8 mm ≈ 1409 twips puts the dash centre 7 mm under the
 * 版心.
 */
export const FOOTER_TWIPS = mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_DROP_MM) - CHAR4_TWIPS + mmToTwips(1.8);
export const HEADER_TWIPS = mmToTwips(15);

/** 发文机关标志: glyph top 35 mm below the 版心 top (§7.2.4). */
export const AUTHORITY_TOP_MM = 35;
/** Largest mark size in pt and its width scaling (practice: 52 pt at 70 %, must fit 156 mm). */
export const AUTHORITY_MAX_PT = 52;
export const AUTHORITY_SCALE = 70;
/** 简报式 masthead: series name size and its distance below the 版心 top. */
export const SERIES_NAME_PT = 42;
export const SERIES_TOP_MM = 10;

/** Red of the 版头 on screen (printing uses Y80 M80). */
export const RED = 'FF0000';

/** Rules (border sizes in eighths of a point). */
export const RED_RULE_EIGHTHS = 12; // 1.5 pt
export const COLOPHON_THICK_EIGHTHS = 8; // 1 pt ≈ 0.35 mm
export const COLOPHON_THIN_EIGHTHS = 6; // 0.75 pt ≈ 0.25 mm

/**
 * Size of the 发文机关标志 so that it fits the 版心 on one line at 70 % width: at most 52 pt, and
 * not below 22 pt (the title's 2号), so even a 24-character name fits; a longer one wraps.
 */
export function authorityMarkPt(text: string, widthUnits: number = [...text].length): number {
  const fit = Math.floor((TYPE_AREA_MM.width * 72) / 25.4 / (widthUnits * (AUTHORITY_SCALE / 100)) * 0.97);
  return Math.max(SIZE_PT.er, Math.min(AUTHORITY_MAX_PT, fit));
}

/** Image size in px at 96 dpi (what docx's ImageRun expects). */
export const mmToPx96 = (mm: number): number => Math.round((mm / 25.4) * 96);

/** Tallest picture: the 版心 less two lines for its caption. */
export const IMAGE_MAX_HEIGHT_MM = TYPE_AREA_MM.height - 2 * ((LINE_PT / 72) * 25.4);

/** Display size capped at the 版心 width and the usable height, keeping the aspect ratio. */
export function fitImageMm(widthMm: number, heightMm: number): { widthMm: number; heightMm: number } {
  const scale = Math.min(1, TYPE_AREA_MM.width / widthMm, IMAGE_MAX_HEIGHT_MM / heightMm);
  return { widthMm: widthMm * scale, heightMm: heightMm * scale };
}
