/**
 * Turns a route's `load` into a component loaded on first visit (its own chunk). Cached per route
 * so React sees one stable lazy component, whatever re-renders the layout.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Loadable {
  load: () => Promise<ComponentType>;
}

const cache = new WeakMap<Loadable, LazyExoticComponent<ComponentType>>();

export function pageComponent(route: Loadable): LazyExoticComponent<ComponentType> {
  let c = cache.get(route);
  if (!c) {
    c = lazy(async () => ({ default: await route.load() }));
    cache.set(route, c);
  }
  return c;
}
