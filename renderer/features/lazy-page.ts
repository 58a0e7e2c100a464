/**
 * Loads a page module on first visit (its own chunk), picking a named export: the code base uses
 * named exports only, React.lazy wants a default one.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
