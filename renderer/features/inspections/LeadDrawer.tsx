/** 登记线索: a new complaint lead (its status is changed afterwards with 状态变更). */
import { App as AntApp, Alert, Button, Col, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { LEAD_CHANNELS } from '../../../shared/domain/lead';
import { addDays } from '../../../shared/domain/period';
import { api } from '../../api/client';
import { useAction } from '../../api/use-api';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { describeError } from '../../lib/api-error';
import { issuesFromError, placeIssues } from '../../lib/form-errors';
import { LEAD_LABELS, formToLead, type LeadFormValues } from '../../lib/record-forms';
import { localToday } from '../../lib/today';
import { useCurrentCampaign } from '../app-state';
import { InstitutionSelect } from './InstitutionSelect';

export function LeadDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const campaign = useCurrentCampaign();
  const [form] = Form.useForm<LeadFormValues>();
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setGeneral([]);
    form.resetFields();
    const today = localToday();
    form.setFieldsValue({ leadNo: '', receivedDate: today, deadline: addDays(today, 15), subjectText: '', content: '', handlingUnit: '' });
  }, [open, form]);

  const save = useAction(async () => {
    setGeneral([]);
    let values: LeadFormValues;
    try { values = await form.validateFields(); } catch { return; }
    try {
      const r = await api.invoke('lead:create', { input: formToLead(values) });
      message.success(`已登记线索 ${r.record.leadNo}`);
      for (const w of r.warnings) message.warning(w.message);
      onSaved();
    } catch (e) {
      const issues = issuesFromError(e);
      if (!issues.length) { setGeneral([describeError(e)]); return; }
      const placed = placeIssues(issues, { stripPrefix: 'input.', labels: LEAD_LABELS, isField: (p) => p.length === 1 && typeof p[0] === 'string' && Object.hasOwn(LEAD_LABELS, p[0]) });
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setGeneral([...placed.general, ...Object.values(placed.sections).flat()]);
    }
  });

  return (
    <Drawer title="登记举报线索" width={640} open={open} onClose={onClose} destroyOnHidden
      extra={<Flex gap={8}><Button onClick={onClose}>取消</Button><Button type="primary" loading={save.pending} onClick={() => void save.run()}>保存</Button></Flex>}>
      {general.length ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={general.join('；')} /> : null}
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          <Col span={12}><Form.Item name="leadNo" label="线索编号" tooltip="热线工单号或本单位编号；不填由系统生成"><Input maxLength={60} /></Form.Item></Col>
          <Col span={12}><Form.Item name="channel" label="来源渠道" rules={[{ required: true, message: '请选择来源渠道' }]}><Select options={LEAD_CHANNELS.map((c) => ({ value: c, label: c }))} /></Form.Item></Col>
          <Col span={12}><Form.Item name="receivedDate" label="受理日期" rules={[{ required: true, message: '请选择受理日期' }]}><IsoDatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="deadline" label="办理时限" rules={[{ required: true, message: '请选择办理时限' }]}><IsoDatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}>
            <Form.Item name="subjectInstitutionId" label="被举报机构（名册中的）" tooltip="查实后进入该机构的问题台账；被举报对象不在名册中时不选">
              <InstitutionSelect allowClear onChange={(id, name) => { form.setFieldValue('subjectInstitutionId', id); if (name) form.setFieldValue('subjectText', name); }} />
            </Form.Item>
          </Col>
          <Col span={24}><Form.Item name="subjectText" label="被举报对象" rules={[{ required: true, whitespace: true, message: '请填写被举报对象' }]}><Input maxLength={200} placeholder="机构全称，或个人、场所" /></Form.Item></Col>
          <Col span={24}><Form.Item name="content" label="举报内容" rules={[{ required: true, whitespace: true, message: '请填写举报内容' }]}><Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} /></Form.Item></Col>
          <Col span={12}><Form.Item name="focusCode" label="涉及整治重点"><Select allowClear options={campaign.focusAreas.map((f) => ({ value: f.code, label: f.name }))} /></Form.Item></Col>
          <Col span={12}><Form.Item name="handlingUnit" label="承办单位" rules={[{ required: true, whitespace: true, message: '请填写承办单位' }]}><Input maxLength={200} /></Form.Item></Col>
        </Row>
      </Form>
    </Drawer>
  );
}
