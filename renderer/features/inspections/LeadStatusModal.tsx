/** 状态变更 of a lead: the next status, the verdict from 属实 on, the closing date and result for 已办结. */
import { App as AntApp, Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { LEAD_VERDICTS } from '../../../shared/domain/lead';
import type { LeadView } from '../../../shared/ipc/contract/inspections';
import { api } from '../../api/client';
import { useAction } from '../../api/use-api';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { describeError } from '../../lib/api-error';
import { nextStatuses } from '../../lib/record-forms';
import { localToday } from '../../lib/today';
import { useCurrentCampaign } from '../app-state';

interface Values { status: string; verdict?: string; verifiedDate?: string | null; closedDate?: string | null; result?: string; focusCode?: string; issueLedgerNo?: string }

export function LeadStatusModal({ lead, onClose, onSaved }: { lead: LeadView | null; onClose: () => void; onSaved: () => void }) {
  const campaign = useCurrentCampaign();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);

  useEffect(() => {
    if (!lead) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ verdict: lead.verdict ?? undefined, result: lead.result ?? '', focusCode: lead.focusCode ?? undefined, verifiedDate: localToday(), closedDate: localToday() });
  }, [lead, form]);

  const save = useAction(async () => {
    if (!lead) return;
    let v: Values;
    try { v = await form.validateFields(); } catch { return; }
    try {
      const closing = v.status === '已办结';
      const verdictStep = v.status === '属实' || v.status === '部分属实' || v.status === '不属实';
      const r = await api.invoke('lead:update-status', {
        id: lead.id, status: v.status, verdict: closing ? v.verdict ?? null : null,
        verifiedDate: verdictStep || (closing && !lead.verdict) ? v.verifiedDate ?? null : null,
        closedDate: closing ? v.closedDate ?? null : null, result: v.result || null, focusCode: v.focusCode || null, issueLedgerNo: v.issueLedgerNo || null,
      });
      message.success(`线索 ${lead.leadNo} 已改为“${r.record.status}”${r.issuesCreated ? `，已生成台账问题 ${r.record.ledgerNo}` : ''}`);
      for (const w of r.warnings) message.warning(w.message);
      onSaved();
    } catch (e) {
      setError(describeError(e));
    }
  });

  const options = lead ? nextStatuses(lead.status) : [];
  const substantiating = status === '属实' || status === '部分属实' || (status === '已办结' && (form.getFieldValue('verdict') === '属实' || form.getFieldValue('verdict') === '部分属实'));
  return (
    <Modal title={lead ? `状态变更：${lead.leadNo}（当前“${lead.status}”）` : ''} open={!!lead} onCancel={onClose} onOk={() => void save.run()} confirmLoading={save.pending} okText="保存" destroyOnHidden>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={error} /> : null}
      {lead && !options.length ? <Alert type="info" showIcon message="已办结的线索不能再改状态；如有新情况，请另行登记一条线索。" /> : (
        <Form form={form} layout="vertical">
          <Form.Item name="status" label="新状态" rules={[{ required: true, message: '请选择新状态' }]}>
            <Select options={options.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          {status === '已办结' ? (
            <Form.Item name="verdict" label="核查结论" rules={[{ required: true, message: '办结前请选择核查结论' }]}>
              <Select options={LEAD_VERDICTS.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          ) : null}
          {status && status !== '待核查' && status !== '核查中' ? <Form.Item name="verifiedDate" label="核查日期"><IsoDatePicker style={{ width: '100%' }} /></Form.Item> : null}
          {status === '已办结' ? <Form.Item name="closedDate" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}><IsoDatePicker style={{ width: '100%' }} /></Form.Item> : null}
          {status && status !== '待核查' ? <Form.Item name="result" label="办理结果"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} /></Form.Item> : null}
          {substantiating && lead?.subjectInstitutionId ? (
            <>
              <Form.Item name="focusCode" label="涉及整治重点" tooltip="查实后生成的台账问题归入该重点"><Select allowClear options={campaign.focusAreas.map((f) => ({ value: f.code, label: f.name }))} /></Form.Item>
              <Form.Item name="issueLedgerNo" label="关联已有台账编号" tooltip="问题已在台账中时填写；不填则新建台账条目"><Input maxLength={60} /></Form.Item>
            </>
          ) : null}
        </Form>
      )}
    </Modal>
  );
}
