/**
 * One demo institution across the first K periods: whether and when it reports, what its ledger
 * and figures say, its 工作情况 text, and the filled workbook bytes (sometimes hand-edited).
 */
import type { Campaign } from '../../../shared/domain/campaign';
import { isOpen, isRectified } from '../../../shared/domain/ledger';
import { addDays, diffDays } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { buildReturnWorkbook, workbookToBuffer } from '../../templates/return-writer';
import { periodFigures } from './figures';
import { LedgerSim } from './ledger-sim';
import { applyMess, type MessKind } from './mess';
import type { Behaviour } from './profiles';
import type { Rng } from './prng';
import type { DemoInstitution } from './roster-gen';
import { workText } from './work-text';

/** Share of returns that carry some hand-edit mess. */
export const MESS_SHARE = 0.15;
/** Empty ledger rows below the filled ones in a demo return (the real template has 200). */
const DEMO_EMPTY_ROWS = 40;

export interface StoryReturn {
  period: PeriodRow;
  bytes: Buffer;
  receivedDate: string;
  modifiedAt: Date;
  daysLate: number;
  mess: MessKind[];
  ledgerRows: number;
}

export interface StoryOutcome {
  returns: StoryReturn[];
  missing: string[];
  issues: number;
  rectified: number;
  open: number;
  overdue: number;
}

function receivedOn(rng: Rng, b: Behaviour, p: PeriodRow): string {
  if (rng.chance(b.lateProb)) return addDays(p.due, Math.min(20, 1 + rng.poisson(b.lateMeanDays - 1)));
  const early = addDays(p.due, -rng.int(0, 3));
  return early < p.end ? p.end : early;
}

/** A local time on the received day, during office hours (file times, docProps). */
function officeTime(rng: Rng, iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, rng.int(8, 17), rng.int(0, 59), rng.int(0, 59));
}

export async function tellStory(
  rng: Rng, c: Campaign, periods: PeriodRow[], inst: DemoInstitution, b: Behaviour,
): Promise<StoryOutcome> {
  const sim = new LedgerSim(rng.fork('ledger'), inst, b, c.focusAreas, c.startDate);
  const returns: StoryReturn[] = [];
  const missing: string[] = [];
  const focusNames = c.focusAreas.map((f) => f.name);
  for (let t = 0; t < periods.length; t++) {
    const p = periods[t];
    sim.step(t, p);
    const prng = rng.fork(`period:${p.code}`);
    if (!prng.chance(b.submitProb)) {
      missing.push(p.code);
      continue;
    }
    const { rows, newlyReported } = sim.report();
    const figures = periodFigures(prng.fork('figures'), inst.size, b, t, c.focusAreas, newlyReported);
    const open = rows.filter((r) => r.status === '待整改' || r.status === '整改中');
    const overdue = open.filter((r) => r.deadline && r.deadline < p.end).length;
    if (figures.fill.general?.B1 === '否' && b.richness > 0.3) figures.fill.notes = { B1: '自查正在推进，预计下期完成' };
    figures.fill.work = workText(prng.fork('work'), { inst, richness: b.richness, figures, focusNames, open: open.length, overdue, year: p.year });
    const receivedDate = receivedOn(prng, b, p);
    const modifiedAt = officeTime(prng, receivedDate);
    const { workbook, layout } = await buildReturnWorkbook({
      campaign: c, period: p, institution: { uscc: inst.uscc, licenceNo: inst.licenceNo, name: inst.name },
      openIssues: rows, fill: figures.fill, emptyLedgerRows: DEMO_EMPTY_ROWS,
      createdAt: officeTime(prng, addDays(p.start, -1)), modifiedAt,
    });
    workbook.lastModifiedBy = figures.fill.work.filler ?? inst.name;
    const mess = prng.chance(MESS_SHARE) ? applyMess(prng.fork('mess'), workbook, layout) : { applied: [], unlocked: false };
    const bytes = await workbookToBuffer(workbook, { lockStructure: !mess.unlocked, mtime: modifiedAt });
    returns.push({ period: p, bytes, receivedDate, modifiedAt, daysLate: Math.max(0, diffDays(p.due, receivedDate)), mess: mess.applied, ledgerRows: rows.length });
  }
  const last = periods[periods.length - 1];
  const all = sim.issues.filter((i) => i.status !== '不属实' && i.status !== '移交他部门');
  return {
    returns, missing,
    issues: all.length,
    rectified: all.filter((i) => isRectified(i.status)).length,
    open: all.filter((i) => isOpen(i.status)).length,
    overdue: all.filter((i) => isOpen(i.status) && i.deadline && last && i.deadline < last.end).length,
  };
}
