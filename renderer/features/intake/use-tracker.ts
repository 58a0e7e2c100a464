/**
 * 报送情况 data for one period from the statistics backend (stats:status), so the tracker uses the
 * very definitions the statistics and the 通报 use (units due, counted version, days late).
 */
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { api } from '../../api/client';
import { useQuery, type QueryState } from '../../api/use-api';
import { fromStatus, type TrackerView } from '../../lib/tracker';

export function useTracker(period: PeriodRow | undefined, version: number): QueryState<TrackerView> {
  return useQuery(
    async () => fromStatus(await api.invoke('stats:status', { period: period!.code })),
    `tracker ${period?.code} ${version}`,
    { skip: !period },
  );
}
