/**
 * Which half-month period a page opens on, and how periods are named in selects. The "current"
 * period is the one being collected: the first whose due date has not passed yet (on 6月16日 the
 * clerk is still chasing 6月上半月 returns, due 6月17日), else the last one once the campaign is over.
 */
import { chineseDate } from '../../shared/domain/period';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';

export function defaultPeriod(periods: readonly PeriodRow[], today: string): PeriodRow | undefined {
  if (!periods.length) return undefined;
  return periods.find((p) => p.due >= today) ?? periods[periods.length - 1];
}

/** The requested code when it is one of the campaign's periods, else the default one. */
export function resolvePeriod(periods: readonly PeriodRow[], requested: string | undefined, today: string): PeriodRow | undefined {
  return (requested ? periods.find((p) => p.code === requested) : undefined) ?? defaultPeriod(periods, today);
}

/** M月D日 (the year is obvious inside one campaign). */
export function monthDay(iso: string): string {
  return chineseDate(iso).replace(/^\d+年/, '');
}

/** "2023年6月上半月（截止6月17日）" for selects; the due date is what clerks plan around. */
export function periodOptionLabel(p: PeriodRow): string {
  return `${p.label}（截止${monthDay(p.due)}）`;
}

export function periodOptions(periods: readonly PeriodRow[]): { value: string; label: string }[] {
  return periods.map((p) => ({ value: p.code, label: periodOptionLabel(p) }));
}

/** Label for a period code ("2023-06-H1" → "2023年6月上半月"); the code itself when unknown. */
export function periodLabel(periods: readonly PeriodRow[], code: string | null | undefined): string {
  if (!code) return '';
  return periods.find((p) => p.code === code)?.label ?? code;
}
