/**
 * Finds a font with Chinese glyphs for rasterising charts. resvg is run without system fonts
 * (faster and reproducible), so it only knows the files named here; without a CJK font every
 * Chinese character would come out as a box. Looked up at run time: resources/fonts/ first
 * (a bundled font gives identical output everywhere), then the usual system locations.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { faceFamilies, listFaces, type ByteSource } from './sfnt';

export interface CjkFont {
  /** Regular-weight font file (.ttf/.otf/.ttc). */
  file: string;
  /** Family name resvg should use by default (English name from the font's name table). */
  family: string;
  /** Other weights of the same family found beside it (bold), loaded too. */
  extraFiles: string[];
}

/** Families named by the chart (CHART_FONT_FAMILY), in the order a font's face is preferred. */
const PREFERRED_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'SimHei', 'PingFang SC'];

function windowsFontsDir(): string {
  return path.join(process.env.WINDIR ?? process.env.SystemRoot ?? 'C:\\Windows', 'Fonts');
}

/** [regular, bold?] per candidate, in preference order. */
function systemCandidates(): [string, string?][] {
  const win = windowsFontsDir();
  return [
    ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'],
    ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
    ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'],
    [path.join(win, 'msyh.ttc'), path.join(win, 'msyhbd.ttc')],
    [path.join(win, 'msyh.ttf'), path.join(win, 'msyhbd.ttf')],
    [path.join(win, 'simhei.ttf')],
    ['/System/Library/Fonts/PingFang.ttc'],
    ['/System/Library/Fonts/Hiragino Sans GB.ttc'],
    ['/System/Library/Fonts/STHeiti Light.ttc', '/System/Library/Fonts/STHeiti Medium.ttc'],
  ];
}

function moduleDir(): string | null {
  try {
    // Undefined in a CommonJS bundle; the packaged app finds resources via process.resourcesPath.
    const url = import.meta.url;
    return url ? path.dirname(fileURLToPath(url)) : null;
  } catch {
    return null;
  }
}

/** resources/fonts in the packaged app, beside the sources, and under the working directory. */
export function bundledFontDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.RECTIFY_FONT_DIR) dirs.push(process.env.RECTIFY_FONT_DIR);
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) dirs.push(path.join(resourcesPath, 'fonts'));
  const here = moduleDir();
  if (here) dirs.push(path.resolve(here, '..', '..', 'resources', 'fonts'));
  dirs.push(path.resolve(process.cwd(), 'resources', 'fonts'));
  return [...new Set(dirs)];
}

function fdSource(fd: number): ByteSource {
  return (offset, length) => {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  };
}

/** Family names of every face in a .ttf/.otf/.ttc file; empty if it is not a readable font. */
export function readFontFamilies(file: string): string[] {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const read = fdSource(fd);
    return [...new Set(listFaces(read).flatMap((face) => faceFamilies(read, face)))];
  } catch {
    return [];
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function hasCjkFamily(families: string[]): boolean {
  return families.some((f) => /CJK|Han|YaHei|Hei|Song|Kai|Fang|PingFang|WenQuanYi|[\u4e00-\u9fff]/i.test(f));
}

function chooseFamily(families: string[]): string {
  return PREFERRED_FAMILIES.find((p) => families.includes(p)) ?? families[0];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function fromBundledDir(dir: string): CjkFont | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => /\.(ttf|otf|ttc)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  const withFamilies = files.map((file) => ({ file, families: readFontFamilies(file) })).filter((f) => hasCjkFamily(f.families));
  if (withFamilies.length === 0) return null;
  // Prefer a regular weight as the main file; other files in the folder come along (bold etc.).
  const main = withFamilies.find((f) => !/bold|black|heavy|bd\./i.test(path.basename(f.file))) ?? withFamilies[0];
  return {
    file: main.file,
    family: chooseFamily(main.families),
    extraFiles: withFamilies.filter((f) => f !== main).map((f) => f.file),
  };
}

/** Where to look; the defaults are bundledFontDirs() and the system locations. Tests override. */
export interface FontSearchOptions {
  fontDirs?: string[];
  /** [regular, bold?] file pairs in preference order. */
  systemFiles?: [string, string?][];
}

let cached: { key: string; font: CjkFont | null } | null = null;

/**
 * The CJK font to rasterise charts with, or null when the machine has none. Searches
 * resources/fonts/ first, then Debian/Fedora/Arch Noto CJK, WenQuanYi, Windows 微软雅黑/黑体 and
 * macOS 苹方. The result is cached per search path.
 */
export function findCjkFont(options: FontSearchOptions = {}): CjkFont | null {
  const dirs = options.fontDirs ?? bundledFontDirs();
  const system = options.systemFiles ?? systemCandidates();
  const key = JSON.stringify([dirs, system]);
  if (cached && cached.key === key) return cached.font;
  let font: CjkFont | null = null;
  for (const dir of dirs) {
    font = fromBundledDir(dir);
    if (font) break;
  }
  if (!font) {
    for (const [regular, bold] of system) {
      if (!isFile(regular)) continue;
      const families = readFontFamilies(regular);
      if (families.length === 0) continue;
      font = { file: regular, family: chooseFamily(families), extraFiles: bold && isFile(bold) ? [bold] : [] };
      break;
    }
  }
  cached = { key, font };
  return font;
}

/** Like findCjkFont, but a missing font is an error the user can act on. */
export function requireCjkFont(options: FontSearchOptions = {}): CjkFont {
  const font = findCjkFont(options);
  if (font) return font;
  throw new AppError(
    'io',
    '未找到中文字体，无法生成图表图片（图中的中文会显示为方框）。请安装中文字体后重试：' +
      'Debian/Ubuntu 执行 sudo apt-get install fonts-noto-cjk；Windows 请确认 C:\\Windows\\Fonts 下有微软雅黑 (msyh.ttc) 或黑体 (simhei.ttf)；' +
      '也可以把 .ttf/.otf/.ttc 中文字体文件放入程序的 resources/fonts 文件夹。',
  );
}
