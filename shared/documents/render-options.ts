/**
 * Settings a bureau may need to change without touching the layout code (the reference lists the
 * places where sources and local rules disagree). Defaults follow GB/T 9704-2012 and common
 * practice on government PCs.
 */
import type { DateStyle } from './text-rules';

/**
 * Font family per role, named by the Chinese family name as installed on government PCs. Windows
 * without the GB2312 fonts has 仿宋 / 楷体 instead; 信创 machines often have 方正仿宋_GBK. Word
 * substitutes silently, so make these a user setting.
 */
export interface GongwenFonts {
  /** 标题 and 发文机关标志: 2号小标宋. */
  title: string;
  /** 正文: 3号仿宋. */
  body: string;
  /** 一级标题, 附件 label, table headers: 黑体. */
  hei: string;
  /** 二级标题: 楷体. */
  kai: string;
  /** Page numbers: 宋体 (required by §7.5). */
  song: string;
  /** Digits and Latin letters in running text (common practice: Times New Roman). */
  latin: string;
}

export const DEFAULT_GONGWEN_FONTS: GongwenFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
};

export interface GongwenRenderOptions {
  fonts?: Partial<GongwenFonts>;
  /** 成文日期 / 印发日期 numerals; GB/T 9704-2012 uses 'arabic'. */
  dateStyle?: DateStyle;
  /** Level-3 headings (1.) in bold 仿宋: not in the standard, but some local rules ask for it. */
  boldLevel3?: boolean;
  /**
   * How 28 字 are fitted into 156 mm. 'linesAndChars' writes Word's own 22行×28字 document grid
   * (shows up in 页面设置); 'lines' uses a line grid plus −0.25 pt character spacing, which also
   * renders correctly in LibreOffice 7.4.
   */
  grid?: 'linesAndChars' | 'lines';
}

export interface ResolvedRenderOptions {
  fonts: GongwenFonts;
  dateStyle: DateStyle;
  boldLevel3: boolean;
  grid: 'linesAndChars' | 'lines';
}

export function resolveRenderOptions(o: GongwenRenderOptions = {}): ResolvedRenderOptions {
  return {
    fonts: { ...DEFAULT_GONGWEN_FONTS, ...o.fonts },
    dateStyle: o.dateStyle ?? 'arabic',
    boldLevel3: o.boldLevel3 ?? false,
    grid: o.grid ?? 'linesAndChars',
  };
}
