/** Province-issued 汇总表 channels: look at the form's cells, save the cell → figure mapping, fill a period. */
import { z } from 'zod';
import type { FormCandidate, FormCellMapping, ProvinceFormMapping } from '../../domain/province-form';
import type { FilePayload, SchemasFor } from './base';

export interface FormCellView extends FormCandidate {
  /** The stored mapping of this cell (null when not mapped). */
  mapping: FormCellMapping | null;
  /** A guess from the labels around the cell (never applied without the clerk). */
  suggestion: FormCellMapping | null;
}

export interface ProvinceFormView {
  formName: string;
  formSha256: string;
  /** The form is the one the stored mapping was made on. */
  sameAsStored: boolean;
  sheets: { name: string; cells: FormCellView[] }[];
  /** Stored mappings whose cell is not a fillable cell of this form (the province changed it). */
  unplaced: FormCellMapping[];
  options: {
    indicators: { code: string; name: string; unit: string; byFocus: boolean; money: boolean; rate: boolean }[];
    focusAreas: { code: string; name: string }[];
    districts: { code: string; name: string }[];
  };
}

export interface FillReport {
  period: string;
  periodLabel: string;
  formName: string;
  fileName: string;
  filled: number;
  cells: (Pick<FormCellMapping, 'sheet' | 'cell' | 'indicator' | 'focus' | 'measure' | 'scope'> & { value: number | null })[];
  /** Cells left as they were (no value: 未报, not computable, no data in that scope). */
  blank: { sheet: string; cell: string; reason: string }[];
}

export interface ProvinceFormContract {
  /** With a file: that form; without: the stored one. */
  'province-form:view': (args: { file?: FilePayload }) => ProvinceFormView;
  'province-form:save': (args: { file?: FilePayload; cells: FormCellMapping[] }) => ProvinceFormMapping;
  'province-form:fill': (args: { period: string; file?: FilePayload }) => { file: FilePayload; report: FillReport };
}

const filePayload = z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(60 * 1024 * 1024), mime: z.string().max(200).optional() }).strict();

export const formCellMappingSchema = z.object({
  sheet: z.string().min(1).max(100),
  cell: z.string().min(2).max(12),
  indicator: z.string().min(1).max(10),
  focus: z.string().max(20),
  measure: z.enum(['period', 'cumulative']),
  scope: z.string().min(1).max(12),
  unit: z.enum(['元', '万元']).optional(),
}).strict();

export const provinceFormSchemas = {
  'province-form:view': z.object({ file: filePayload.optional() }).strict(),
  'province-form:save': z.object({ file: filePayload.optional(), cells: z.array(formCellMappingSchema).max(5000) }).strict(),
  'province-form:fill': z.object({ period: z.string().min(1).max(20), file: filePayload.optional() }).strict(),
} satisfies SchemasFor<ProvinceFormContract>;
