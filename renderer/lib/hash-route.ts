/**
 * Hash routing (`#/roster?district=321302`) without a router package: the page path plus query
 * parameters, so a page can be linked to with its filters (statistics → institutions behind a
 * number). Hash routing also works from file:// in Electron.
 */
export interface Location {
  path: string; // always starts with '/'
  params: Record<string, string>;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [pathPart, query = ''] = raw.split('?', 2);
  let path = pathPart.trim() || '/';
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  return { path, params };
}

export function buildHash(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return `#${path.startsWith('/') ? path : `/${path}`}${s ? `?${s}` : ''}`;
}

export interface RouteLike {
  path: string;
  order: number;
}

/** Routes in menu order (by `order`, then path, so two pages never swap places by accident). */
export function sortRoutes<R extends RouteLike>(routes: readonly R[]): R[] {
  return [...routes].sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
}

/** The route for a path, else the first in menu order (unknown or old links land somewhere useful). */
export function matchRoute<R extends RouteLike>(routes: readonly R[], path: string): R | undefined {
  return routes.find((r) => r.path === path) ?? sortRoutes(routes)[0];
}

/** Rejects two routes with the same path (a copy-paste registration) at startup. */
export function assertUniquePaths(routes: readonly RouteLike[]): void {
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.path)) throw new Error(`页面路径重复：${r.path}`);
    seen.add(r.path);
  }
}
