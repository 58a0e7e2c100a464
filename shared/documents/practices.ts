/**
 * Chooses typical practices (典型做法) for a bulletin or report from submitted 工作情况 texts:
 * prefer units that performed well, drop boilerplate and near-duplicates, trim each to a few
 * complete sentences, and attribute it to its unit. Never pastes everything together.
 */

export interface PracticeCandidate {
  unit: string;
  district: string;
  text: string;
  /** Higher is better (e.g. rectification rate × timeliness); ties broken by name. */
  score: number;
}

export interface ChosenPractice { unit: string; text: string }

const BOILERPLATE = /^(无|暂无|没有|无特殊|同上|略|\/|—+|-+)[。.]?$/;

/** Splits Chinese text into sentences (keeps the closing punctuation). */
export function sentencesOf(text: string): string[] {
  return (text.replace(/\s+/g, '').match(/[^。！？；;!?]+[。！？；;!?]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** First complete sentences up to `max` characters, ending with 。. */
export function trimText(text: string, max = 110, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const s of sentencesOf(text)) {
    if (skip.has(s)) continue; // a sentence another unit's text already said (shared boilerplate)
    if (out.length + s.length > max) break;
    out += s;
  }
  if (!out) out = text.replace(/\s+/g, '').slice(0, max);
  // Drop what cannot start a sentence: punctuation, list numbers, and a dangling "二是" whose "一是" was cut.
  out = out.replace(/^[，,、；;\d.．、\s]+/, '').replace(/^[一二三四五六七八九十]是/, '').replace(/[；;，,]$/, '');
  return /[。！？]$/.test(out) ? out : `${out}。`;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Jaccard similarity of character bigrams: near-duplicate texts (copied templates) score high. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a), y = bigrams(b);
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return inter / Math.max(1, x.size + y.size - inter);
}

export function choosePractices(cands: PracticeCandidate[], max = 3): ChosenPractice[] {
  const usable = cands
    .map((c) => ({ ...c, text: c.text.trim() }))
    .filter((c) => c.text.length >= 15 && !BOILERPLATE.test(c.text))
    .sort((a, b) => b.score - a.score || a.unit.localeCompare(b.unit, 'zh'));
  const chosen: (PracticeCandidate & { trimmed: string })[] = [];
  const districts = new Set<string>();
  for (const pass of [true, false]) {
    for (const c of usable) {
      if (chosen.length >= max) break;
      if (chosen.some((x) => x.unit === c.unit)) continue;
      if (pass && districts.has(c.district)) continue; // first pass: spread across districts
      const used = new Set(chosen.flatMap((x) => sentencesOf(x.trimmed)));
      const trimmed = trimText(c.text, 110, used);
      if (trimmed.length < 12 || chosen.some((x) => similarity(x.trimmed, trimmed) > 0.6)) continue;
      chosen.push({ ...c, trimmed });
      districts.add(c.district);
    }
  }
  return chosen.map((c) => ({ unit: c.unit, text: c.trimmed }));
}
