import { describe, expect, it } from 'vitest';
import { appMenuTemplate, flagValue, type MenuItemSpec } from '../../electron/app-menu';

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

describe('appMenuTemplate', () => {
  it('labels every item in Chinese', () => {
    const items = flatten(appMenuTemplate({ isPackaged: false, onAbout: () => {} })).filter((i) => i.type !== 'separator');
    for (const i of items) expect(i.label, JSON.stringify(i)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('offers developer tools only when unpackaged', () => {
    const roles = (packaged: boolean) => flatten(appMenuTemplate({ isPackaged: packaged, onAbout: () => {} })).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('quit');
  });

  it('wires 关于 to the callback', () => {
    let called = 0;
    const about = flatten(appMenuTemplate({ isPackaged: true, onAbout: () => called++ })).find((i) => i.label?.startsWith('关于'));
    about!.click!();
    expect(called).toBe(1);
  });
});

describe('flagValue', () => {
  it('reads --data-dir in both spellings and wherever Electron put it', () => {
    expect(flagValue(['electron', 'main.cjs', '--data-dir', '/d'], '--data-dir')).toBe('/d');
    expect(flagValue(['app.exe', '--data-dir=D:\\数据'], '--data-dir')).toBe('D:\\数据');
    expect(flagValue(['app.exe'], '--data-dir')).toBeNull();
    expect(flagValue(['app.exe', '--data-dir'], '--data-dir')).toBeNull();
  });
});
