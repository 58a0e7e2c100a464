/**
 * Builds the statistics cube (shared/stats/cube.ts) of a campaign at a period P from the repo's
 * aggregates, with P's previous half month Q as the 环比 base. Rules fixed here:
 * - due (应报) for period X: every roster unit (institutions and district bureaus; partner
 *   departments have their own tracker) not retired by X's last day, plus any unit that returned
 *   X anyway; on time = received ≤ X's due date;
 * - A1 = institutions (kind 'institution') not retired at the cut-off; A2 = those 社会办;
 *   A3 = A1 (the plans require every institution to self-inspect);
 * - B1 / C3 / C4 count institutions of A1 (at the same cut-off), once each: 本期 = reported in
 *   the period, 累计 = in any period up to it (a union, never a sum over periods);
 * - D1 = ledger issues by first period, excluding those now judged 不属实; D2/D4/D5 = stocks at
 *   the cut-off (stats-repo.ts explains the snapshot rule for past periods).
 * Inputs are memoised per connection until the database changes (stats-cache.ts).
 */
import type { Campaign } from '../../shared/domain/campaign';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import { Cube, SLOTS, type GroupAttrs, type Slot } from '../../shared/stats/cube';
import { classifyReturn } from '../../shared/stats/reporting';
import * as repo from '../db/repos/stats-repo';
import type { AppContext } from './app-context';
import { periodRows } from './campaign-service';
import { memo } from './stats-cache';

export interface ValueSum {
  attrs: GroupAttrs;
  code: string;
  focus: string;
  total: number;
}

export interface StatsInputs {
  periods: PeriodRow[];
  roster: repo.RosterRow[];
  attrs: Map<number, GroupAttrs>;
  /** Per period: value sums per institution group, indicator and focus. */
  values: Map<string, ValueSum[]>;
  selfInspected: Map<number, Set<string>>;
  returns: Map<string, Map<number, string>>;
  newIssues: repo.NewIssueRow[];
  inspected: Map<number, Set<string>> | null;
  /** 延期 (another due date) and 免报 (not due) per period and unit. */
  exceptions: Map<string, Map<number, repo.ExceptionRow>>;
}

/** A unit's due date for a period, or null when it is exempt (免报). */
export function dueFor(inputs: StatsInputs, x: PeriodRow, unitId: number): string | null {
  const e = inputs.exceptions.get(x.code)?.get(unitId);
  if (!e) return x.due;
  return e.kind === 'exemption' ? null : e.new_due ?? x.due;
}

function byInstitution(rows: { institution_id: number; period: string }[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const r of rows) {
    let s = out.get(r.institution_id);
    if (!s) out.set(r.institution_id, (s = new Set()));
    s.add(r.period);
  }
  return out;
}

export function statsInputs(ctx: AppContext, c: Campaign): StatsInputs {
  return memo(ctx.db, `inputs:${c.id}`, () => {
    const periods = periodRows(c);
    // Partner departments (kind 'department') send their own return with their own indicators
    // and have their own tracker (department-service.ts); they are not units of these figures.
    const roster = repo.rosterRows(ctx.db).filter((u) => u.kind !== 'department');
    const attrs = new Map<number, GroupAttrs>();
    for (const u of roster) {
      attrs.set(u.id, { district: u.district_code, category: u.category, ownership: u.ownership, direct: u.provincial_direct === 1 });
    }
    const groups = new Map<number, GroupAttrs>();
    for (const g of repo.valueGroups(ctx.db)) {
      groups.set(g.gid, { district: g.district_code, category: g.category, ownership: g.ownership, direct: g.provincial_direct === 1 });
    }
    const values = new Map<string, ValueSum[]>();
    for (const r of repo.valueRows(ctx.db, c.id, periods[periods.length - 1].code)) {
      const v = { attrs: groups.get(r.gid)!, code: r.code, focus: r.focus, total: r.total };
      const list = values.get(r.period);
      if (list) list.push(v);
      else values.set(r.period, [v]);
    }
    const returns = new Map<string, Map<number, string>>();
    for (const r of repo.currentReturns(ctx.db, c.id)) {
      let m = returns.get(r.period);
      if (!m) returns.set(r.period, (m = new Map()));
      m.set(r.institution_id, r.received_date);
    }
    const exceptions = new Map<string, Map<number, repo.ExceptionRow>>();
    for (const e of repo.reportingExceptions(ctx.db, c.id)) {
      let m = exceptions.get(e.period_code);
      if (!m) exceptions.set(e.period_code, (m = new Map()));
      m.set(e.institution_id, e);
    }
    return {
      periods, roster, attrs, values, returns, exceptions,
      selfInspected: byInstitution(repo.selfInspectionRows(ctx.db, c.id)),
      newIssues: repo.newIssueCounts(ctx.db, c.id),
      inspected: repo.hasInspections(ctx.db, c.id) ? byInstitution(repo.inspectionRows(ctx.db, c.id)) : null,
    };
  });
}

