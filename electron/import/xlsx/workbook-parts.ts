/**
 * Package structure: relationships, workbook.xml (sheets, states, defined names, 1904 flag).
 * Relationship types are matched by their last segment so transitional and strict OOXML
 * (purl.oclc.org namespaces) both work.
 */
import { readFail } from './errors';
import type { DefinedName, SheetInfo, SheetState } from './types';
import { attrLocal, parseXmlEntry } from './xml';
import type { ByteBudget, ZipArchive } from './zip';

export interface Relationship {
  type: string; // last segment: 'worksheet', 'sharedStrings', 'styles', 'externalLink', …
  target: string; // resolved part name, no leading '/'
  external: boolean;
}

/** 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPathFor(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Relationships of `part` by id; empty when the part has no .rels. */
export function readRels(zip: ZipArchive, part: string, budget: ByteBudget): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const entry = zip.get(relsPathFor(part));
  if (!entry) return out;
  parseXmlEntry(zip, entry, budget, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Type) return;
      const external = a.TargetMode === 'External';
      out.set(a.Id, {
        type: a.Type.slice(a.Type.lastIndexOf('/') + 1),
        target: external ? a.Target ?? '' : resolveTarget(part, safeDecodeUri(a.Target ?? '')),
        external,
      });
    },
  });
  return out;
}

export interface WorkbookXml {
  date1904: boolean;
  sheets: { name: string; state: SheetState; rid: string }[];
  definedNames: { name: string; ref: string; localSheetId?: number; hidden: boolean }[];
  hasExternalReferences: boolean;
}

export function readWorkbookXml(zip: ZipArchive, part: string, budget: ByteBudget): WorkbookXml {
  const entry = zip.get(part);
  if (!entry) throw readFail('文件缺少工作簿内容，不是有效的 .xlsx 表格。请用 Excel/WPS 打开后另存为 .xlsx 再导入。', part);
  const out: WorkbookXml = { date1904: false, sheets: [], definedNames: [], hasExternalReferences: false };
  let name: WorkbookXml['definedNames'][number] | undefined;
  parseXmlEntry(zip, entry, budget, {
    capturing: () => name !== undefined,
    open(tag, a) {
      if (tag === 'workbookPr') out.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (tag === 'sheet') {
        const state: SheetState = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible';
        out.sheets.push({ name: a.name ?? '', state, rid: attrLocal(a, 'id') ?? '' });
      } else if (tag === 'definedName') {
        name = {
          name: a.name ?? '',
          ref: '',
          hidden: a.hidden === '1' || a.hidden === 'true',
          ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
        };
      } else if (tag === 'externalReference') out.hasExternalReferences = true;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        out.definedNames.push(name);
        name = undefined;
      }
    },
    text(t) {
      if (name) name.ref += t;
    },
  });
  return out;
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml usually). */
export function findWorkbookPart(zip: ZipArchive, budget: ByteBudget): string | undefined {
  const root = readRels(zip, '', budget);
  for (const r of root.values()) if (r.type === 'officeDocument' && zip.get(r.target)) return r.target;
  return zip.get('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

export function toDefinedNames(wb: WorkbookXml, infos: SheetInfo[]): DefinedName[] {
  return wb.definedNames.map((d) => ({
    name: d.name,
    ref: d.ref.trim(),
    hidden: d.hidden,
    ...(d.localSheetId !== undefined && infos[d.localSheetId] ? { scopeSheet: infos[d.localSheetId].name } : {}),
  }));
}
