/**
 * Add/edit one institution (roster:save). The USCC is checked as it is typed (GB 32100 check
 * digit, in Chinese) and must pass before saving; backend problems land next to their field.
 */
import { App as AntApp, Alert, Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { HOSPITAL_LEVELS, OWNERSHIPS, type Institution } from '../../../shared/domain/institution';
import { api } from '../../api/client';
import { useAction } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { matchDistrict, type DistrictGroup } from '../../lib/district-options';
import { issuesFromError, placeIssues } from '../../lib/form-errors';
import {
  INSTITUTION_ALIASES, INSTITUTION_LABELS, emptyInstitution, formToInput, institutionToForm,
  categoryOptions, usccFieldState, type InstitutionFormValues,
} from '../../lib/institution-form';

export interface InstitutionDrawerProps {
  open: boolean;
  /** null = add a new institution. */
  institution: Institution | null;
  districts: DistrictGroup[];
  onClose: () => void;
  onSaved: (i: Institution) => void;
}

const categories = categoryOptions();

export function InstitutionDrawer({ open, institution, districts, onClose, onSaved }: InstitutionDrawerProps) {
  const [form] = Form.useForm<InstitutionFormValues>();
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setGeneral([]);
    form.resetFields();
    form.setFieldsValue(institution ? institutionToForm(institution) : emptyInstitution());
  }, [open, institution, form]);

  const save = useAction(async () => {
    setGeneral([]);
    let values: InstitutionFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      const saved = await api.invoke('roster:save', { ...(institution ? { id: institution.id } : {}), input: { ...formToInput(values) } });
      message.success(institution ? `已保存“${saved.name}”` : `已添加“${saved.name}”`);
      onSaved(saved);
    } catch (e) {
      const issues = issuesFromError(e);
      if (!issues.length) {
        setGeneral([describeError(e)]);
        return;
      }
      const placed = placeIssues(issues, {
        stripPrefix: 'input.',
        aliases: INSTITUTION_ALIASES,
        labels: INSTITUTION_LABELS,
        isField: (p) => p.length === 1 && typeof p[0] === 'string' && Object.hasOwn(INSTITUTION_LABELS, p[0]),
      });
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]); // paths vetted by isField
      setGeneral([...placed.general, ...Object.values(placed.sections).flat()]);
    }
  });

  return (
    <Drawer
      title={institution ? `编辑机构：${institution.name}` : '新增机构'}
      width={640}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.pending} onClick={() => void save.run()}>保存</Button>
        </Flex>
      }
    >
      {general.length ? <Alert type="error" showIcon style={{ marginBottom: 16 }} message="未能保存" description={general.map((g) => <div key={g}>{g}</div>)} /> : null}
      <Form<InstitutionFormValues> form={form} layout="vertical" initialValues={emptyInstitution()} onFinish={() => void save.run()}>
        <Form.Item name="name" label="机构名称（全称）" rules={[{ required: true, whitespace: true, message: '请填写机构全称' }]}>
          <Input maxLength={200} placeholder="与执业许可证一致的全称" />
        </Form.Item>
        <Form.Item name="aliases" label="别名" extra="简称、曾用名等，导入报表时用于识别机构；输入后按回车">
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ';', '；']} placeholder="如 市一院" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              name="uscc"
              label="统一社会信用代码"
              validateTrigger={['onChange', 'onBlur']}
              dependencies={['licenceNo']}
              extra="18位；个体诊所等确无代码的可以留空，但须填写执业许可证登记号"
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v: string) => {
                    const s = usccFieldState(v, (getFieldValue('licenceNo') as string | undefined) ?? '');
                    if (s.status === 'error') throw new Error(s.message);
                  },
                }),
                {
                  warningOnly: true,
                  validator: async (_r, v: string) => {
                    const s = usccFieldState(v);
                    if (s.status === 'warning') throw new Error(s.message);
                  },
                },
              ]}
            >
              <Input maxLength={24} className="rd-mono" placeholder="如 12321300MB1234567X" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="licenceNo" label="执业许可证登记号">
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="districtCode" label="所属区县" rules={[{ required: true, message: '请选择所属区县' }]}>
              <Select showSearch options={districts} filterOption={matchDistrict} placeholder="输入名称或代码" notFoundContent="没有匹配的区县" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label="机构类别" rules={[{ required: true, message: '请选择机构类别' }]}>
              <Select showSearch options={categories} placeholder="请选择" notFoundContent="没有匹配的类别" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="ownership" label="经济类型" rules={[{ required: true, message: '请选择' }]}>
              <Radio.Group options={OWNERSHIPS.map((o) => ({ value: o, label: o }))} optionType="button" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label="医院等级">
              <Select options={HOSPITAL_LEVELS.map((l) => ({ value: l, label: l }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="provincialDirect" label="省直省管" valuePropName="checked" extra="省直省管机构直接向市（省）报送，不经区县汇总">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="contactPerson" label="联系人">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label="联系电话">
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
