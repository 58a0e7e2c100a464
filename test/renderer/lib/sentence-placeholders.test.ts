import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCES, type SentenceKey } from '../../../shared/documents/sentences';
import { checkTemplate, placeholderMeaning, placeholdersIn } from '../../../renderer/lib/sentence-placeholders';

describe('placeholder meanings', () => {
  it('explain every placeholder of every default template', () => {
    for (const key of Object.keys(DEFAULT_SENTENCES) as SentenceKey[]) {
      for (const p of placeholdersIn(DEFAULT_SENTENCES[key])) expect(placeholderMeaning(key, p), `${key}: {${p}}`).toBeTruthy();
    }
  });
  it('say what a district line means by its rates', () => {
    expect(placeholderMeaning('districtLine', 'reportRate')).toBe('该区县报送率');
    expect(placeholderMeaning('reporting', 'reportRate')).toBe('报送率');
    expect(placeholderMeaning('districtLine', 'planTitle')).toBeNull();
  });
});

describe('checkTemplate', () => {
  it('accepts the defaults', () => {
    for (const key of Object.keys(DEFAULT_SENTENCES) as SentenceKey[]) {
      expect(checkTemplate(key, DEFAULT_SENTENCES[key])).toEqual({ empty: false, unknown: [], unused: [], strayBraces: false });
    }
  });
  it('flags placeholders the template cannot fill, dropped ones, stray braces and emptiness', () => {
    const c = checkTemplate('reporting', '本期应报{due}家，报送率{reportrate}，逾期{d5}个{ 备注 }');
    expect(c.unknown).toEqual(['reportrate']);
    expect(c.unused).toEqual(['onTime', 'late', 'missing', 'reportRate', 'timeliness']);
    expect(c.strayBraces).toBe(true);
    expect(checkTemplate('praise', '  ').empty).toBe(true);
    expect(checkTemplate('praise', '{names}表现突出。{d5}').unknown).toEqual(['d5']);
  });
  it('lists placeholders once in order of use', () => {
    expect(placeholdersIn('{a}{b}{a}{ c}')).toEqual(['a', 'b']);
  });
});
