import { describe, expect, it } from 'vitest';
import type { InspectionView } from '../../../shared/ipc/contract/inspections';
import { emptyInspection, formToInspection, formToLead, inspectionToForm, nextStatuses } from '../../../renderer/lib/record-forms';

describe('record forms', () => {
  it('turns inspection form values into the contract input (trimmed, blank findings dropped, 元 kept)', () => {
    const v = { ...emptyInspection('2023-06-05'), institutionId: 3, body: ' 宿城区卫生监督所 ', form: '四不两直', fine: 1500.5,
      findings: [{ text: ' 未公示价格 ', issueLedgerNo: ' ' }, { text: '  ' }, { text: '药品过期', issueLedgerNo: '检查-20230601-01' }], publicText: '  ' };
    expect(formToInspection(v)).toMatchObject({
      institutionId: 3, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', bodyKind: null, form: '四不两直', fine: 1500.5, publicText: null,
      findings: [{ text: '未公示价格', issueLedgerNo: null }, { text: '药品过期', issueLedgerNo: '检查-20230601-01' }],
    });
  });

  it('round-trips a stored inspection through the form, findings keeping their ledger numbers', () => {
    const view = {
      id: 1, institutionId: 3, institution: '仁和诊所', uscc: null, districtCode: '321302', districtName: '宿城区', ownership: '社会办',
      inspectedDate: '2023-06-05', period: '2023-06-H1', body: '宿城区卫生监督所', bodyKind: '卫生监督所', jointDepartments: [], members: '张三', form: '常规检查',
      focusCodes: ['F2'], focusNames: ['乱收费'], findings: [{ seq: 1, text: '未公示价格', issueId: 9, ledgerNo: '检查-20230605-01', issueStatus: '待整改' }],
      measures: ['责令改正'], fine: null, caseFiled: false, referredTo: null, attachments: ['笔录.pdf'], isTypical: false, isExposed: false, publicText: null,
    } satisfies InspectionView;
    const input = formToInspection(inspectionToForm(view));
    expect(input).toMatchObject({ institutionId: 3, focusCodes: ['F2'], findings: [{ text: '未公示价格', issueLedgerNo: '检查-20230605-01' }], measures: ['责令改正'], attachments: ['笔录.pdf'] });
  });

  it('registers a lead as 待核查 and offers no status after 已办结', () => {
    expect(formToLead({ leadNo: ' ', receivedDate: '2023-06-01', channel: '12345', subjectText: ' 仁和诊所 ', content: '乱收费', handlingUnit: '监督所', deadline: '2023-06-16' }))
      .toMatchObject({ leadNo: null, subjectText: '仁和诊所', status: '待核查', subjectInstitutionId: null });
    expect(nextStatuses('已办结')).toEqual([]);
    expect(nextStatuses('核查中')).toEqual(['待核查', '属实', '部分属实', '不属实', '已办结']);
  });
});
