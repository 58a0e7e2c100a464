/**
 * Formula-injection guard for every text cell we export: a text starting with = + - @, a tab or
 * a carriage return would be read as a formula (or DDE) by Excel/WPS/LibreOffice — when the cell
 * is edited, or the sheet is saved as CSV and opened again. We prefix such text with a single
 * quote (OWASP's advice, the convention spreadsheet users recognise): the quote stays visible in
 * front of the text and nothing executes. Numbers stay numbers; only strings are touched, and
 * text that starts with anything else is returned unchanged.
 */
const DANGEROUS = /^[=+\-@\t\r]/;

export function neutralizeCell(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** Applies the guard to any cell value (strings only). */
export function safeCellValue<T>(v: T): T | string {
  return typeof v === 'string' ? neutralizeCell(v) : v;
}
