import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../../../electron/services/app-context';
import { createInspection, listInspections, updateInspection } from '../../../electron/services/inspection-service';
import { openIssuesBefore } from '../../../electron/db/repos/open-issues-repo';
import { addUnits, tempContext, withCampaign, type TestUnit } from '../../helpers/context';

let ctx: AppContext;
let clinic: TestUnit;
let hospital: TestUnit;

beforeEach(() => {
  ctx = tempContext(new Date('2023-06-20T09:00:00+08:00'));
  withCampaign(ctx);
  [clinic, hospital] = addUnits(ctx, [
    { name: '仁和诊所', ownership: '社会办', category: '诊所' },
    { name: '宿城区人民医院', ownership: '公立' },
  ]);
});
afterEach(() => ctx.db.close());

const issues = () => ctx.db.prepare('SELECT ledger_no, institution_id, focus_code, source, found_date, description, deadline, status, penalties, first_period FROM ledger_issues ORDER BY id').all();

describe('inspection log', () => {
  it('turns each finding into a ledger issue, numbered by date, that the next template carries', () => {
    const r = createInspection(ctx, {
      institutionId: clinic.id, inspectedDate: '2023-06-05', body: '市卫生健康委联合检查组', bodyKind: '联合检查组', jointDepartments: ['市场监管', '公安'],
      members: '张三、李四', form: '四不两直', focusCodes: ['F2', 'F3'], measures: ['责令改正', '罚款', '立案'], fine: 5000,
      findings: [{ text: '未公示医疗服务价格' }, { text: '超标准收取诊查费' }], attachments: ['现场笔录.pdf'],
    });
    expect(r.issuesCreated).toBe(2);
    expect(r.record).toMatchObject({ period: '2023-06-H1', fine: 5000, caseFiled: true, focusNames: ['乱收费', '诱导消费'], jointDepartments: ['市场监管', '公安'] });
    expect(r.record.findings.map((f) => [f.text, f.ledgerNo, f.issueStatus])).toEqual([
      ['未公示医疗服务价格', '检查-20230605-01', '待整改'], ['超标准收取诊查费', '检查-20230605-02', '待整改'],
    ]);
    // 四不两直 is an unannounced visit: source 明察暗访; deadline defaults to 30 days; 立案 stays off the ledger's 处理方式.
    expect(issues()[0]).toEqual({
      ledger_no: '检查-20230605-01', institution_id: clinic.id, focus_code: 'F2', source: '明察暗访', found_date: '2023-06-05',
      description: '未公示医疗服务价格', deadline: '2023-07-05', status: '待整改', penalties: '责令改正、罚款', first_period: '2023-06-H1',
    });
    expect(openIssuesBefore(ctx.db, 1, clinic.id, '2023-06-H2').map((i) => i.ledger_no)).toEqual(['检查-20230605-01', '检查-20230605-02']);
  });

  it('links a finding to an existing issue by its number and keeps links when the record is edited', () => {
    const first = createInspection(ctx, { institutionId: clinic.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查', findings: [{ text: '未公示价格' }] });
    const follow = createInspection(ctx, {
      institutionId: clinic.id, inspectedDate: '2023-06-15', body: '宿城区卫生监督所', form: '专项督查',
      findings: [{ text: '价格仍未公示', issueLedgerNo: '检查-20230605-01' }, { text: '病历书写不规范' }], deadline: '2023-06-30',
    });
    expect(follow.issuesCreated).toBe(1);
    expect(follow.record.findings.map((f) => f.ledgerNo)).toEqual(['检查-20230605-01', '检查-20230615-01']);
    expect(issues()).toHaveLength(2);
    expect((issues()[1] as { deadline: string }).deadline).toBe('2023-06-30');
    // Editing: same text keeps its issue, a new finding gets a new one, nothing is duplicated.
    const edited = updateInspection(ctx, first.record.id, {
      institutionId: clinic.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查',
      findings: [{ text: '未公示价格' }, { text: '药品过期' }],
    });
    expect(edited.issuesCreated).toBe(1);
    expect(edited.record.findings.map((f) => f.ledgerNo)).toEqual(['检查-20230605-01', '检查-20230605-02']);
    expect(issues()).toHaveLength(3);
    const unchanged = updateInspection(ctx, first.record.id, {
      institutionId: clinic.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查', findings: [{ text: '未公示价格' }, { text: '药品过期' }],
    });
    expect(unchanged.issuesCreated).toBe(0);
    expect(ctx.db.prepare("SELECT count(*) n FROM audit_log WHERE action LIKE 'inspection.%'").get()).toEqual({ n: 3 });
  });

  it('rejects bad forms field by field and a second record of the same inspection', () => {
    const bad = () => createInspection(ctx, {
      institutionId: clinic.id, inspectedDate: '2023-09-05', body: '宿城区卫生监督所', form: '常规检查', findings: [{ text: 'x', issueLedgerNo: '不存在-1' }],
    });
    expect(bad).toThrow(AppError);
    try { bad(); } catch (e) {
      expect((e as AppError).details?.map((d) => d.column)).toEqual(['inspectedDate', 'findings']);
      expect((e as AppError).message).toMatch(/不在专项期间（2023-06-01 至 2023-08-31）内/);
    }
    expect(() => createInspection(ctx, { institutionId: clinic.id, inspectedDate: '2023-06-05', body: '某单位', form: '随便看看' })).toThrow(/主体类别|检查形式/);
    createInspection(ctx, { institutionId: hospital.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查' });
    expect(() => createInspection(ctx, { institutionId: hospital.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查' })).toThrow(/已有一条/);
    expect(issues()).toHaveLength(0);
  });

  it('lists newest first, filtered by period and district', () => {
    createInspection(ctx, { institutionId: clinic.id, inspectedDate: '2023-06-05', body: '宿城区卫生监督所', form: '常规检查' });
    createInspection(ctx, { institutionId: hospital.id, inspectedDate: '2023-06-18', body: '宿城区卫生监督所', form: '明察暗访' });
    const all = listInspections(ctx, {});
    expect(all.rows.map((r) => [r.inspectedDate, r.institution])).toEqual([['2023-06-18', '宿城区人民医院'], ['2023-06-05', '仁和诊所']]);
    expect(listInspections(ctx, { period: '2023-06-H1' }).rows.map((r) => r.institution)).toEqual(['仁和诊所']);
    expect(listInspections(ctx, { districtCode: '321311' }).total).toBe(0);
  });
});
