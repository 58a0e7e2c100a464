import { describe, expect, it } from 'vitest';
import { LEAD_FIELD_MASKS, LEDGER_FIELD_MASKS, maskFields, WORK_FIELD_MASKS } from '../../../shared/privacy/mask-records';

describe('maskFields', () => {
  it('masks the personal fields of a ledger row in either naming, and nothing else', () => {
    const row = { ledger_no: 'A-1', status: '整改中', found_date: '2023-06-05', amount_fen: 12000, description: '患者张三反映收费问题', resp_person: '李四', persons: '检验科王五', measures: null };
    expect(maskFields(row, LEDGER_FIELD_MASKS)).toEqual({ ...row, description: '患者张某某反映收费问题', resp_person: '李某某', persons: '检验科王某某' });
    expect(maskFields({ respPerson: '赵六', remarks: '联系人：孙七 13812345678' }, LEDGER_FIELD_MASKS)).toEqual({ respPerson: '赵某某', remarks: '联系人：孙某某 138****5678' });
    expect(row.description).toBe('患者张三反映收费问题'); // the input is not changed
  });

  it('masks work texts: 填报人 always, phones, names in context', () => {
    expect(maskFields({ filler: '周八', phone: '0527-84300001', experience: '医生吴九主动退还红包', measures: '成立专班' }, WORK_FIELD_MASKS))
      .toEqual({ filler: '周某某', phone: '0527-****0001', experience: '医生吴某某主动退还红包', measures: '成立专班' });
  });

  it('masks a lead’s subject and content', () => {
    expect(maskFields({ lead_no: 'X1', subject_text: '宿城区人民医院医生郑十', content: '举报人：冯一，电话13912345678' }, LEAD_FIELD_MASKS))
      .toEqual({ lead_no: 'X1', subject_text: '宿城区人民医院医生郑某某', content: '举报人：冯某某，电话139****5678' });
  });
});
