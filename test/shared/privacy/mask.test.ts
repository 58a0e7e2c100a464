import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES, maskDocumentText, maskName, maskPersons, maskPhoneField, maskText, PERSON_CONTEXTS, SURNAMES,
} from '../../../shared/privacy/mask';

describe('maskText: names in context', () => {
  it.each([
    ['患者张三反映医生李四收受红包', '患者张某某反映医生李某某收受红包'],
    ['举报人王五称该院存在医托', '举报人王某某称该院存在医托'],
    ['医生李四在门诊私自收费', '医生李某某在门诊私自收费'],
    ['患者王小明称被多收费', '患者王某某称被多收费'],
    ['举报人：赵六、钱七和孙八反映', '举报人：赵某某、钱某某和孙某某反映'],
    ['张三医生开具大处方，王小明护士长知情', '张某某医生开具大处方，王某某护士长知情'],
    ['主任医师刘建国在门诊坐诊', '主任医师刘某某在门诊坐诊'],
    ['欧阳娜娜医生', '欧阳某某医生'],
    ['投诉人：司马光（住院号 A123）', '投诉人：司马某某（住院号 A123）'],
    ['患者张三', '患者张某某'],
    ['姓名：周杰', '姓名：周某某'],
  ])('%s → %s', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  it.each([
    '由王主任负责整改',
    '医生高价销售保健品',
    '医生查房时发现问题',
    '患者于6月5日就诊',
    '医生和护士未按规定着装',
    '医托团伙在门诊大厅拉客',
    '患者家属称已退费',
    '患者张某、李某某已退费',
    '重复收取静脉输液费，已退还多收费用',
    '王五收受红包',
    '院长办公会研究整改方案',
  ])('leaves %s alone (no name in context, or already masked)', (input) => {
    expect(maskText(input)).toBe(input);
  });
});

describe('maskText: numbers', () => {
  it.each([
    ['手机13812341234', '手机138****1234'],
    ['电话 138-1234-5678。', '电话 138****5678。'],
    ['+8613912345678', '+86139****5678'],
    ['身份证号320102199001011234', '身份证号3201**********1234'],
    ['身份证32010219900101123X号', '身份证3201**********123X号'],
    ['老身份证320102900101123', '老身份证3201*******1123'],
    ['银行卡6222021234567890123', '银行卡6222***********0123'],
    ['卡号 6222 0212 3456 7890', '卡号 6222 **** **** 7890'],
    ['座机0527-84300001', '座机0527-****0001'],
    ['(0527)84300001', '(0527)****0001'],
  ])('%s → %s', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  it.each([
    '统一社会信用代码123213024660012345',
    '台账编号2023-321302-0001',
    '罚款5000元，没收违法所得12345.67元',
    '发现日期2023-06-05，整改时限2023/06/30',
    '12320热线转办',
    '共检查1234567890家次',
  ])('leaves %s alone', (input) => {
    expect(maskText(input)).toBe(input);
  });

  it('documents keep office landlines but mask mobiles and names', () => {
    expect(maskDocumentText('患者张三反映，联系电话0527-84360000，手机13912345678'))
      .toBe('患者张某某反映，联系电话0527-84360000，手机139****5678');
  });
});

describe('maskName, maskPersons, maskPhoneField', () => {
  it('keeps only the surname', () => {
    expect(maskName('张三丰')).toBe('张某某');
    expect(maskName('李四')).toBe('李某某');
    expect(maskName('欧阳娜娜')).toBe('欧阳某某');
    expect(maskName('张某')).toBe('张某');
    expect(maskName('  ')).toBe('');
    expect(maskName('Tom')).toBe('T**');
  });

  it('masks every name in a persons field, keeps departments and bare titles', () => {
    expect(maskPersons('检验科张三、李四（主任）、王院长、内科')).toBe('检验科张某某、李某某（主任）、王院长、内科');
    expect(maskPersons('放射科')).toBe('放射科');
    expect(maskPersons('张明')).toBe('张某某');
    expect(maskPersons('刘医生 13812345678')).toBe('刘医生 138****5678');
  });

  it('masks phone fields without touching text', () => {
    expect(maskPhoneField('0527-84300001 / 13812345678')).toBe('0527-****0001 / 138****5678');
  });
});

// Ordinary characters; surname characters are filtered out below so this text holds no name.
const FILLER = [...'的是了在有这中大为上个国我以要他来用们生到作地出就分对成会可主发年动同工也能下过子说产种面而后多定行学法所民得经十三之进着等部度家电力里如水化自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与各重新线内数正心反你看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员革位入常总次品式活设及特件求头基资流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则取据处府研'].filter((ch) => !SURNAMES.includes(ch));
const hanFiller = fc.constantFrom(...FILLER);

describe('properties', () => {
  const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
  const idNo = fc.tuple(fc.constantFrom('320102', '321302', '110105'), fc.integer({ min: 1930, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.stringMatching(/^\d{3}[0-9X]$/))
    .map(([r, y, m, d, t]) => `${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${t}`);
  const text = fc.array(fc.oneof(hanFiller, fc.constantFrom('，', '。', '、', ' ', '：')), { maxLength: 20 }).map((a) => a.join(''));
  const surname = fc.constantFrom(...COMPOUND_SURNAMES, ...SURNAMES.split(''));
  const given = fc.array(fc.constantFrom(...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英'.split('')), { minLength: 1, maxLength: 2 }).map((a) => a.join(''));

  it('masking twice is masking once', () => {
    const piece = fc.oneof(text, mobile, idNo, fc.constantFrom(...PERSON_CONTEXTS), surname, given, fc.constantFrom('反映', '在', '医生', '，'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (s) => {
      const once = maskText(s);
      expect(maskText(once)).toBe(once);
    }), { numRuns: 500 });
  });

  it('a mobile or ID number embedded in text never survives', () => {
    fc.assert(fc.property(text, fc.oneof(mobile, idNo), text, (a, n, b) => {
      const out = maskText(`${a}，${n}，${b}`);
      expect(out).not.toContain(n);
      expect(out).toContain(n.slice(-4));
    }), { numRuns: 300 });
  });

  it('a name after a person word never survives; the surname does', () => {
    fc.assert(fc.property(fc.constantFrom('患者', '举报人', '医生', '投诉人：', '家属'), surname, given, fc.constantFrom('反映', '称', '，', '。', ''), (ctx, s, g, after) => {
      const out = maskText(`${ctx}${s}${g}${after}`);
      expect(out).toBe(`${ctx}${s}某某${after}`);
    }), { numRuns: 300 });
  });

  it('text without digits, person words or surname characters is never changed', () => {
    fc.assert(fc.property(text, (s) => {
      expect(maskText(s)).toBe(s);
    }), { numRuns: 300 });
  });

  it('maskName keeps the surname and hides the length of the given name', () => {
    fc.assert(fc.property(surname, given, (s, g) => {
      expect(maskName(`${s}${g}`)).toBe(`${s}某某`);
    }));
  });

  it('maskPhoneField leaves only the last four digits of a phone', () => {
    fc.assert(fc.property(mobile, (m) => {
      expect(maskPhoneField(m)).toBe(`${m.slice(0, 3)}****${m.slice(-4)}`);
    }));
  });
});
