/**
 * Every editable value of a campaign, for the first-run wizard (step 2) and the 设置 page. Holds
 * no logic of its own: values are a CampaignDraft (dates as ISO strings), checking and saving is
 * done by the caller through use-campaign-form.
 */
import { Alert, Col, Divider, Form, Input, InputNumber, Row, Space, Typography, type FormInstance } from 'antd';
import type { CampaignDraft } from '../../../shared/domain/campaign';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { dueRuleText, nextCode, previewPeriods } from '../../lib/campaign-draft';
import { CampaignListSection } from './CampaignListSection';

export interface CampaignFormProps {
  form: FormInstance<CampaignDraft>;
  initial: CampaignDraft;
  sectionErrors: Record<string, string[]>;
  disabled?: boolean;
}

function DueHint() {
  const form = Form.useFormInstance<CampaignDraft>();
  const start = Form.useWatch('startDate', form);
  const end = Form.useWatch('endDate', form);
  const offset = Form.useWatch('dueOffsetDays', form);
  if (typeof offset !== 'number' || !Number.isInteger(offset)) return <>每个半月结束后 N 天内报送</>;
  const first = previewPeriods({ startDate: start ?? '', endDate: end ?? '', dueOffsetDays: offset, phases: [] })[0];
  return <>{dueRuleText(offset, first)}</>;
}

export function CampaignForm({ form, initial, sectionErrors, disabled }: CampaignFormProps) {
  return (
    <Form<CampaignDraft> form={form} layout="vertical" initialValues={initial} disabled={disabled} requiredMark scrollToFirstError>
      <Form.Item name="preset" hidden><Input /></Form.Item>

      <Divider orientation="left" orientationMargin={0}>基本信息</Divider>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label="专项名称" rules={[{ required: true, whitespace: true, message: '请填写专项名称' }]}>
            <Input maxLength={200} placeholder="如 医疗卫生行业市场秩序专项整顿行动" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="shortName" label="简称" extra="用于通报标题和文件名">
            <Input maxLength={100} placeholder="如 市场秩序专项整顿" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="authority" label="发文机关" rules={[{ required: true, whitespace: true, message: '请填写发文机关' }]}>
            <Input maxLength={100} placeholder="如 宿迁市卫生健康委员会" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="docPrefix" label="文号前缀" extra="文号形如“宿卫发〔2023〕12号”中的“宿卫发”">
            <Input maxLength={50} placeholder="如 宿卫发" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="superior" label="上级机关" extra="书面总结报告的报送对象">
            <Input maxLength={200} placeholder="如 省卫生健康委" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="planTitle" label="所依据方案" extra="通报开头引用的方案名称（不加书名号）">
            <Input maxLength={300} placeholder="如 医疗卫生行业市场秩序专项整顿行动方案" />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" orientationMargin={0}>时间与报送</Divider>
      <Row gutter={16}>
        <Col xs={12} md={5}>
          <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
            <IsoDatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="endDate" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
            <IsoDatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item label="报送截止" required extra={<DueHint />}>
            <Space.Compact style={{ width: '100%' }}>
              <Space.Addon className="rd-nowrap">半月结束后</Space.Addon>
              <Form.Item name="dueOffsetDays" noStyle rules={[{ required: true, message: '请填写天数' }]}>
                <InputNumber min={-14} max={30} precision={0} style={{ width: '100%' }} aria-label="报送截止天数" />
              </Form.Item>
              <Space.Addon className="rd-nowrap">天内</Space.Addon>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item
            name="regionCode"
            label="行政区划代码"
            extra="限定名册中的区县，如 321300（宿迁市）；留空则不限"
            normalize={(v: string) => (v ? v.replace(/\D/g, '').slice(0, 6) : null)}
          >
            <Input maxLength={6} placeholder="不限" />
          </Form.Item>
        </Col>
      </Row>

      <CampaignListSection
        name="phases"
        title="工作阶段"
        hint="方案未写明日期的阶段可以留空，之后在“设置”中补上。"
        errors={sectionErrors.phases}
        addText="添加阶段"
        newRow={() => ({ name: '', start: null, end: null, description: '' })}
        columns={[
          { field: 'name', label: '阶段名称', span: 5, required: '请填写阶段名称', maxLength: 50 },
          { field: 'start', label: '开始', span: 4, kind: 'date' },
          { field: 'end', label: '结束', span: 4, kind: 'date' },
          { field: 'description', label: '主要任务', span: 9, maxLength: 500 },
        ]}
      />

      <CampaignListSection
        name="focusAreas"
        title="整治重点"
        hint="代码（F1、F2…）印在报表中，创建后请勿随意改动。至少一项。"
        errors={sectionErrors.focusAreas}
        addText="添加整治重点"
        minRows={1}
        newRow={(rows) => ({ code: nextCode('F', rows as { code?: string }[]), name: '', description: '' })}
        columns={[
          { field: 'code', label: '代码', span: 3, required: '请填写代码', maxLength: 20 },
          { field: 'name', label: '名称', span: 7, required: '请填写名称', maxLength: 100 },
          { field: 'description', label: '说明', span: 12, maxLength: 500 },
        ]}
      />

      <CampaignListSection
        name="departments"
        title="参与部门"
        errors={sectionErrors.departments}
        addText="添加部门"
        newRow={(rows) => ({ code: nextCode('D', rows as { code?: string }[]), name: '', duty: '' })}
        columns={[
          { field: 'code', label: '代码', span: 3, required: '请填写代码', maxLength: 20 },
          { field: 'name', label: '部门', span: 5, required: '请填写部门名称', maxLength: 50 },
          { field: 'duty', label: '职责', span: 14, maxLength: 500 },
        ]}
      />

      <CampaignListSection
        name="deliverables"
        title="报送材料"
        hint="方案要求按期报送的材料（如问题清单、书面总结报告）。"
        errors={sectionErrors.deliverables}
        addText="添加材料"
        newRow={() => ({ name: '', due: null })}
        columns={[
          { field: 'name', label: '材料名称', span: 14, required: '请填写材料名称', maxLength: 100 },
          { field: 'due', label: '报送日期', span: 8, kind: 'date' },
        ]}
      />

      <Divider orientation="left" orientationMargin={0}>考核指标</Divider>
      {sectionErrors.thresholds?.length ? <Alert type="error" showIcon style={{ marginBottom: 8 }} message={sectionErrors.thresholds.join('；')} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="社会办医疗机构检查覆盖率不低于" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name={['thresholds', 'socialInspectionCoverage']} noStyle rules={[{ required: true, message: '请填写百分比' }]}>
                <InputNumber min={0} max={100} style={{ width: '100%' }} aria-label="社会办检查覆盖率" />
              </Form.Item>
              <Space.Addon>%</Space.Addon>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="医疗机构自查覆盖率不低于" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name={['thresholds', 'selfInspectionCoverage']} noStyle rules={[{ required: true, message: '请填写百分比' }]}>
                <InputNumber min={0} max={100} style={{ width: '100%' }} aria-label="自查覆盖率" />
              </Form.Item>
              <Space.Addon>%</Space.Addon>
            </Space.Compact>
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" orientationMargin={0}>发文范围</Divider>
      <Typography.Paragraph type="secondary">通报、总结等文书的主送和抄送单位，用“，”分隔。</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="recipients" label="主送">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="copyTo" label="抄送">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
