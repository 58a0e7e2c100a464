/**
 * Resolves list data validations to their allowed values, so an error can say
 * `问题台账!F12：“整改中了”不在下拉选项（已整改、整改中、未整改）中`. Inline lists ("是,否") are split;
 * range sources (same sheet, another sheet, or a defined name pointing at one) are read from the
 * parsed sheets. Dynamic sources (INDIRECT, OFFSET) stay unresolved: listSource only.
 */
import { parseRange } from '../../../shared/import/cell-ref';
import { displayText } from './sheet';
import type { DataValidation, DefinedName, Sheet } from './types';

function splitInlineList(formula: string): string[] {
  // "a,b,""c""" → a | b | "c"
  const body = formula.slice(1, formula.endsWith('"') ? -1 : undefined).replace(/""/g, '"');
  return body.split(',');
}

/** 'Sheet 1'!$A$1:$A$5 → { sheet: 'Sheet 1', range: '$A$1:$A$5' }; no sheet for a bare range. */
export function splitSheetRef(ref: string): { sheet?: string; range: string } {
  const s = ref.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(s);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), range: quoted[2] };
  const bang = s.lastIndexOf('!');
  return bang < 0 ? { range: s } : { sheet: s.slice(0, bang), range: s.slice(bang + 1) };
}

function rangeValues(sheet: Sheet, rangeText: string, date1904: boolean): string[] | undefined {
  const r = parseRange(rangeText.replace(/\$/g, ''));
  if (!r) return undefined;
  const out: string[] = [];
  const bottom = Math.min(r.bottom, sheet.rowCount);
  const right = Math.min(r.right, sheet.colCount);
  for (let row = r.top; row <= bottom; row++) {
    for (let col = r.left; col <= right; col++) {
      const t = displayText(sheet.get(row, col), date1904);
      if (t !== '') out.push(t);
    }
  }
  return out;
}

export function resolveValidationLists(sheets: Sheet[], names: DefinedName[], date1904: boolean): void {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const sheet of sheets) {
    for (const dv of sheet.validations as DataValidation[]) {
      if (dv.type !== 'list' || !dv.formula1) continue;
      const f = dv.formula1.trim();
      if (f.startsWith('"')) {
        dv.list = splitInlineList(f);
        continue;
      }
      dv.listSource = f;
      let ref = f.replace(/^=/, '');
      const named = names.find((n) => n.name === ref && (n.scopeSheet === sheet.name || n.scopeSheet === undefined));
      if (named) ref = named.ref;
      const { sheet: target, range } = splitSheetRef(ref);
      const src = target === undefined ? sheet : byName.get(target);
      if (!src) continue;
      const values = rangeValues(src, range, date1904);
      if (values) dv.list = values;
    }
  }
}
