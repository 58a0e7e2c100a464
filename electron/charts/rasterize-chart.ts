/**
 * SVG → PNG with resvg and a CJK font. resvg runs without system fonts (fast, reproducible) and
 * gets a per-chart subset of the CJK font written to a temporary file (see font-subset.ts for
 * why); when a font cannot be subset the full file is used.
 */
import { unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { requireCjkFont, type CjkFont } from './cjk-font';
import { subsetFontForText } from './font-subset';

export interface RasterizeOptions {
  /** Pixel ratio; default 2 (print). */
  scale?: number;
  /** Default: findCjkFont(), or an AppError naming fonts-noto-cjk when there is none. */
  font?: CjkFont;
  /** Subset the font to the chart's characters (default true; false = always the full file). */
  subset?: boolean;
}

let counter = 0;

/** Every character that can end up as text: the markup itself plus what entities stand for. */
function charactersOf(svg: string): string {
  return `${svg}&<>"'`;
}

function fontFilesFor(svg: string, font: CjkFont, subset: boolean): { files: string[]; temporary: string[] } {
  const bold = /font-weight="(bold|[6-9]00)"/.test(svg);
  const wanted = [font.file, ...(bold ? font.extraFiles : [])];
  if (!subset) return { files: wanted, temporary: [] };
  const files: string[] = [];
  const temporary: string[] = [];
  const text = charactersOf(svg);
  for (const file of wanted) {
    let data: Buffer | null = null;
    try {
      data = subsetFontForText(file, font.family, text);
    } catch {
      data = null; // a font this code cannot read: fall back to the full file below
    }
    if (!data) {
      files.push(file);
      continue;
    }
    const tmp = path.join(os.tmpdir(), `rectify-chart-font-${process.pid}-${++counter}.otf`);
    writeFileSync(tmp, data);
    files.push(tmp);
    temporary.push(tmp);
  }
  return { files, temporary };
}

/** Rasterises chart SVG markup; text is drawn with `font` (Chinese as glyphs, never boxes). */
export async function rasterizeChartSvg(svg: string, options: RasterizeOptions = {}): Promise<Uint8Array> {
  const font = options.font ?? requireCjkFont();
  const { files, temporary } = fontFilesFor(svg, font, options.subset ?? true);
  try {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'zoom', value: options.scale ?? 2 },
      background: 'white',
      font: {
        loadSystemFonts: false,
        fontFiles: files,
        defaultFontFamily: font.family,
        sansSerifFamily: font.family,
        serifFamily: font.family,
      },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    });
    return new Uint8Array(image.asPng());
  } finally {
    for (const tmp of temporary) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone: nothing to clean up
      }
    }
  }
}
