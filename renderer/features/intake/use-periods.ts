/** The current campaign's half-month periods (campaign:periods), with the select options. */
import { useMemo } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { useApiQuery } from '../../api/use-api';
import { periodOptions } from '../../lib/period-choice';

export function usePeriods(): { periods: PeriodRow[]; options: { value: string; label: string }[]; loading: boolean; error: Error | null } {
  const q = useApiQuery('campaign:periods', {});
  const periods = useMemo(() => q.data ?? [], [q.data]);
  const options = useMemo(() => periodOptions(periods), [periods]);
  return { periods, options, loading: q.loading, error: q.error };
}
