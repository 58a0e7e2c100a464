/**
 * Paragraph edits of a 文书 preview. The backend returns every editable block with its current
 * text (generated, or the clerk's saved override) and the saved overrides; it replaces the whole
 * override set on save. So the page works out which texts really differ from what the data would
 * say — an edit put back to the generated wording is not an override — and keeps the clerk's
 * typing across a regeneration (a review decision rebuilds the preview while they type).
 */

export interface EditableBlock {
  id: string;
  label: string;
  text: string;
}

/** Block ids that name units (the praise / criticism paragraphs of the bulletin and the summary). */
export const NAMING_BLOCKS: Record<'praise' | 'criticise', readonly string[]> = {
  praise: ['praise'],
  criticise: ['criticise', 'problems.named'],
};

/** Longest paragraph the backend accepts (documents:save-edits). */
export const MAX_BLOCK_CHARS = 20_000;

/**
 * Generated texts seen so far, by block id: a block that is not overridden shows what the data
 * produced. Texts learned from earlier previews are kept for blocks overridden since.
 */
export function learnGenerated(known: Readonly<Record<string, string>>, blocks: readonly EditableBlock[], overrides: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...known };
  for (const b of blocks) if (!Object.hasOwn(overrides, b.id)) out[b.id] = b.text;
  return out;
}

/** What the textarea of a block holds: the clerk's draft, else the preview's text. */
export function draftText(block: EditableBlock, drafts: Readonly<Record<string, string>>): string {
  return Object.hasOwn(drafts, block.id) ? drafts[block.id] : block.text;
}

/** Blocks whose textarea differs from the preview (typed but not saved). */
export function dirtyIds(blocks: readonly EditableBlock[], drafts: Readonly<Record<string, string>>): string[] {
  return blocks.filter((b) => draftText(b, drafts) !== b.text).map((b) => b.id);
}

/**
 * The override set to save: every block whose text differs from the generated one. Saved
 * overrides of blocks the current preview lacks (a criticism paragraph gone after a review) are
 * kept, so restoring the unit brings the clerk's wording back. A saved override whose generated
 * text is unknown (saved in an earlier session) stays an override.
 */
export function computeOverrides(
  blocks: readonly EditableBlock[],
  saved: Readonly<Record<string, string>>,
  drafts: Readonly<Record<string, string>>,
  generated: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const present = new Set(blocks.map((b) => b.id));
  for (const [id, text] of Object.entries(saved)) if (!present.has(id)) out[id] = text;
  for (const b of blocks) {
    const text = draftText(b, drafts);
    const gen = Object.hasOwn(generated, b.id) ? generated[b.id] : Object.hasOwn(saved, b.id) ? undefined : b.text;
    if (gen === undefined || text !== gen) {
      if (Object.hasOwn(saved, b.id) || text !== b.text) out[b.id] = text;
    }
  }
  return out;
}

/** Whether saving would change anything on the backend. */
export function sameOverrides(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/**
 * Drafts for a new preview: unsaved typing in a block survives (the clerk's words win), every
 * other block shows the new text.
 */
export function mergeDrafts(oldBlocks: readonly EditableBlock[], drafts: Readonly<Record<string, string>>, newBlocks: readonly EditableBlock[]): Record<string, string> {
  const dirty = new Set(dirtyIds(oldBlocks, drafts));
  const out: Record<string, string> = {};
  for (const b of newBlocks) out[b.id] = dirty.has(b.id) ? drafts[b.id] : b.text;
  return out;
}

/** Problems that block saving, in the clerk's terms (label + paragraph number). */
export function draftProblems(blocks: readonly EditableBlock[], drafts: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const g of groupBlocks(blocks)) {
    for (const item of g.items) {
      const text = draftText(item.block, drafts);
      if (!text.trim()) out.push(`“${g.section} · ${item.title}”为空：段落不能删空，请写入内容或点“撤销”恢复原文`);
      else if (text.length > MAX_BLOCK_CHARS) out.push(`“${g.section} · ${item.title}”超过 ${MAX_BLOCK_CHARS} 字，请精简`);
    }
  }
  return out;
}

export interface BlockGroup {
  /** The document section (一级标题); 导语 for the opening paragraph. */
  section: string;
  items: { block: EditableBlock; title: string }[];
}

/**
 * Blocks grouped by section in document order. A label "总体进展情况 · 报送情况" gives the
 * section and the item title; plain paragraphs are numbered within their section.
 */
export function groupBlocks(blocks: readonly EditableBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const b of blocks) {
    const dot = b.label.indexOf(' · ');
    const section = (dot >= 0 ? b.label.slice(0, dot) : b.label) || '导语';
    let g = groups[groups.length - 1];
    if (!g || g.section !== section) {
      g = { section, items: [] };
      groups.push(g);
    }
    const title = dot >= 0 ? b.label.slice(dot + 3) : `第${g.items.filter((i) => /^第\d+段$/.test(i.title)).length + 1}段`;
    g.items.push({ block: b, title });
  }
  return groups;
}

/**
 * Edited naming paragraphs that still mention a unit the clerk excluded: the review removes the
 * unit from the generated text, but a hand-written paragraph is the clerk's to correct.
 */
export function staleNamings(
  texts: Readonly<Record<string, string>>,
  excluded: readonly { name: string; list: 'praise' | 'criticise' }[],
): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  for (const e of excluded) {
    for (const id of NAMING_BLOCKS[e.list]) {
      if (Object.hasOwn(texts, id) && texts[id].includes(e.name)) out.push({ id, name: e.name });
    }
  }
  return out;
}
