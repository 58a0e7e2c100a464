/**
 * docx font objects per role. Pitfall 1 of the reference: docx's `{ name, eastAsia }` form silently
 * drops eastAsia, so every font here spells out all four rFonts slots plus `hint: 'eastAsia'`
 * (pitfall 14: ambiguous-width characters such as “ ” — × must use the Chinese font).
 */
import type { GongwenFonts } from '../../../shared/documents/render-options';

export interface RunFont {
  ascii: string;
  hAnsi: string;
  cs: string;
  eastAsia: string;
  hint: string;
}

export type FontRole = 'title' | 'body' | 'hei' | 'kai' | 'song';

/** Chinese family for the role, Latin/digits in the `latin` font (Times New Roman by default). */
export function runFont(fonts: GongwenFonts, role: FontRole): RunFont {
  const eastAsia = fonts[role];
  return { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia, hint: 'eastAsia' };
}

/** One family in every slot: page numbers must be 宋体 digits (§7.5), not Times New Roman. */
export function uniformFont(family: string): RunFont {
  return { ascii: family, hAnsi: family, cs: family, eastAsia: family, hint: 'eastAsia' };
}

/** Language tags: Chinese text is zh-CN so Word applies Chinese line-breaking rules. */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;
