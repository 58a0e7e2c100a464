/**
 * sharedStrings.xml → string[]. Rich-text runs are concatenated; phonetic runs (<rPh>, furigana /
 * pinyin guides) are not part of the cell text and are skipped.
 */
import { readFail } from './errors';
import { decodeXmlEscapes, parseXmlEntry } from './xml';
import type { ByteBudget, ZipArchive, ZipEntry } from './zip';

export function parseSharedStrings(zip: ZipArchive, entry: ZipEntry | undefined, budget: ByteBudget, maxStrings: number): string[] {
  if (!entry) return [];
  const out: string[] = [];
  let current = '';
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  parseXmlEntry(zip, entry, budget, {
    capturing: () => inT,
    open(name) {
      if (name === 't') inT = inSi && phonetic === 0;
      else if (name === 'si') {
        if (out.length >= maxStrings) {
          throw readFail(`文件中的不同文本超过 ${maxStrings} 条的上限，不像是一份正常的填报表。请删除多余内容或拆分文件后导入。`);
        }
        inSi = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.push(decodeXmlEscapes(current));
        inSi = false;
      }
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}
