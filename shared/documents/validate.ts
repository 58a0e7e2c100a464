/**
 * Checks a GongwenDoc before rendering. Errors (严重) stop rendering because the output would be
 * wrong or unreadable; warnings point at departures from GB/T 9704-2012 the user may intend.
 * Locations use the document's own terms ('正文第3段', '附件2 表1') since there is no sheet/cell.
 */
import { AppError, type Issue } from '../errors';
import { isIsoDate } from '../domain/period';
import type { Block, GongwenDoc } from './document-model';
import { LEADING_HEADING_NUMBER_RE } from './headings';
import { placeHeader } from './table-layout';
import { DOC_NUMBER_RE, titleLines } from './text-rules';

const RULE = 'gongwen';

function err(message: string, cell?: string): Issue {
  return { rule: RULE, severity: '错误', message, ...(cell ? { cell } : {}) };
}

function warn(message: string, cell?: string): Issue {
  return { rule: RULE, severity: '警告', message, ...(cell ? { cell } : {}) };
}

function checkBlocks(blocks: readonly Block[], where: string, out: Issue[]): void {
  let tableNo = 0;
  let prevLevel = 0;
  blocks.forEach((b, i) => {
    const at = `${where}第${i + 1}块`;
    switch (b.kind) {
      case 'heading':
        if (!b.text.trim()) out.push(err(`${at}：标题文字为空`, at));
        if (b.number === undefined && LEADING_HEADING_NUMBER_RE.test(b.text)) {
          out.push(err(`${at}：标题“${b.text}”自带序号，序号由系统自动生成，请删去文字中的序号（或用 number 指定）`, at));
        }
        if (b.level > prevLevel + 1) {
          out.push(warn(`${at}：标题层级从${prevLevel || '正文'}级跳到${b.level}级，GB/T 9704 要求按 一、（一）1.（1）逐级使用`, at));
        }
        prevLevel = b.level;
        break;
      case 'paragraph':
        if (/[\r\n]/.test(b.text)) out.push(err(`${at}：段落中含有换行，请拆成多个段落`, at));
        break;
      case 'table': {
        tableNo++;
        const tat = `${where}表${tableNo}`;
        try {
          const grid = placeHeader(b.header);
          if (grid.columnCount === 0) out.push(err(`${tat}：表头为空`, tat));
          const rows = [...b.rows, ...(b.totalsRow ? [b.totalsRow] : [])];
          rows.forEach((r, k) => {
            if (r.length !== grid.columnCount) {
              const name = b.totalsRow && k === rows.length - 1 ? '合计行' : `第${k + 1}行`;
              out.push(err(`${tat}${name}有${r.length}列，表头有${grid.columnCount}列`, tat));
            }
          });
          if (b.columnWidths && b.columnWidths.length !== grid.columnCount) {
            out.push(err(`${tat}：columnWidths 有${b.columnWidths.length}项，表头有${grid.columnCount}列`, tat));
          }
          if (b.align && b.align.length !== grid.columnCount) {
            out.push(err(`${tat}：align 有${b.align.length}项，表头有${grid.columnCount}列`, tat));
          }
        } catch (e) {
          out.push(err(`${tat}：${e instanceof Error ? e.message : String(e)}`, tat));
        }
        break;
      }
      case 'image':
        if (!(b.widthMm > 0 && b.heightMm > 0)) out.push(err(`${at}：图片尺寸必须为正数（${b.widthMm}×${b.heightMm} mm）`, at));
        if (b.png.length < 8 || b.png[0] !== 0x89 || b.png[1] !== 0x50 || b.png[2] !== 0x4e || b.png[3] !== 0x47) {
          out.push(err(`${at}：图片不是 PNG 格式`, at));
        }
        break;
      case 'pageBreak':
        break;
    }
  });
}

/** All problems found in a document; an empty list means it renders as GB/T 9704 expects. */
export function validateGongwenDoc(doc: GongwenDoc): Issue[] {
  const out: Issue[] = [];
  if (titleLines(doc.title).length === 0) out.push(err('公文标题为空', '标题'));
  const h = doc.header;
  if (h) {
    if (!h.authority.trim()) out.push(err('版头缺少发文机关标志（authority）', '版头'));
    if (h.docNumber !== undefined && !DOC_NUMBER_RE.test(h.docNumber)) {
      out.push(
        warn(`发文字号“${h.docNumber}”不符合 机关代字〔年份〕序号号 格式（六角括号〔〕、4位年份、序号不加“第”和虚位0）`, '版头'),
      );
    }
    if (doc.kind === 'report' && !h.series && !h.signer?.trim()) {
      out.push(warn('上行文（报告）的版头应标注签发人（GB/T 9704 §7.2.6）：请填写 header.signer', '版头'));
    }
    if (h.series) {
      if (!Number.isInteger(h.series.issueNo) || h.series.issueNo < 1) out.push(err(`期号必须为正整数（现为 ${h.series.issueNo}）`, '版头'));
      const date = h.series.date ?? doc.signature?.date;
      if (date === undefined) out.push(err('简报式版头需要日期：请填写 series.date 或落款日期', '版头'));
      else if (!isIsoDate(date)) out.push(err(`版头日期“${date}”不是有效日期（YYYY-MM-DD）`, '版头'));
    }
  }
  if (doc.signature) {
    if (!isIsoDate(doc.signature.date)) out.push(err(`成文日期“${doc.signature.date}”不是有效日期（YYYY-MM-DD）`, '落款'));
    if (!doc.signature.issuer.trim()) out.push(err('落款缺少署名（issuer）', '落款'));
  }
  if (doc.colophon && !isIsoDate(doc.colophon.printDate)) {
    out.push(err(`印发日期“${doc.colophon.printDate}”不是有效日期（YYYY-MM-DD）`, '版记'));
  }
  if (!doc.blocks.some((b) => b.kind === 'paragraph' || (b.kind === 'heading' && b.runIn))) {
    out.push(warn('正文没有段落：GB/T 9704 要求首页必须显示正文', '正文'));
  }
  checkBlocks(doc.blocks, '正文', out);
  (doc.attachments ?? []).forEach((a, i) => {
    if (!a.title.trim()) out.push(err(`附件${i + 1}标题为空`, `附件${i + 1}`));
    checkBlocks(a.blocks, `附件${i + 1}`, out);
  });
  return out;
}

/** Throws AppError('validation') listing every error; warnings do not block. */
export function assertRenderable(doc: GongwenDoc): void {
  const errors = validateGongwenDoc(doc).filter((i) => i.severity === '错误');
  if (errors.length) {
    throw new AppError('validation', `公文内容有${errors.length}处错误，无法生成：${errors[0].message}`, errors);
  }
}