export function stockRows(ctx: AppContext, c: Campaign, x: PeriodRow): repo.StockRow[] {
  return memo(ctx.db, `stock:${c.id}:${x.code}`, () => repo.stockAt(ctx.db, c.id, x.code, x.end));
}

/** The previous half month inside the campaign, or null for the first period. */
export function previousOf(periods: readonly PeriodRow[], p: PeriodRow): PeriodRow | null {
  const i = periods.findIndex((x) => x.code === p.code);
  return i > 0 ? periods[i - 1] : null;
}

function activeAt(u: repo.RosterRow, day: string): boolean {
  return u.retired_at === null || u.retired_at.slice(0, 10) > day;
}

export interface CubeAt {
  cube: Cube;
  inputs: StatsInputs;
  period: PeriodRow;
  previous: PeriodRow | null;
  inspections: boolean;
}

export function cubeAt(ctx: AppContext, c: Campaign, p: PeriodRow): CubeAt {
  return memo(ctx.db, `cube:${c.id}:${p.code}`, () => buildCube(ctx, c, p));
}

function buildCube(ctx: AppContext, c: Campaign, p: PeriodRow): CubeAt {
  const inputs = statsInputs(ctx, c);
  const q = previousOf(inputs.periods, p);
  const cube = new Cube();
  /** Slots a period X feeds: 本期 / 累计 for P, 上期 / 上期累计 for Q. */
  const slotsOf = (x: string): Slot[] => {
    const s: Slot[] = [];
    if (x === p.code) s.push('p');
    if (x <= p.code) s.push('c');
    if (q && x === q.code) s.push('q');
    if (q && x <= q.code) s.push('qc');
    return s;
  };
  const upToP = inputs.periods.filter((x) => x.code <= p.code);

  for (const u of inputs.roster) {
    const a = inputs.attrs.get(u.id)!;
    for (const k of ['due', 'ontime', 'late', 'B1', 'A1', 'A2', 'A3', 'C3', 'C4']) for (const s of SLOTS) cube.touch(a, '', k, s);
    for (const x of upToP) {
      const received = inputs.returns.get(x.code)?.get(u.id) ?? null;
      if (!activeAt(u, x.end) && received === null) continue;
      const due = dueFor(inputs, x, u.id);
      // An exempt unit (免报) is not due unless it returned anyway; an extension moves its due date.
      if (due === null && received === null) continue;
      const st = classifyReturn(due ?? x.due, received).state;
      for (const s of slotsOf(x.code)) {
        cube.add(a, '', 'due', s, 1);
        if (st === '已报') cube.add(a, '', 'ontime', s, 1);
        else if (st === '逾期') cube.add(a, '', 'late', s, 1);
      }
    }
    if (u.kind !== 'institution') continue;
    const social = u.ownership === '社会办';
    // Each cut-off has its own A1 and the 家 counts measured against it.
    for (const [slots, cut] of [[['p', 'c'], p], [['q', 'qc'], q]] as const) {
      if (!cut || !activeAt(u, cut.end)) continue;
      cube.add(a, '', 'A1', slots[0], 1);
      cube.add(a, '', 'A3', slots[0], 1);
      if (social) cube.add(a, '', 'A2', slots[0], 1);
      for (const [code, periodsOf] of [['B1', inputs.selfInspected.get(u.id)], ['C3', inputs.inspected?.get(u.id)]] as const) {
        if (!periodsOf) continue;
        const inCut = [...periodsOf].filter((x) => x <= cut.code);
        const hits = [inCut.includes(cut.code) ? 1 : 0, inCut.length ? 1 : 0];
        slots.forEach((s, i) => {
          cube.add(a, '', code, s, hits[i]);
          if (code === 'C3' && social) cube.add(a, '', 'C4', s, hits[i]);
        });
      }
    }
  }

  for (const x of upToP) {
    const slots = slotsOf(x.code);
    for (const r of inputs.values.get(x.code) ?? []) {
      for (const s of slots) cube.add(r.attrs, r.focus, `v:${r.code}`, s, r.total);
    }
  }
  for (const r of inputs.newIssues) {
    const a = inputs.attrs.get(r.institution_id);
    if (!a) continue;
    for (const s of slotsOf(r.first_period)) cube.add(a, r.focus_code, 'D1', s, r.n);
  }
  for (const [slot, cut] of [['p', p], ['q', q]] as const) {
    if (!cut) continue;
    for (const r of stockRows(ctx, c, cut)) {
      const a = inputs.attrs.get(r.institution_id);
      if (!a) continue;
      cube.add(a, r.focus_code, 'D2', slot, r.rectified);
      cube.add(a, r.focus_code, 'D4', slot, r.open);
      cube.add(a, r.focus_code, 'D5', slot, r.overdue);
    }
  }
  return { cube, inputs, period: p, previous: q, inspections: inputs.inspected !== null };
}
