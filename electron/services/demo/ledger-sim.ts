/**
 * One institution's issue ledger across periods. Issues are found (self-inspection, inspections,
 * complaints), keep their 台账编号, and advance 待整改 → 整改中 → 已整改待核验 → 已销号 at the
 * institution's pace; slow units let deadlines pass. A return lists every issue the institution
 * has not yet reported as closed — also those found or progressed in a period it skipped.
 */
import type { FocusArea } from '../../../shared/domain/campaign';
import { isOpen, type LedgerStatus } from '../../../shared/domain/ledger';
import { addDays, dayNumber, fromDayNumber } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { ReturnLedgerRow } from '../../templates/return-writer';
import { bankFor, drawIssue } from './issue-bank';
import type { Behaviour } from './profiles';
import type { Rng } from './prng';
import { personName, type DemoInstitution, type Size } from './roster-gen';
import { SURNAMES } from './vocab';

export interface SimIssue extends ReturnLedgerRow {
  ledgerNo: string;
  status: LedgerStatus;
  foundPeriod: number;
  instantFix: boolean;
  lastReported: LedgerStatus | null;
}

const TERMINAL: LedgerStatus[] = ['已销号', '不属实', '移交他部门'];
const NEXT: Partial<Record<LedgerStatus, LedgerStatus>> = { 待整改: '整改中', 整改中: '已整改待核验', 已整改待核验: '已销号' };
const SELF_RATE: Record<Size, number> = { large: 2.2, medium: 1.1, small: 0.5, tiny: 0.28 };
const INSPECTION_RATE: Record<Size, number> = { large: 0.5, medium: 0.35, small: 0.3, tiny: 0.22 };
const PHASE_FACTOR = [1.6, 1.3, 1, 0.85, 0.75, 0.7];
const FINES = [2000, 3000, 5000, 5000, 10000, 10000, 20000, 30000];

function randomDay(rng: Rng, from: string, to: string): string {
  const a = dayNumber(from);
  const b = Math.max(a, dayNumber(to));
  return fromDayNumber(rng.int(a, b));
}

