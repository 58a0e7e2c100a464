import { describe, expect, it } from 'vitest';
import { heading, paragraph, type GongwenDoc } from '../../../shared/documents/document-model';
import { assertRenderable, validateGongwenDoc } from '../../../shared/documents/validate';
import { AppError } from '../../../shared/errors';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function doc(over: Partial<GongwenDoc> = {}): GongwenDoc {
  return {
    kind: 'bulletin',
    header: { authority: '某市卫生健康委员会文件', docNumber: '某卫通〔2024〕12号', red: true },
    title: '关于专项整治进展情况的通报',
    blocks: [heading(1, '总体进展'), paragraph('截至4月30日……')],
    signature: { issuer: '某市卫生健康委员会', date: '2024-05-16' },
    ...over,
  };
}

describe('validateGongwenDoc', () => {
  it('accepts a well-formed document', () => {
    expect(validateGongwenDoc(doc())).toEqual([]);
  });

  it('warns on a 发文字号 with the wrong brackets or 第', () => {
    const issues = validateGongwenDoc(doc({ header: { authority: 'X', docNumber: '某卫通[2024]第12号', red: true } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: '警告', cell: '版头' });
    expect(issues[0].message).toContain('六角括号');
  });

  it('flags bad dates, empty titles, skipped heading levels and non-PNG images', () => {
    const issues = validateGongwenDoc(
      doc({
        title: ' \n ',
        signature: { issuer: '某委', date: '2024-13-01' },
        blocks: [paragraph('x'), heading(3, '跳级'), { kind: 'image', png: new Uint8Array([1, 2, 3]), widthMm: 100, heightMm: 50 }],
      }),
    );
    const messages = issues.map((i) => `${i.severity}:${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^错误:公文标题为空/));
    expect(messages).toContainEqual(expect.stringMatching(/^错误:成文日期“2024-13-01”不是有效日期/));
    expect(messages).toContainEqual(expect.stringMatching(/^警告:正文第2块：标题层级从正文级跳到3级/));
    expect(messages).toContainEqual(expect.stringMatching(/^错误:正文第3块：图片不是 PNG 格式/));
  });

  it('asks for a 签发人 on an upward report', () => {
    const issues = validateGongwenDoc(doc({ kind: 'report' }));
    expect(issues.map((i) => i.message)).toEqual(['上行文（报告）的版头应标注签发人（GB/T 9704 §7.2.6）：请填写 header.signer']);
    const signed = doc({ kind: 'report', header: { authority: '某市卫生健康委员会', docNumber: '某卫报〔2024〕3号', signer: '张三', red: true } });
    expect(validateGongwenDoc(signed)).toEqual([]);
  });

  it('needs a date for a 简报式 header', () => {
    const issues = validateGongwenDoc(doc({ header: { authority: '办公室', series: { name: '简报', issueNo: 2 }, red: true }, signature: undefined }));
    expect(issues.map((i) => i.message)).toContain('简报式版头需要日期：请填写 series.date 或落款日期');
  });

  it('locates table shape errors inside attachments', () => {
    const issues = validateGongwenDoc(
      doc({ attachments: [{ title: '统计表', blocks: [{ kind: 'image', png: PNG, widthMm: 10, heightMm: 10 }, { kind: 'table', header: [['a', 'b']], rows: [[1]] }] }] }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe('附件1表1第1行有1列，表头有2列');
  });

  it('warns when the body has no paragraph (page 1 must show body text)', () => {
    const issues = validateGongwenDoc(doc({ blocks: [heading(1, '总体进展')] }));
    expect(issues.map((i) => i.severity)).toEqual(['警告']);
  });
});

describe('assertRenderable', () => {
  it('throws a validation AppError listing every error, not warnings', () => {
    try {
      assertRenderable(doc({ title: '', blocks: [heading(1, '一、重复序号'), paragraph('x')] }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('validation');
      expect((e as AppError).details).toHaveLength(2);
    }
  });
});
