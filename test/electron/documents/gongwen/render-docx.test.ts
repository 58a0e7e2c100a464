import { beforeAll, describe, expect, it } from 'vitest';
import { renderGongwenDocx } from '../../../../electron/documents/gongwen/render-docx';
import { AppError } from '../../../../shared/errors';
import { paragraph } from '../../../../shared/documents/document-model';
import { readDocx, paragraphsWith, plainText, styleXml, type DocxParts } from '../fixtures/docx-parts';
import { sampleDoc } from '../fixtures/sample-gongwen';

let parts: DocxParts;

beforeAll(async () => {
  parts = readDocx(await renderGongwenDocx(sampleDoc()));
});

const attr = (xml: string, el: string, name: string): string | undefined =>
  new RegExp(`<w:${el} [^>]*w:${name}="([^"]*)"`).exec(xml)?.[1];

describe('renderGongwenDocx: page geometry', () => {
  it('is A4 with 37/28/26/35 mm margins in twips', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(parts.document)![0];
    expect(attr(sect, 'pgSz', 'w')).toBe('11906');
    expect(attr(sect, 'pgSz', 'h')).toBe('16838');
    expect(attr(sect, 'pgMar', 'top')).toBe('2098');
    expect(attr(sect, 'pgMar', 'left')).toBe('1587');
    expect(attr(sect, 'pgMar', 'right')).toBe('1474');
    expect(attr(sect, 'pgMar', 'bottom')).toBe('1984');
    expect(attr(sect, 'pgMar', 'footer')).toBe('1409');
  });

  it('writes Word’s 22 lines × 28 characters document grid', () => {
    expect(parts.document).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-843"/>');
  });

  it('switches to a line grid plus −0.25 pt spacing when asked', async () => {
    const p = readDocx(await renderGongwenDocx(sampleDoc(), { grid: 'lines' }));
    expect(p.document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(styleXml(p.styles, 'Normal')).toContain('<w:spacing w:val="-5"/>');
  });
});

describe('renderGongwenDocx: styles and fonts', () => {
  it('Normal is 3号 (32 half-points) 仿宋 with exact 579-twip lines and no indent', () => {
    const normal = styleXml(parts.styles, 'Normal');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('w:ascii="Times New Roman"');
    expect(normal).not.toContain('<w:ind');
  });

  it('title is 2号 (44 half-points) 方正小标宋简体, centred', () => {
    const title = styleXml(parts.styles, 'GwTitle');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:jc w:val="center"/>');
  });

  it('heading levels use 黑体 / 楷体 / 仿宋 with outline levels and a 2 字 indent from GwBody', () => {
    expect(styleXml(parts.styles, 'GwH1')).toContain('w:eastAsia="黑体"');
    expect(styleXml(parts.styles, 'GwH2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(styleXml(parts.styles, 'GwH3')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styleXml(parts.styles, 'GwH1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleXml(parts.styles, 'GwBody')).toMatch(/<w:ind [^>]*w:firstLine="640"[^>]*w:firstLineChars="200"/);
  });

  it('every Chinese run carries the eastAsia hint (ambiguous-width punctuation)', () => {
    const runs = parts.document.match(/<w:rFonts [^>]*\/>/g) ?? [];
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) expect(r).toContain('w:hint="eastAsia"');
  });

  it('font names are configurable per role', async () => {
    const p = readDocx(await renderGongwenDocx(sampleDoc(), { fonts: { body: '仿宋', kai: '楷体' } }));
    expect(styleXml(p.styles, 'Normal')).toContain('w:eastAsia="仿宋"');
    expect(styleXml(p.styles, 'GwH2')).toContain('w:eastAsia="楷体"');
  });
});

describe('renderGongwenDocx: 版头, title, body', () => {
  it('prints the 发文机关标志 in red at 70 % width and the red rule under the 文号', () => {
    const [mark] = paragraphsWith(parts.document, '某市卫生健康委员会文件');
    expect(mark).toContain('<w:color w:val="FF0000"/>');
    expect(mark).toContain('<w:w w:val="70"/>');
    const [number] = paragraphsWith(parts.document, '某卫通〔2024〕12号');
    expect(number).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    expect(number).not.toContain('<w:ind');
  });

  it('prints the header in black when red is false', async () => {
    const doc = sampleDoc();
    const p = readDocx(await renderGongwenDocx({ ...doc, header: { ...doc.header!, red: false } }));
    expect(p.document).not.toContain('FF0000');
  });

  it('keeps the author’s title line break and adds the colon to 主送', () => {
    const [title] = paragraphsWith(parts.document, '关于全市医疗卫生行业市场秩序专项整顿');
    expect(title).toContain('<w:pStyle w:val="GwTitle"/>');
    expect(title).toContain('<w:br/>');
    expect(plainText(parts.document)).toContain('委直属各单位：');
  });

  it('generates heading numbers 一、（一）1.（1） and run-in headings', () => {
    const text = plainText(parts.document);
    expect(text).toContain('一、总体进展');
    expect(text).toContain('（一）组织部署。各区（县）均已成立');
    expect(text).toContain('（二）问题整改');
    expect(text).toContain('1.自查自纠');
    expect(text).toContain('（1）监督检查。卫生监督机构');
    expect(text).toContain('二、存在的主要问题');
    expect(paragraphsWith(parts.document, '一、总体进展')[0]).toContain('<w:pStyle w:val="GwH1"/>');
  });

  it('writes the 附件说明, the 落款 with an Arabic date and the 附注', () => {
    const text = plainText(parts.document);
    expect(text).toContain('附件：1.');
    expect(text).toContain('2024年5月16日');
    expect(text).toContain('（此件公开发布）');
    const [date] = paragraphsWith(parts.document, '2024年5月16日').filter((p) => !p.includes('印发'));
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toMatch(/<w:ind [^>]*w:right="1280"/);
  });

  it('can print the 1999-style Chinese date', async () => {
    const p = readDocx(await renderGongwenDocx(sampleDoc(), { dateStyle: 'chinese' }));
    expect(plainText(p.document)).toContain('二〇二四年五月十六日');
  });
});

