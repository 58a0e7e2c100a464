/**
 * Outcome of normalising one cell. `reason` is Chinese and names the value, not the cell: the
 * caller knows the sheet and address and prefixes them (`问题台账!F12：…`). `note` tells the caller
 * that a lenient reading was applied (a unit dropped, 无 read as 0), worth a 警告 at most.
 */
export type ParseResult<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

/** What a spreadsheet reader can hand over for one cell. */
export type CellInput = string | number | boolean | Date | null | undefined;
