/** The roster's district list (roster:districts) as grouped select options, for both uses. */
import { useMemo } from 'react';
import { useApiQuery } from '../../api/use-api';
import { districtGroups } from '../../lib/district-options';

export function useDistricts() {
  const q = useApiQuery('roster:districts', {});
  const filter = useMemo(() => districtGroups(q.data ?? [], 'filter'), [q.data]);
  const assign = useMemo(() => districtGroups(q.data ?? [], 'assign'), [q.data]);
  return { filter, assign, loading: q.loading, error: q.error };
}