describe('renderGongwenDocx: tables, images, attachments, 版记', () => {
  it('repeats the two header rows, merges cells and fills exactly 8845 twips', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)![0];
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('<w:tblHeader/>');
    expect(rows[2]).not.toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('<w:gridSpan w:val="3"/>');
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toContain('<w:vMerge w:val="continue"/>');
    // Covered cells carry the small exact-spaced cell style too, so they cannot stretch the row.
    for (const tc of rows[1].match(/<w:tc>[\s\S]*?<\/w:tc>/g)!) {
      expect(tc).toContain('<w:pStyle w:val="GwTableHead"/>');
      expect(tc).toMatch(/<w:spacing [^>]*w:line="300"[^>]*w:lineRule="exact"/);
    }
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(plainText(rows[rows.length - 1])).toContain('合计');
  });

  it('embeds the PNG inline in an auto-spaced, centred paragraph kept with its caption', () => {
    expect(parts.names).toContain('word/media/image1.png');
    const pic = (parts.document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:drawing>[\s\S]*?<\/w:p>/) ?? [''])[0];
    expect(pic).toContain('w:lineRule="auto"');
    expect(pic).toContain('<w:keepNext/>');
    expect(pic).toContain('<w:jc w:val="center"/>');
  });

  it('starts each attachment on a new page with its 附件N label', () => {
    const [a1] = paragraphsWith(parts.document, '附件1');
    const [a2] = paragraphsWith(parts.document, '附件2');
    expect(a1).toContain('<w:pageBreakBefore/>');
    expect(a2).toContain('<w:pageBreakBefore/>');
    expect(a1).toContain('w:eastAsia="黑体"');
  });

  it('floats the 版记 to the bottom of the 版心 with thick outer and thin inner rules', () => {
    expect(parts.document).toMatch(/<w:tblpPr [^>]*w:tblpYSpec="bottom"/);
    const text = plainText(parts.document);
    expect(text).toContain('抄送：市人民政府办公室');
    expect(text).toMatch(/人民政府。/);
    expect(text).toContain('2024年5月16日印发');
    const colophon = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*抄送[\s\S]*?<\/w:tbl>/.exec(parts.document)![0];
    expect(colophon).toMatch(/<w:top [^>]*w:sz="8"/);
    expect(colophon).toMatch(/<w:insideH [^>]*w:sz="6"/);
    expect(colophon).toContain('<w:tab/>');
  });
});

describe('renderGongwenDocx: page numbers', () => {
  it('turns on different odd and even footers', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(parts.document).toMatch(/<w:footerReference w:type="default"/);
    expect(parts.document).toMatch(/<w:footerReference w:type="even"/);
  });

  it('prints — N — in 4号 宋体 on the outer side: odd right, even left, 1 字 in', () => {
    const footers = Object.values(parts.footers);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('—');
      expect(f).toContain('w:ascii="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    const odd = footers.find((f) => f.includes('<w:jc w:val="right"/>'));
    const even = footers.find((f) => f.includes('<w:jc w:val="left"/>'));
    expect(odd).toMatch(/<w:ind [^>]*w:right="280"/);
    expect(even).toMatch(/<w:ind [^>]*w:left="280"/);
  });
});

describe('renderGongwenDocx: validation', () => {
  it('refuses a heading that already carries its number, naming the block', async () => {
    const doc = sampleDoc({ blocks: [paragraph('正文'), { kind: 'heading', level: 1, text: '一、总体进展' }] });
    await expect(renderGongwenDocx(doc)).rejects.toThrow(AppError);
    await expect(renderGongwenDocx(doc)).rejects.toThrow(/正文第2块.*自带序号/);
  });

  it('refuses a table whose rows do not match the header', async () => {
    const doc = sampleDoc({ blocks: [paragraph('正文'), { kind: 'table', header: [['甲', '乙']], rows: [[1, 2, 3]] }] });
    await expect(renderGongwenDocx(doc)).rejects.toThrow(/表1第1行有3列，表头有2列/);
  });
});
