import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCjkFont, readFontFamilies, requireCjkFont } from '../../../electron/charts/cjk-font';
import { AppError } from '../../../shared/errors';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const NOTO_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const hasNoto = existsSync(NOTO);
if (!hasNoto) console.warn(`⚠⚠ 跳过中文字体查找测试：${NOTO} 不存在。请安装 Debian 包 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cjk-font-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('findCjkFont without any font', () => {
  it('returns null, and requireCjkFont explains what to install', () => {
    const nowhere = { fontDirs: [path.join(tmp, 'missing')], systemFiles: [[path.join(tmp, 'none.ttc')]] as [string, string?][] };
    expect(findCjkFont(nowhere)).toBeNull();
    try {
      requireCjkFont(nowhere);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toContain('fonts-noto-cjk');
      expect((e as AppError).message).toContain('未找到中文字体');
      expect((e as AppError).message).toContain('resources/fonts');
    }
  });

  it('reads no families from a file that is not a font', () => {
    const junk = path.join(tmp, 'junk.ttf');
    writeFileSync(junk, '这不是字体文件');
    expect(readFontFamilies(junk)).toEqual([]);
    expect(readFontFamilies(path.join(tmp, 'absent.ttf'))).toEqual([]);
  });
});

describe.skipIf(!hasNoto)('findCjkFont with Noto Sans CJK (fonts-noto-cjk)', () => {
  it('reads the family names of every face in the collection', () => {
    const families = readFontFamilies(NOTO);
    expect(families).toContain('Noto Sans CJK SC');
    expect(families).toContain('Noto Sans CJK JP');
  });

  it('finds the Debian font, picks the SC face and brings the bold weight along', () => {
    const font = findCjkFont({ fontDirs: [], systemFiles: [[path.join(tmp, 'msyh.ttc')], [NOTO, NOTO_BOLD]] });
    expect(font).toEqual({ file: NOTO, family: 'Noto Sans CJK SC', extraFiles: existsSync(NOTO_BOLD) ? [NOTO_BOLD] : [] });
  });

  it('finds a font on this machine with the default search', () => {
    expect(findCjkFont()?.family).toBeTruthy();
  });

  it('prefers a font in resources/fonts over system fonts and ignores non-CJK fonts there', () => {
    const fontsDir = mkdtempSync(path.join(tmp, 'fonts-'));
    symlinkSync(NOTO, path.join(fontsDir, 'NotoSansCJK-Regular.ttc'));
    if (existsSync(NOTO_BOLD)) symlinkSync(NOTO_BOLD, path.join(fontsDir, 'NotoSansCJK-Bold.ttc'));
    if (existsSync(DEJAVU)) symlinkSync(DEJAVU, path.join(fontsDir, 'DejaVuSans.ttf'));
    const font = findCjkFont({ fontDirs: [path.join(tmp, 'missing'), fontsDir], systemFiles: [[NOTO]] });
    expect(font?.file).toBe(path.join(fontsDir, 'NotoSansCJK-Regular.ttc'));
    expect(font?.family).toBe('Noto Sans CJK SC');
    expect(font?.extraFiles).toEqual(existsSync(NOTO_BOLD) ? [path.join(fontsDir, 'NotoSansCJK-Bold.ttc')] : []);
  });
});
