/**
 * 工作台 helpers: which indicators the start page shows, and the campaign's time line — the
 * period's due date, the plan's phases and deliverables, the campaign end — with the days left
 * counted from today. Dates only; every statistic on the page comes from the backend.
 */
import type { Campaign } from '../../shared/domain/campaign';
import { diffDays, isIsoDate } from '../../shared/domain/period';
import { monthDay } from './period-choice';

/** Key indicators on the start page, in reading order (problems, coverage, enforcement, reporting). */
export const KEY_INDICATORS: readonly string[] = ['D1', 'D2', 'D3', 'D5', 'B2', 'C5', 'E1', 'E6', 'G1', 'I2'];

export type PhaseState = 'done' | 'current' | 'upcoming' | 'undated';

export interface PhaseItem {
  name: string;
  description?: string;
  /** "6月1日—6月30日", "—6月30日", "未定日期". */
  range: string;
  state: PhaseState;
  /** "进行中，还剩5天", "已结束", "3天后开始", "未定日期". */
  text: string;
}

export interface DeadlineItem {
  key: string;
  label: string;
  date: string | null;
  /** Days from today to the date (negative when passed); null when undated. */
  days: number | null;
  text: string;
}

const validDate = (d: string | null | undefined): string | null => (d && isIsoDate(d) ? d : null);

/** "还剩3天", "今天截止", "已过2天", "未定日期". */
export function daysText(days: number | null): string {
  if (days === null) return '未定日期';
  if (days === 0) return '今天截止';
  return days > 0 ? `还剩${days}天` : `已过${-days}天`;
}

function rangeText(start: string | null, end: string | null): string {
  if (!start && !end) return '未定日期';
  return `${start ? monthDay(start) : ''}—${end ? monthDay(end) : ''}`;
}

/** The plan's phases in plan order, each placed against today. */
export function phaseItems(c: Pick<Campaign, 'phases'>, today: string): PhaseItem[] {
  return c.phases.map((p) => {
    const start = validDate(p.start);
    const end = validDate(p.end);
    const base = { name: p.name, description: p.description, range: rangeText(start, end) };
    if (!start && !end) return { ...base, state: 'undated', text: '未定日期' };
    if (end && diffDays(end, today) > 0) return { ...base, state: 'done', text: '已结束' };
    if (start && diffDays(today, start) > 0) {
      const n = diffDays(today, start);
      return { ...base, state: 'upcoming', text: `${n}天后开始` };
    }
    return { ...base, state: 'current', text: end ? `进行中，${daysText(diffDays(today, end)).replace('今天截止', '今天结束')}` : '进行中' };
  });
}

/**
 * Dated obligations: the period's report due date, each deliverable and the campaign's end, by
 * date (undated deliverables last, in plan order).
 */
export function deadlineItems(
  c: Pick<Campaign, 'deliverables' | 'endDate'>,
  period: { label: string; due: string } | undefined,
  today: string,
): DeadlineItem[] {
  const item = (key: string, label: string, date: string | null): DeadlineItem => {
    const d = validDate(date);
    const days = d ? diffDays(today, d) : null;
    return { key, label, date: d, days, text: daysText(days) };
  };
  const items: DeadlineItem[] = [];
  if (period) items.push(item('period-due', `${period.label}报表报送截止`, period.due));
  c.deliverables.forEach((d, i) => items.push(item(`deliverable-${i}`, d.name, d.due)));
  items.push(item('campaign-end', '专项结束', c.endDate));
  const dated = items.filter((i) => i.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return [...dated, ...items.filter((i) => i.date === null)];
}
