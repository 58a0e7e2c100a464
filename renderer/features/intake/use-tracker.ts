/**
 * 报送情况 data for one period. Built here from the roster (every unit, retired included, since a
 * unit retired after the period still owes it) and the period's submissions with the statistics'
 * own rules (renderer/lib/tracker.ts), until the statistics channel for it is available.
 */
import type { Institution } from '../../../shared/domain/institution';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { api } from '../../api/client';
import { useQuery, type QueryState } from '../../api/use-api';
import { buildTracker, type TrackerView } from '../../lib/tracker';

const PAGE = 1000;

async function wholeRoster(): Promise<Institution[]> {
  const out: Institution[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.invoke('roster:list', { includeRetired: true, offset, limit: PAGE });
    out.push(...page.rows);
    if (page.rows.length < PAGE || out.length >= page.total) return out;
  }
}

export function useTracker(period: PeriodRow | undefined, version: number): QueryState<TrackerView> {
  return useQuery(
    async () => {
      const [roster, subs] = await Promise.all([wholeRoster(), api.invoke('intake:submissions', { period: period!.code })]);
      return buildTracker(period!, roster, subs);
    },
    `tracker ${period?.code} ${version}`,
    { skip: !period },
  );
}
