import { describe, expect, it } from 'vitest';
import type { Institution } from '../../../shared/domain/institution';
import { makeUscc } from '../../../shared/domain/uscc';
import { USCC_OR_LICENCE_MESSAGE, categoryOptions, emptyInstitution, formToInput, institutionToForm, statusText, usccFieldState } from '../../../renderer/lib/institution-form';

const valid = makeUscc('12', '321302', 'MB160012');

describe('usccFieldState', () => {
  it('accepts empty (clinics without a code) and valid codes', () => {
    expect(usccFieldState('')).toEqual({ status: 'empty' });
    expect(usccFieldState('  ')).toEqual({ status: 'empty' });
    expect(usccFieldState(valid.toLowerCase())).toEqual({ status: 'ok', code: valid });
  });

  it('explains a wrong check digit in Chinese', () => {
    const last = valid[17] === '0' ? '1' : '0';
    const s = usccFieldState(valid.slice(0, 17) + last);
    expect(s.status).toBe('error');
    expect(s.status === 'error' && s.message).toContain('校验位错误');
  });

  it('requires a USCC or a licence number (the roster rule)', () => {
    expect(usccFieldState('', '')).toEqual({ status: 'error', message: USCC_OR_LICENCE_MESSAGE });
    expect(usccFieldState('', 'PDY12345')).toEqual({ status: 'empty' });
    expect(usccFieldState(valid, '')).toEqual({ status: 'ok', code: valid });
  });

  it('offers every category once, grouped', () => {
    const labels = categoryOptions().flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(expect.arrayContaining(['综合医院', '诊所', '社区卫生服务中心']));
  });

  it('rejects wrong length and letters not used in codes', () => {
    expect(usccFieldState('1232130').status).toBe('error');
    const s = usccFieldState('I' + valid.slice(1));
    expect(s.status === 'error' && s.message).toContain('不允许的字符');
  });
});

describe('form values ↔ input', () => {
  it('normalises and drops blanks', () => {
    const input = formToInput({
      ...emptyInstitution(),
      name: ' 宿迁市第一人民医院\u3000',
      aliases: ['市一院', ' 市一院 ', '', '宿迁市第一人民医院'],
      uscc: ` ${valid.toLowerCase()} `,
      districtCode: '321302',
      category: '综合医院',
      level: '',
      contactPhone: ' ',
    });
    expect(input).toEqual({
      name: '宿迁市第一人民医院', aliases: ['市一院'], uscc: valid, licenceNo: null, districtCode: '321302',
      category: '综合医院', ownership: '公立', level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: null,
    });
  });

  it('round-trips an institution', () => {
    const i: Institution = {
      id: 3, kind: 'institution', uscc: null, licenceNo: 'PDY123', name: '某诊所', aliases: [], districtCode: '321311',
      districtName: '宿豫区', category: '诊所', ownership: '社会办', level: '未定级', provincialDirect: false,
      contactPerson: '张三', contactPhone: '13800000000', retiredAt: '2024-01-02T03:04:05Z',
    };
    const { id: _id, kind: _k, districtName: _d, retiredAt: _r, ...rest } = i;
    expect(formToInput(institutionToForm(i))).toEqual(rest);
    expect(statusText(i)).toBe('已停用（2024-01-02）');
    expect(statusText({ retiredAt: null })).toBe('在册');
  });
});
