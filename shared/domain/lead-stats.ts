/**
 * Lead figures at a cut-off (domain.md §3.2 G1–G6): received (G1), verified (G2: a verdict
 * reached), closed (G3: 已办结), substantiated (G4: closed as 属实/部分属实, so G4 ≤ G3 ≤ G2 ≤ G1),
 * and the rates recomputed from them — 核查率 G2/G1, 办结率 G5 = G3/G1, 查实率 G6 = G4/G3 — plus
 * on-time handling (closed by the deadline ÷ leads whose deadline fell by the cut-off, like D6)
 * and overdue leads (not closed, deadline passed). Flows for the period use the same dates.
 */
import { formatRate, rateValue } from './indicators';
import { isSubstantiated } from './lead';

export interface LeadFact {
  receivedDate: string;
  status: string;
  verdict: string | null;
  verifiedDate: string | null;
  closedDate: string | null;
  deadline: string;
}

export interface LeadCounts {
  received: number;
  verified: number;
  closed: number;
  substantiated: number;
}

export interface LeadRate {
  rate: number | null;
  text: string;
}

export interface LeadStats {
  asOf: string;
  cumulative: LeadCounts;
  /** Flows within [from, asOf]; null when no period start was given. */
  period: LeadCounts | null;
  /** Not closed by the cut-off with the deadline before it. */
  overdue: number;
  /** Leads whose handling deadline is on or before the cut-off, and those of them closed by it. */
  dueByCutoff: number;
  closedOnTime: number;
  rates: { verification: LeadRate; closure: LeadRate; substantiation: LeadRate; onTime: LeadRate };
}

/** When the verdict was reached: the 核查日期, else the 办结日期, else (unknown) the day it came in. */
function verifiedOn(l: LeadFact): string | null {
  if (!l.verdict) return null;
  return l.verifiedDate ?? l.closedDate ?? l.receivedDate;
}

function closedOn(l: LeadFact): string | null {
  return l.status === '已办结' ? l.closedDate ?? l.receivedDate : null;
}

function counts(leads: readonly LeadFact[], from: string, to: string): LeadCounts {
  const within = (d: string | null) => d !== null && d >= from && d <= to;
  let received = 0, verified = 0, closed = 0, substantiated = 0;
  for (const l of leads) {
    if (within(l.receivedDate)) received++;
    if (within(verifiedOn(l))) verified++;
    if (within(closedOn(l))) {
      closed++;
      if (isSubstantiated(l.verdict)) substantiated++;
    }
  }
  return { received, verified, closed, substantiated };
}

const rate = (n: number, d: number): LeadRate => ({ rate: rateValue(n, d), text: formatRate(n, d) });

export function leadStats(leads: readonly LeadFact[], asOf: string, periodStart?: string | null): LeadStats {
  const cumulative = counts(leads, '0000-00-00', asOf);
  let overdue = 0, dueByCutoff = 0, closedOnTime = 0;
  for (const l of leads) {
    if (l.receivedDate > asOf) continue;
    const c = closedOn(l);
    const closedByCutoff = c !== null && c <= asOf;
    if (!closedByCutoff && l.deadline < asOf) overdue++;
    if (l.deadline <= asOf) {
      dueByCutoff++;
      if (closedByCutoff && c! <= l.deadline) closedOnTime++;
    }
  }
  return {
    asOf, cumulative, period: periodStart ? counts(leads, periodStart, asOf) : null, overdue, dueByCutoff, closedOnTime,
    rates: {
      verification: rate(cumulative.verified, cumulative.received),
      closure: rate(cumulative.closed, cumulative.received),
      substantiation: rate(cumulative.substantiated, cumulative.closed),
      onTime: rate(closedOnTime, dueByCutoff),
    },
  };
}
