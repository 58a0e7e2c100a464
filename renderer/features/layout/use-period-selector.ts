/**
 * The half-month period a page shows, shared by 工作台 and 统计分析: taken from the address
 * (`?period=2023-07-H1`), else the period last chosen on one of these pages in this session, else
 * the one being collected now (period-choice.ts). Choosing a period writes it to the address,
 * keeping the page's other parameters, so links and the back button carry it.
 */
import { useCallback } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { resolvePeriod } from '../../lib/period-choice';
import { localToday } from '../../lib/today';
import { useAppState } from '../app-state';
import { usePeriods } from '../intake/use-periods';
import { useHashLocation, type Navigate } from './use-hash-location';

const STORAGE_PREFIX = 'rectify-desk:period:';

function remembered(campaign: string): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_PREFIX + campaign) ?? undefined;
  } catch {
    return undefined; // storage disabled: fall back to the default period
  }
}

function remember(campaign: string, code: string): void {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + campaign, code);
  } catch {
    // storage disabled: the choice still lives in the address
  }
}

export interface PeriodSelector {
  periods: PeriodRow[];
  options: { value: string; label: string }[];
  period: PeriodRow | undefined;
  loading: boolean;
  error: Error | null;
  params: Record<string, string>;
  navigate: Navigate;
  /** Shows another period on this page (other address parameters kept). */
  setPeriod: (code: string) => void;
}

export function usePeriodSelector(path: string): PeriodSelector {
  const { campaign } = useAppState();
  const { params, navigate } = useHashLocation();
  const { periods, options, loading, error } = usePeriods();
  const code = campaign?.code ?? '';
  const requested = params.period ?? remembered(code);
  const period = resolvePeriod(periods, requested, localToday());

  const setPeriod = useCallback((next: string) => {
    remember(code, next);
    navigate(path, { ...params, period: next });
  }, [code, navigate, params, path]);

  return { periods, options, period, loading, error, params, navigate, setPeriod };
}
