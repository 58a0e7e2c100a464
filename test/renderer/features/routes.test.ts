import { describe, expect, it } from 'vitest';
import { sortRoutes } from '../../../renderer/lib/hash-route';
import { ROUTES } from '../../../renderer/features/routes';
import { RosterPage } from '../../../renderer/features/roster/RosterPage';
import { SettingsPage } from '../../../renderer/features/settings/SettingsPage';
import { pageComponent } from '../../../renderer/features/lazy-page';

// The menu order agreed in routes.tsx; pages written later slot in by their `order`.
const MENU = ['工作台', '机构名册', '报送', '问题台账', '检查与线索', '统计分析', '文书', '设置'];

describe('page registry', () => {
  it('registers pages with unique paths and labels from the agreed menu, in menu order', () => {
    const labels = sortRoutes(ROUTES).map((r) => r.label);
    expect(labels.every((l) => MENU.includes(l))).toBe(true);
    expect(labels).toEqual([...labels].sort((a, b) => MENU.indexOf(a) - MENU.indexOf(b)));
    expect(new Set(ROUTES.map((r) => r.path)).size).toBe(ROUTES.length);
    expect(ROUTES.every((r) => /^\/[a-z-]+$/.test(r.path))).toBe(true);
  });

  it('loads the roster and settings pages by their routes', async () => {
    const byPath = new Map(ROUTES.map((r) => [r.path, r]));
    expect(await byPath.get('/roster')!.load()).toBe(RosterPage);
    expect(await byPath.get('/settings')!.load()).toBe(SettingsPage);
  });

  it('gives every route a component and one stable lazy wrapper', async () => {
    for (const r of ROUTES) expect(typeof (await r.load()), r.path).toBe('function');
    const [r] = ROUTES;
    expect(pageComponent(r)).toBe(pageComponent(r));
    expect(pageComponent(r).$$typeof).toBe(Symbol.for('react.lazy'));
  });
});
