/** Reads spreadsheet bytes into the importer's grid view (see shared/import/grid.ts). */
import type { GridBook } from '../../shared/import/grid';
import { readSpreadsheetGrid } from './xlsx-grid';

export async function readGridBook(bytes: Uint8Array, fileName: string): Promise<GridBook> {
  return readSpreadsheetGrid(bytes, fileName);
}
