/**
 * The Chinese refusal for each kind of file the importer cannot read, saying what the file is and
 * what the clerk should do with it.
 */
import type { AppError } from '../../../shared/errors';
import type { CfbKind } from './cfb';
import { readFail } from './errors';
import type { MagicKind, ZipKind } from './sniff';

const SAVE_AS = '请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再导入。';

export const ENCRYPTED_MESSAGE =
  '文件设置了打开密码（已加密），无法读取。请在 Excel/WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存为 .xlsx 后再导入。';

export function cfbRefusal(kind: CfbKind): AppError {
  switch (kind) {
    case 'encrypted-ooxml':
      return readFail(ENCRYPTED_MESSAGE);
    case 'xls':
      return readFail(`这是旧版 Excel 97-2003 文件（.xls），此处只接受 .xlsx。${SAVE_AS}`);
    case 'word':
      return readFail('这是 Word 文档（.doc），不是表格。请导入填好的 Excel 报表。');
    case 'powerpoint':
      return readFail('这是 PowerPoint 演示文稿，不是表格。请导入填好的 Excel 报表。');
    case 'other':
      return readFail(`这是无法识别的旧版 Office/WPS 文件（例如 WPS 的 .et 格式）。${SAVE_AS}`);
  }
}

export function zipRefusal(kind: ZipKind): AppError {
  switch (kind) {
    case 'xlsb':
      return readFail(`这是 Excel 二进制工作簿（.xlsb），此处只接受 .xlsx。${SAVE_AS}`);
    case 'ods':
      return readFail(`这是 OpenDocument 格式文件（.ods），${SAVE_AS}`);
    case 'docx':
      return readFail('这是 Word 文档（.docx），不是表格。请导入填好的 Excel 报表。');
    case 'pptx':
      return readFail('这是 PowerPoint 演示文稿，不是表格。请导入填好的 Excel 报表。');
    default:
      return readFail('这是一个压缩包（.zip），不是表格文件。请解压后导入其中的 .xlsx 文件。');
  }
}

export function magicRefusal(kind: MagicKind): AppError {
  switch (kind) {
    case 'empty':
      return readFail('文件是空的（0 字节）。请重新获取原文件。');
    case 'rar':
      return readFail('这是 RAR 压缩包，不是表格文件。请解压后导入其中的 .xlsx 文件。');
    case '7z':
      return readFail('这是 7z 压缩包，不是表格文件。请解压后导入其中的 .xlsx 文件。');
    case 'gzip':
    case 'bzip2':
      return readFail('这是压缩文件（gz/bz2），不是表格文件。请解压后导入其中的 .xlsx 文件。');
    case 'pdf':
      return readFail('这是 PDF 文件，无法读取其中的数据。请导入填好的 Excel 报表（.xlsx）。');
    case 'text':
      return readFail(`这是文本文件（如 .csv/.txt），不是 Excel 表格。${SAVE_AS}`);
    case 'markup':
      return readFail(`这是网页或 XML 格式的文件，不是 Excel 表格。${SAVE_AS}`);
    default:
      return readFail(`不是可识别的表格文件（可能已损坏或格式不对）。${SAVE_AS}`);
  }
}
