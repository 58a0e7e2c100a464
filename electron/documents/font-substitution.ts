/**
 * Private fontconfig file for LibreOffice on Linux: maps the 公文 font names (仿宋_GB2312, 方正小标宋简体…)
 * to installed stand-ins WITHOUT touching the system configuration, so line and page breaks in the
 * PDF are meaningful (the stand-ins have the same full-width advance; glyph shapes differ). Only
 * names that fontconfig does not already know get an alias, so a machine with the real fonts
 * uses them. Not used on Windows/macOS, where LibreOffice does not read fontconfig.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Family names as written in the docx → stand-ins in order of preference. */
const STAND_INS: { names: string[]; prefer: string[]; bold?: boolean }[] = [
  { names: ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', '方正仿宋_GBK'], prefer: ['AR PL UMing CN', 'Noto Serif CJK SC'] },
  { names: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', '方正楷体_GBK'], prefer: ['AR PL UKai CN', 'Noto Serif CJK SC'] },
  { names: ['黑体', 'SimHei', '方正黑体_GBK'], prefer: ['Noto Sans CJK SC', 'WenQuanYi Zen Hei'] },
  { names: ['宋体', 'SimSun'], prefer: ['Noto Serif CJK SC', 'AR PL UMing CN'] },
  { names: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋'], prefer: ['Noto Serif CJK SC', 'AR PL UMing CN'], bold: true },
  { names: ['Times New Roman'], prefer: ['Liberation Serif', 'Tinos', 'Noto Serif CJK SC'] },
];

const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Installed family names (lower-cased), or undefined when fc-list is not available. */
export async function installedFamilies(): Promise<Set<string> | undefined> {
  try {
    const { stdout } = await run('fc-list', [':', 'family'], { maxBuffer: 16 * 1024 * 1024 });
    const set = new Set<string>();
    for (const line of stdout.split('\n')) for (const f of line.split(',')) if (f.trim()) set.add(f.trim().toLowerCase());
    return set;
  } catch {
    return undefined;
  }
}

/** fonts.conf text: includes the system config, then aliases for the missing 公文 families. */
export function fontconfigXml(installed: Set<string>, systemConf = '/etc/fonts/fonts.conf'): string {
  const rules: string[] = [];
  for (const group of STAND_INS) {
    for (const name of group.names) {
      if (installed.has(name.toLowerCase())) continue;
      const fam = xmlEsc(name);
      if (group.bold) {
        // 小标宋 is a heavy face; a bold serif is the closest free look-alike.
        rules.push(
          `<match target="pattern"><test name="family"><string>${fam}</string></test><edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>`,
        );
      }
      const prefer = group.prefer.map((p) => `<family>${xmlEsc(p)}</family>`).join('');
      rules.push(`<alias binding="same"><family>${fam}</family><prefer>${prefer}</prefer></alias>`);
    }
  }
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${xmlEsc(systemConf)}</include>
  ${rules.join('\n  ')}
</fontconfig>
`;
}

/**
 * Writes `fonts.conf` into `dir` and returns the environment for the child process, or {} when
 * this machine has no fontconfig (Windows/macOS).
 */
export async function fontconfigEnv(dir: string): Promise<Record<string, string>> {
  if (process.platform === 'win32' || process.platform === 'darwin') return {};
  const installed = await installedFamilies();
  if (!installed) return {};
  const file = path.join(dir, 'fonts.conf');
  await writeFile(file, fontconfigXml(installed), 'utf8');
  return { FONTCONFIG_FILE: file };
}
