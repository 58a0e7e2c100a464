/**
 * Who is good and who is not. Districts get a tier (two good, two middling, one poor, chosen by
 * the seed) and each institution a diligence score around its district's, with a few outliers
 * both ways (a star clinic in the poor county, a laggard hospital in a good district). Every
 * behaviour of the simulation — reporting on time, fixing issues, writing rich text — follows
 * from diligence, so the unevenness is consistent rather than noise.
 */
import { clamp, type Rng } from './prng';
import type { DemoInstitution, Size } from './roster-gen';
import { DEMO_DISTRICTS } from './vocab';

export type Tier = 'good' | 'mid' | 'poor';

export const TIER_DILIGENCE: Record<Tier, number> = { good: 0.88, mid: 0.6, poor: 0.2 };
const TIER_LABEL: Record<Tier, string> = { good: '好', mid: '中', poor: '差' };

export interface Behaviour {
  tier: Tier;
  diligence: number;
  /** Chance of sending a return in a period at all. */
  submitProb: number;
  /** Chance that a return is late, and the mean lateness in days. */
  lateProb: number;
  lateMeanDays: number;
  /** Chance per period that an open issue moves one status step forward. */
  advanceProb: number;
  /** Chance a newly found issue is fixed on the spot (立行立改). */
  instantFixProb: number;
  /** 0 (terse) … 1 (rich) for 工作情况 texts. */
  richness: number;
  /** The period index from which 自查自纠 counts as done. */
  selfInspectionDoneAt: number;
  /** Sloppy units leave rarely-used cells blank (未报) instead of writing 0. */
  leavesBlanks: boolean;
}

/** Tier per district code, decided by the seed: two good, two middling, one poor. */
export function districtTiers(rng: Rng): Map<string, Tier> {
  const order: Tier[] = ['good', 'good', 'mid', 'mid', 'poor'];
  const shuffled = rng.shuffle(DEMO_DISTRICTS);
  return new Map(shuffled.map((d, i) => [d.code, order[i]]));
}

export function tierLabel(t: Tier): string {
  return TIER_LABEL[t];
}

const SIZE_RELIABILITY: Record<Size, number> = { large: 1, medium: 0.99, small: 0.97, tiny: 0.95 };

export function behaviourOf(rng: Rng, inst: DemoInstitution, tier: Tier): Behaviour {
  let d = clamp(rng.normal(TIER_DILIGENCE[tier], 0.08), 0.05, 0.98);
  // Outliers make individuals stand out from their district (about one in sixteen).
  const outlier = rng.next();
  if (outlier < 0.03) d = clamp(rng.normal(0.95, 0.02), 0.85, 0.99);
  else if (outlier < 0.06) d = clamp(rng.normal(0.15, 0.05), 0.05, 0.3);
  const sizeBonus = inst.size === 'large' ? 0.15 : inst.size === 'medium' ? 0.05 : 0;
  return {
    tier,
    diligence: d,
    submitProb: clamp((0.985 - 0.7 * (1 - d) ** 2.2) * SIZE_RELIABILITY[inst.size], 0.3, 0.995),
    lateProb: clamp(0.85 * (1 - d) ** 1.6, 0.02, 0.8),
    lateMeanDays: 1 + 5 * (1 - d),
    advanceProb: clamp(0.08 + 0.8 * d, 0.05, 0.9),
    instantFixProb: clamp(0.04 + 0.5 * d, 0.03, 0.6),
    richness: clamp(d + sizeBonus + rng.normal(0, 0.12), 0, 1),
    selfInspectionDoneAt: d > 0.75 ? 0 : d > 0.5 ? 1 : d > 0.3 ? 2 : 3 + rng.int(0, 2),
    leavesBlanks: d < 0.4 && rng.chance(0.6),
  };
}
