/**
 * Dropdown sources. Excel caps an inline list ("a,b,c") at 255 characters and cannot hold a comma
 * inside an item, so longer lists (a campaign with many long focus-area names) are written to
 * columns of the hidden `_meta` sheet and referenced by range instead.
 */
import { columnLetter } from '../../shared/import/cell-ref';
import { SHEETS } from '../../shared/domain/return-template';

/** First `_meta` column used for lists; columns A–B hold the metadata keys and values. */
export const LIST_FIRST_COL = 4;

export class ListRegistry {
  readonly lists: { title: string; values: string[]; col: number }[] = [];

  /** The data-validation formula for a list: inline when it fits, else a `_meta` range. */
  formula(title: string, values: readonly string[]): string {
    const inline = `"${values.join(',')}"`;
    if (inline.length <= 255 && values.every((v) => !/[,"]/.test(v))) return inline;
    let entry = this.lists.find((l) => l.title === title);
    if (!entry) {
      entry = { title, values: [...values], col: LIST_FIRST_COL + this.lists.length };
      this.lists.push(entry);
    }
    const col = columnLetter(entry.col);
    return `'${SHEETS.meta}'!$${col}$2:$${col}$${values.length + 1}`;
  }
}
