/**
 * Public entry of the 公文 layer: GongwenDoc (shared/documents/document-model) → .docx / HTML.
 * PDF output lives in ../pdf.ts.
 */
export { renderGongwenDocx, buildGongwenDocument } from './render-docx';
export { renderGongwenHtml } from './html';