export class LedgerSim {
  readonly issues: SimIssue[] = [];
  private seq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly inst: DemoInstitution,
    private readonly b: Behaviour,
    private readonly focus: FocusArea[],
    private readonly campaignStart: string,
  ) {}

  /** Advances the story through period `t` (progress of old issues, then new findings). */
  step(t: number, p: PeriodRow): void {
    for (const issue of this.issues) if (issue.foundPeriod < t) this.progress(issue, p);
    const small = this.inst.size === 'small' || this.inst.size === 'tiny';
    const phase = PHASE_FACTOR[Math.min(t, PHASE_FACTOR.length - 1)];
    const nSelf = this.rng.poisson(SELF_RATE[this.inst.size] * phase * (0.4 + this.b.diligence));
    const nInsp = this.rng.poisson(INSPECTION_RATE[this.inst.size] * (1.5 - this.b.diligence) * 0.8);
    const nReport = this.rng.poisson(small ? 0.04 : 0.12);
    for (let i = 0; i < nSelf; i++) this.add(t, p, '自查自纠', small);
    for (let i = 0; i < nInsp; i++) this.add(t, p, this.rng.weighted([['监督检查', 6], ['明察暗访', 2], ['医保检查', 1]] as const), small);
    for (let i = 0; i < nReport; i++) this.add(t, p, this.rng.weighted([['举报投诉', 4], ['上级交办', 1]] as const), small);
  }

  /** Rows of the return for period `t`: every issue not yet reported as closed. */
  report(): { rows: ReturnLedgerRow[]; newlyReported: SimIssue[] } {
    const included = this.issues.filter((i) => i.lastReported === null || !TERMINAL.includes(i.lastReported));
    const newlyReported = included.filter((i) => i.lastReported === null);
    for (const i of included) i.lastReported = i.status;
    return { rows: included.map(toRow), newlyReported };
  }

  private add(t: number, p: PeriodRow, source: string, small: boolean): void {
    const rng = this.rng;
    const area = rng.pick(this.focus);
    const text = drawIssue(rng, bankFor(area.name), small, () => rng.pick(SURNAMES));
    const start = p.start < this.campaignStart ? this.campaignStart : p.start;
    const foundDate = randomDay(rng, start, p.end);
    const instantFix = source === '自查自纠' && rng.chance(this.b.instantFixProb);
    const deadline = addDays(foundDate, rng.pick(small ? [7, 10, 15, 15, 30] : [15, 15, 30, 30, 45, 60]));
    let status: LedgerStatus = instantFix ? (rng.chance(0.3) ? '已销号' : '已整改待核验') : rng.chance(0.55) ? '整改中' : '待整改';
    if (!instantFix && status === '待整改' && rng.chance(this.b.advanceProb * 0.3)) status = '整改中';
    // A short deadline inside the period: diligent units meet it before the return goes out.
    let completionDate: string | null = instantFix ? foundDate : null;
    if (!instantFix && deadline <= p.end && rng.chance(this.b.advanceProb)) {
      status = '已整改待核验';
      completionDate = randomDay(rng, foundDate, deadline);
    }
    const external = source !== '自查自纠';
    let penalties: string | null = null;
    let fineFen: number | null = null;
    if (external && rng.chance(0.75)) {
      penalties = rng.weighted([['责令改正', 8], ['警告', 2], ['约谈', 2], ['通报批评', 1], ['罚款', this.inst.ownership === '社会办' ? 3 : 1]] as const);
      if (penalties === '罚款') {
        fineFen = rng.pick(FINES) * 100;
        if (rng.chance(0.4)) penalties = '责令改正、罚款';
      }
    } else if (!external && rng.chance(0.15)) penalties = rng.pick(['约谈', '通报批评']);
    const serious = fineFen !== null || rng.chance(0.08);
    this.issues.push({
      ledgerNo: `${p.year}-${this.inst.districtCode}-${String(++this.seq).padStart(4, '0')}`,
      focusCode: area.code, category: text.category, source, foundDate, persons: text.persons, description: text.description,
      amountFen: text.amountYuan === null ? null : Math.round(text.amountYuan * 100),
      severity: serious ? rng.weighted([['较重', 3], ['严重', 1]] as const) : rng.chance(0.85) ? '一般' : null,
      measures: status === '待整改' && rng.chance(0.4) ? null : text.measures,
      respPerson: personName(rng), deadline, status,
      completionDate,
      penalties, fineFen,
      caseOpened: fineFen !== null ? true : external ? (rng.chance(0.5) ? false : null) : null,
      typical: fineFen !== null && rng.chance(0.25) ? true : rng.chance(0.3) ? false : null,
      remarks: instantFix ? '立行立改' : null,
      foundPeriod: t, instantFix, lastReported: null,
    });
  }

  private progress(issue: SimIssue, p: PeriodRow): void {
    const rng = this.rng;
    if (TERMINAL.includes(issue.status)) return;
    if (issue.status === '待整改' && (issue.source === '举报投诉' || issue.source === '上级交办') && rng.chance(0.2)) {
      issue.status = '不属实';
      issue.remarks = '经核查，反映问题不属实';
      return;
    }
    // Verification of a fixed issue is the bureau's pace, not the unit's: a steadier chance.
    // Diligent units push harder as a deadline comes due; slow ones barely notice.
    const due = issue.deadline !== null && issue.deadline <= p.end ? 0.3 * this.b.diligence : 0;
    const p1 = issue.status === '已整改待核验' ? 0.35 + 0.4 * this.b.diligence : this.b.advanceProb + due;
    if (!rng.chance(p1)) {
      if (isOpen(issue.status) && issue.deadline && issue.deadline < p.end && this.b.diligence < 0.5 && rng.chance(0.4)) {
        issue.remarks = rng.pick(['已逾期，正在协调推进', '涉及资金和设备采购，整改滞后', '责任人调岗，正在重新落实']);
      }
      return;
    }
    const steps = rng.chance(0.2 * this.b.diligence) ? 2 : 1;
    for (let s = 0; s < steps; s++) {
      const next = NEXT[issue.status];
      if (!next) break;
      if (next === '整改中' && !issue.measures) issue.measures = '已制定整改方案，正在落实';
      if (next === '已整改待核验') {
        const from = issue.foundDate && issue.foundDate > p.start ? issue.foundDate : p.start;
        issue.completionDate = randomDay(rng, from, p.end);
        issue.remarks = rng.chance(0.5) ? '已提交整改佐证材料' : issue.remarks;
      }
      issue.status = next;
    }
  }
}

function toRow(i: SimIssue): ReturnLedgerRow {
  return {
    ledgerNo: i.ledgerNo, focusCode: i.focusCode, category: i.category, source: i.source, foundDate: i.foundDate,
    persons: i.persons, description: i.description, amountFen: i.amountFen, severity: i.severity, measures: i.measures,
    respPerson: i.respPerson, deadline: i.deadline, status: i.status, completionDate: i.completionDate,
    penalties: i.penalties, fineFen: i.fineFen, caseOpened: i.caseOpened, typical: i.typical, remarks: i.remarks,
  };
}
