import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABELS, categoryGroup, INSTITUTION_CATEGORIES, parseCategory, parseLevel, parseOwnership, parseYesNo,
} from '../../../shared/domain/institution-category';

describe('WS 218 categories', () => {
  it('has the roster classes with codes and statistical groups', () => {
    expect(CATEGORY_LABELS).toEqual([
      '综合医院', '中医医院', '中西医结合医院', '民族医院', '专科医院', '护理院', '社区卫生服务中心', '社区卫生服务站',
      '卫生院（乡镇/街道）', '门诊部', '诊所', '卫生所/医务室', '村卫生室', '急救中心', '妇幼保健院', '专科疾病防治院', '疗养院', '其他',
    ]);
    for (const c of INSTITUTION_CATEGORIES) expect(c.ws218).toMatch(/^[A-Z]\d{3}$/);
    expect(categoryGroup('综合医院')).toBe('医院');
    expect(categoryGroup('护理院')).toBe('医院');
    expect(categoryGroup('村卫生室')).toBe('基层医疗卫生机构');
    expect(categoryGroup('妇幼保健院')).toBe('专业公共卫生机构');
    expect(categoryGroup('疗养院')).toBe('其他');
    expect(categoryGroup('火星医院')).toBeNull();
  });

  it('no synonym is claimed by two classes', () => {
    const seen = new Map<string, string>();
    for (const c of INSTITUTION_CATEGORIES) {
      for (const s of [c.label, ...c.synonyms]) {
        expect(seen.get(s), s).toBeUndefined();
        seen.set(s, c.label);
      }
    }
  });

  it.each([
    ['乡镇卫生院', '卫生院（乡镇/街道）'], ['卫生院(乡镇/街道)', '卫生院（乡镇/街道）'], ['中心卫生院', '卫生院（乡镇/街道）'],
    ['中医院', '中医医院'], ['眼科医院', '专科医院'], ['民营眼科专科医院', '专科医院'], [' 综合医院 ', '综合医院'],
    ['社卫中心', '社区卫生服务中心'], ['医务室', '卫生所/医务室'], ['口腔门诊部', '门诊部'], ['张三口腔诊所', '诊所'],
    ['A100', '综合医院'], ['Ｂ１００', '社区卫生服务中心'], ['妇幼保健所', '妇幼保健院'], ['其它', '其他'],
  ])('category %s → %s', (text, label) => {
    expect(parseCategory(text)?.label).toBe(label);
  });

  it('refuses what it does not know', () => {
    expect(parseCategory('')).toBeNull();
    expect(parseCategory('医院')).toBeNull();
    expect(parseCategory('火锅店')).toBeNull();
  });
});

describe('ownership, level, yes/no', () => {
  it.each([
    ['公立', '公立'], ['国有', '公立'], ['集体', '公立'], ['政府办', '公立'], ['110', '公立'], ['公办', '公立'],
    ['社会办', '社会办'], ['民营', '社会办'], ['私立', '社会办'], ['个体', '社会办'], ['股份制', '社会办'], [' 民 营 ', '社会办'],
  ])('ownership %s → %s', (text, own) => {
    expect(parseOwnership(text)).toBe(own);
  });

  it('ownership: unknown text is null', () => {
    expect(parseOwnership('')).toBeNull();
    expect(parseOwnership('外星')).toBeNull();
  });

  it.each([
    ['三甲', '三级甲等'], ['三级甲等', '三级甲等'], ['3级乙等', '三级乙等'], ['二甲', '二级甲等'], ['二级', '二级未评'],
    ['一级甲等医院', '一级甲等'], ['三级特等', '三级特等'], ['未评级', '未定级'], ['无', '未定级'], ['未定级', '未定级'], ['Ⅲ级甲等', '三级甲等'],
  ])('level %s → %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  it('level: blank is null, nonsense undefined', () => {
    expect(parseLevel('')).toBeNull();
    expect(parseLevel('甲等')).toBeUndefined();
    expect(parseLevel('四级甲等')).toBeUndefined();
  });

  it('yes/no', () => {
    expect(parseYesNo('是')).toBe(true);
    expect(parseYesNo('省直省管')).toBe(true);
    expect(parseYesNo('√')).toBe(true);
    expect(parseYesNo('否')).toBe(false);
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('也许')).toBeUndefined();
  });
});
