/**
 * Formula-injection guard for every text cell we export: a text starting with = + - @, a tab or
 * a carriage return would be read as a formula (or DDE) by Excel/WPS/LibreOffice. We prefix it
 * with a single quote, the convention spreadsheet users recognise, so the text shows unchanged
 * and nothing executes. Numbers stay numbers; only strings are touched.
 */
const DANGEROUS = /^[=+\-@\t\r]/;

export function neutralizeCell(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** Applies the guard to any cell value (strings only). */
export function safeCellValue<T>(v: T): T | string {
  return typeof v === 'string' ? neutralizeCell(v) : v;
}
