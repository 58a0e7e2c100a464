import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, type YamlValue } from './helpers/mini-yaml';

const root = path.resolve(__dirname, '..');
const file = path.join(root, 'electron-builder.yml');
type Obj = Record<string, YamlValue>;
const config = parseYaml(fs.readFileSync(file, 'utf8')) as Obj;
const section = (k: string) => config[k] as Obj;

describe('electron-builder.yml', () => {
  it('names the product and builds the required targets per platform', () => {
    expect(config.productName).toBe('专项整治报送统计');
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(section('win').target).toEqual(['nsis', 'portable']);
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('mac').target).toEqual(['dmg']);
    // deb refuses to build without a maintainer when package.json has no author email.
    expect(section('linux').maintainer).toBeTruthy();
  });

  it('packs only built output and unpacks the native modules from the asar', () => {
    expect(config.files).toEqual(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json', '!**/*.map']);
    expect(config.asar).toBe(true);
    const unpack = config.asarUnpack as string[];
    expect(unpack.some((p) => p.includes('node_modules/better-sqlite3') && p.endsWith('.node'))).toBe(true);
    expect(config.extraResources).toEqual([{ from: 'resources', to: '.', filter: ['**/*'] }]);
  });

  it('points at an icon that exists and is a 512×512 PNG', () => {
    for (const p of ['win', 'linux', 'mac']) {
      const icon = path.join(root, String(section(p).icon));
      const png = fs.readFileSync(icon);
      expect(png.subarray(1, 4).toString('latin1'), icon).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });

  it('agrees with package.json about the entry point and the native dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
    expect(Object.keys(pkg.optionalDependencies ?? {})).toContain('electron');
  });

  it("passes electron-builder's own configuration schema", async () => {
    const req = createRequire(path.join(root, 'package.json'));
    let lib: { getConfig: (...a: unknown[]) => Promise<unknown>; validateConfiguration: (...a: unknown[]) => Promise<unknown> } | null = null;
    let util: { DebugLogger: new (enabled: boolean) => unknown } | null = null;
    try {
      lib = req('app-builder-lib/out/util/config/config');
      util = req('builder-util');
    } catch {
      console.warn('app-builder-lib (installed with electron-builder) not found: schema validation SKIPPED');
      return;
    }
    const loaded = await lib!.getConfig(root, file, null);
    await expect(lib!.validateConfiguration(loaded, new util!.DebugLogger(false))).resolves.toBeUndefined();
  });
});

describe('mini YAML reader', () => {
  it('reads the subset our configs use', () => {
    const y = parseYaml(`# c\na: 1\nb: "x # y"\nc:\n  - p\n  - 'q'\nd:\n  - from: r\n    to: .\n    filter:\n      - "**/*"\ne: [u, v]\nf:\n  g: true\n`);
    expect(y).toEqual({ a: 1, b: 'x # y', c: ['p', 'q'], d: [{ from: 'r', to: '.', filter: ['**/*'] }], e: ['u', 'v'], f: { g: true } });
  });

  it('refuses what it does not understand', () => {
    expect(() => parseYaml('a: &anchor 1')).toThrow(/unsupported/);
    expect(() => parseYaml('a: 1\na: 2')).toThrow(/duplicate/);
    expect(() => parseYaml('a:\n\t- x')).toThrow(/tab/);
    expect(() => parseYaml('a: 1\n   b: 2')).toThrow();
  });
});
