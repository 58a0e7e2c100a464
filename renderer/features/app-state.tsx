/**
 * App-wide state every page reads: backend info (operator, mode), the current campaign and the
 * list for the switcher. Pages call `useAppState()`; after changing any of these they call
 * `reload()` so the header and other pages see the change.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Campaign } from '../../shared/domain/campaign';
import type { AppInfo } from '../../shared/ipc/contract/app';
import { api } from '../api/client';

export interface AppState {
  info: AppInfo;
  campaign: Campaign | null;
  campaigns: Campaign[];
  reload: () => Promise<void>;
  selectCampaign: (code: string) => Promise<void>;
}

interface Loaded {
  info: AppInfo;
  campaign: Campaign | null;
  campaigns: Campaign[];
}

const Ctx = createContext<AppState | null>(null);

async function loadAll(): Promise<Loaded> {
  const [info, campaign, campaigns] = await Promise.all([
    api.invoke('app:info', {}),
    api.invoke('campaign:current', {}),
    api.invoke('campaign:list', {}),
  ]);
  return { info, campaign, campaigns };
}

export interface AppStateGateProps {
  children: (state: AppState) => ReactNode;
  loading: ReactNode;
  failed: (error: Error, retry: () => void) => ReactNode;
}

/** Loads the state, then renders children with it (and provides it to every page below). */
export function AppStateProvider({ children, loading, failed }: AppStateGateProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const reload = useCallback(async () => {
    try {
      setLoaded(await loadAll());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  }, []);

  const selectCampaign = useCallback(async (code: string) => {
    await api.invoke('campaign:select', { code });
    await reload();
  }, [reload]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo<AppState | null>(
    () => (loaded ? { ...loaded, reload, selectCampaign } : null),
    [loaded, reload, selectCampaign],
  );

  if (!value) {
    return <>{error ? failed(error, () => { setError(null); void reload(); }) : loading}</>;
  }
  return <Ctx.Provider value={value}>{children(value)}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppState 只能在 AppStateProvider 内使用');
  return v;
}

/** For pages that only make sense with a campaign (all registered pages today). */
export function useCurrentCampaign(): Campaign {
  const { campaign } = useAppState();
  if (!campaign) throw new Error('当前没有专项：请先在“新建专项”中创建');
  return campaign;
}
