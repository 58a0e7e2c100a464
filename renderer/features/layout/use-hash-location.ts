/** The current hash location and a navigate function (pages link with their filters). */
import { useCallback, useSyncExternalStore } from 'react';
import { buildHash, parseHash, type Location } from '../../lib/hash-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

export type Navigate = (path: string, params?: Record<string, string | number | undefined | null>) => void;

export function useHashLocation(): Location & { navigate: Navigate } {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const navigate = useCallback<Navigate>((path, params) => {
    const next = buildHash(path, params);
    if (next !== window.location.hash) window.location.hash = next;
  }, []);
  return { ...parseHash(hash), navigate };
}
