/**
 * 新增 / 编辑检查记录. Each 发现问题 line becomes a ledger issue (or links to the 台账编号 given);
 * backend problems land next to their fields, warnings come back as a message.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Checkbox, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { BODY_KINDS, INSPECTION_FORMS } from '../../../shared/domain/inspection';
import { INSPECTION_MEASURES } from '../../../shared/import/parse-inspections';
import type { InspectionView } from '../../../shared/ipc/contract/inspections';
import { api } from '../../api/client';
import { useAction } from '../../api/use-api';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { describeError } from '../../lib/api-error';
import { issuesFromError, placeIssues } from '../../lib/form-errors';
import { INSPECTION_LABELS, emptyInspection, formToInspection, inspectionToForm, type InspectionFormValues } from '../../lib/record-forms';
import { localToday } from '../../lib/today';
import { useCurrentCampaign } from '../app-state';
import { InstitutionSelect } from './InstitutionSelect';

export interface InspectionDrawerProps {
  open: boolean;
  /** null = a new record. */
  record: InspectionView | null;
  onClose: () => void;
  onSaved: () => void;
}

const opts = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));

export function InspectionDrawer({ open, record, onClose, onSaved }: InspectionDrawerProps) {
  const campaign = useCurrentCampaign();
  const [form] = Form.useForm<InspectionFormValues>();
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setGeneral([]);
    form.resetFields();
    form.setFieldsValue(record ? inspectionToForm(record) : emptyInspection(localToday()));
  }, [open, record, form]);

  const save = useAction(async () => {
    setGeneral([]);
    let values: InspectionFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      const input = formToInspection({ ...emptyInspection(''), ...values });
      const r = record ? await api.invoke('inspection:update', { id: record.id, input }) : await api.invoke('inspection:create', { input });
      message.success(`已保存${r.issuesCreated ? `，问题台账新增 ${r.issuesCreated} 条` : ''}`);
      for (const w of r.warnings) message.warning(w.message);
      onSaved();
    } catch (e) {
      const issues = issuesFromError(e);
      if (!issues.length) { setGeneral([describeError(e)]); return; }
      const placed = placeIssues(issues, {
        stripPrefix: 'input.', labels: INSPECTION_LABELS,
        isField: (p) => p.length === 1 && typeof p[0] === 'string' && Object.hasOwn(INSPECTION_LABELS, p[0]),
      });
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setGeneral([...placed.general, ...Object.values(placed.sections).flat()]);
    }
  });

  return (
    <Drawer
      title={record ? `编辑检查记录：${record.institution} ${record.inspectedDate}` : '新增检查记录'}
      width={720}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={<Flex gap={8}><Button onClick={onClose}>取消</Button><Button type="primary" loading={save.pending} onClick={() => void save.run()}>保存</Button></Flex>}
    >
      {general.length ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={general.join('；')} /> : null}
      <Form form={form} layout="vertical" requiredMark>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="institutionId" label="被检查机构" rules={[{ required: true, message: '请选择被检查机构' }]}>
              <InstitutionSelect initialLabel={record?.institution ?? null} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inspectedDate" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
              <IsoDatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="body" label="检查主体" rules={[{ required: true, whitespace: true, message: '请填写检查主体' }]}>
              <Input placeholder="如 宿城区卫生监督所" maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="bodyKind" label="主体类别" tooltip="不选时按检查主体名称判断">
              <Select allowClear options={opts(BODY_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="form" label="检查形式" rules={[{ required: true, message: '请选择检查形式' }]}>
              <Select options={opts(INSPECTION_FORMS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="jointDepartments" label="联合部门">
              <Select mode="tags" options={campaign.departments.map((d) => ({ value: d.name, label: d.name }))} placeholder="联合检查时选择或输入" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="members" label="检查人员"><Input placeholder="姓名，用顿号分隔" maxLength={500} /></Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="focusCodes" label="检查重点">
              <Checkbox.Group options={campaign.focusAreas.map((f) => ({ value: f.code, label: f.name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="发现问题" tooltip="每个问题一条，保存后进入问题台账；问题已在台账中的，填写其台账编号以关联" required={false}>
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                    <span>{i + 1}.</span>
                    <Form.Item name={[f.name, 'text']} rules={[{ required: true, whitespace: true, message: '请填写问题，或删除这一条' }]} style={{ width: 420, marginBottom: 0 }}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder="问题描述（事实）" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'issueLedgerNo']} style={{ width: 160, marginBottom: 0 }}>
                      <Input placeholder="关联台账编号（可空）" maxLength={60} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>添加发现的问题</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="deadline" label="整改时限" tooltip="新问题的整改时限；不填为检查日期后30日"><IsoDatePicker style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="measures" label="处理措施"><Select mode="multiple" options={opts(INSPECTION_MEASURES)} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fine" label="罚款金额（元）"><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="caseFiled" label="是否立案" valuePropName="checked"><Switch checkedChildren="是" unCheckedChildren="否" /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="referredTo" label="移送部门"><Input placeholder="如 公安" maxLength={200} /></Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="attachments" label="附件（名称）"><Select mode="tags" placeholder="输入附件名称后回车，如 现场检查笔录.pdf" open={false} /></Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="isTypical" label="典型案例" valuePropName="checked"><Switch /></Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="isExposed" label="已曝光" valuePropName="checked"><Switch /></Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="publicText" label="公开描述" tooltip="对外公布的简要情况，不含个人信息">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
