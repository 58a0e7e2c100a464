import { describe, expect, it } from 'vitest';
import { assertUniquePaths, buildHash, matchRoute, parseHash, sortRoutes } from '../../../renderer/lib/hash-route';

describe('hash routes', () => {
  it('parses path and parameters', () => {
    expect(parseHash('')).toEqual({ path: '/', params: {} });
    expect(parseHash('#roster')).toEqual({ path: '/roster', params: {} });
    expect(parseHash('#/roster/?district=321302&q=%E5%B8%82')).toEqual({ path: '/roster', params: { district: '321302', q: '市' } });
  });

  it('builds hashes that parse back, dropping empty parameters', () => {
    const h = buildHash('/roster', { q: '宿迁 医院', district: undefined, page: 2, retired: '' });
    expect(h).toBe('#/roster?q=%E5%AE%BF%E8%BF%81+%E5%8C%BB%E9%99%A2&page=2');
    expect(parseHash(h)).toEqual({ path: '/roster', params: { q: '宿迁 医院', page: '2' } });
    expect(buildHash('settings')).toBe('#/settings');
  });

  it('orders routes by order and falls back to the first for unknown paths', () => {
    const routes = [{ path: '/settings', order: 90 }, { path: '/roster', order: 20 }, { path: '/dashboard', order: 10 }];
    expect(sortRoutes(routes).map((r) => r.path)).toEqual(['/dashboard', '/roster', '/settings']);
    expect(matchRoute(routes, '/roster')?.path).toBe('/roster');
    expect(matchRoute(routes, '/nope')?.path).toBe('/dashboard');
    expect(matchRoute([], '/x')).toBeUndefined();
  });

  it('rejects duplicate paths', () => {
    expect(() => assertUniquePaths([{ path: '/a', order: 1 }, { path: '/a', order: 2 }])).toThrow('页面路径重复：/a');
    expect(() => assertUniquePaths([{ path: '/a', order: 1 }, { path: '/b', order: 2 }])).not.toThrow();
  });
});
