/**
 * The numbers a demo return types into 进展数据. Focus-area figures follow the issues the return
 * reports for the first time (B3/D7 from self-inspection findings, E1/E4/E8 from penalties), so
 * they agree with the ledger; activity figures (staff deployed, training) scale with the size of
 * the institution and its diligence. Small clinics mostly report zeros; sloppy ones leave rarely
 * used cells blank (未报) instead.
 */
import type { FocusArea } from '../../../shared/domain/campaign';
import { FOCUS_INPUTS } from '../../../shared/domain/indicators';
import type { ReturnFill } from '../../templates/return-writer';
import type { SimIssue } from './ledger-sim';
import type { Behaviour } from './profiles';
import type { Rng } from './prng';
import type { Size } from './roster-gen';

const STAFF: Record<Size, [number, number]> = { large: [10, 45], medium: [3, 14], small: [1, 4], tiny: [0, 2] };
const SESSIONS: Record<Size, [number, number]> = { large: [1, 4], medium: [0, 2], small: [0, 1], tiny: [0, 1] };
const ATTENDANCE: Record<Size, [number, number]> = { large: [40, 180], medium: [12, 60], small: [4, 15], tiny: [1, 4] };
const LEADS: Record<Size, number> = { large: 0.9, medium: 0.25, small: 0.08, tiny: 0.04 };
const RARE_ROWS = ['E13', 'E14', 'E17', 'F2', 'F5'];

export interface PeriodFigures {
  fill: ReturnFill;
  /** Figures used in the 工作情况 text. */
  facts: { staff: number; sessions: number; attendance: number; selfFound: number; instantFixed: number; policies: number };
}

export function periodFigures(rng: Rng, size: Size, b: Behaviour, t: number, focus: FocusArea[], fresh: SimIssue[]): PeriodFigures {
  const scale = 0.5 + b.diligence;
  const staff = Math.round(rng.int(...STAFF[size]) * scale);
  const sessions = rng.chance(size === 'tiny' ? 0.25 : 0.8) ? Math.round(rng.int(...SESSIONS[size]) * scale) : 0;
  const attendance = sessions * rng.int(...ATTENDANCE[size]);
  const policies = rng.chance(size === 'large' ? 0.45 : size === 'medium' ? 0.2 : 0.05) ? rng.int(1, size === 'large' ? 3 : 1) : 0;
  const g1 = rng.poisson(LEADS[size]);
  const g2 = g1 - (g1 > 0 && rng.chance(1 - b.diligence) ? 1 : 0);
  const g3 = g2 - (g2 > 0 && rng.chance(0.4 * (1 - b.diligence)) ? 1 : 0);
  const g4 = Math.min(g3, rng.int(0, g3));
  const general: NonNullable<ReturnFill['general']> = {
    B1: t >= b.selfInspectionDoneAt ? '是' : '否',
    C1: staff, H2: sessions, H2P: attendance, H1: policies, G1: g1, G2: g2, G3: g3, G4: g4,
  };
  // Lead rows left blank when there were none: a common habit, read as 未报 by the importer.
  if (b.leavesBlanks && g1 === 0 && rng.chance(0.5)) for (const k of ['G1', 'G2', 'G3', 'G4']) delete general[k];

  const byFocus: NonNullable<ReturnFill['focus']> = {};
  for (const def of FOCUS_INPUTS) byFocus[def.code] = {};
  let selfFound = 0;
  let instantFixed = 0;
  for (const f of focus) {
    const mine = fresh.filter((i) => i.focusCode === f.code);
    const self = mine.filter((i) => i.source === '自查自纠');
    const fined = mine.filter((i) => i.fineFen !== null);
    const penalised = (m: string) => mine.filter((i) => i.penalties?.includes(m)).length;
    selfFound += self.length;
    instantFixed += self.filter((i) => i.instantFix).length;
    const inspections = size === 'tiny' ? (rng.chance(0.2) ? 1 : 0) : Math.round(rng.int(0, size === 'large' ? 6 : 2) * scale);
    const v: Record<string, number> = {
      B3: self.length,
      D7: self.filter((i) => i.instantFix).length,
      C2: inspections,
      E1: mine.filter((i) => i.caseOpened === true).length,
      E4: fined.reduce((s, i) => s + (i.fineFen ?? 0), 0) / 100,
      E5: mine.some((i) => i.amountFen && i.fineFen) && rng.chance(0.3) ? Math.round(rng.int(500, 8000) / 100) * 100 : 0,
      E8: penalised('责令改正'),
      E13: 0,
      E14: mine.some((i) => i.category === '收受红包' || i.category === '收受回扣') && rng.chance(0.3) ? 1 : 0,
      E17: mine.some((i) => i.category === '不准违规收费') && rng.chance(0.15) ? 1 : 0,
      F1: penalised('约谈') + (size === 'large' || size === 'medium' ? rng.poisson(0.6 * scale) : 0),
      F2: penalised('通报批评'),
      F5: mine.filter((i) => i.typical === true).length,
    };
    for (const def of FOCUS_INPUTS) {
      if (b.leavesBlanks && RARE_ROWS.includes(def.code) && v[def.code] === 0 && rng.chance(0.7)) continue;
      byFocus[def.code][f.code] = v[def.code];
    }
  }
  return { fill: { general, focus: byFocus }, facts: { staff, sessions, attendance, selfFound, instantFixed, policies } };
}
