/** Wizard step 3: what will be created, and the half-month periods it produces. */
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import type { CampaignDraft } from '../../../shared/domain/campaign';
import { chineseDate } from '../../../shared/domain/period';
import { dueRuleText, previewCode, previewPeriods } from '../../lib/campaign-draft';
import { PeriodTable } from './PeriodTable';

const orDash = (s: string) => (s ? s : '—');
const dateOr = (s: string | null) => (s ? chineseDate(s) : '未定');

export function CampaignReview({ draft }: { draft: CampaignDraft }) {
  const periods = previewPeriods(draft);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={`专项代码将为 ${previewCode(draft)}（由预设和开始日期生成，印在每份报表中，创建后不再改变）。`}
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title="专项概要">
        <Descriptions.Item label="专项名称" span={2}>{draft.name}</Descriptions.Item>
        <Descriptions.Item label="简称">{orDash(draft.shortName)}</Descriptions.Item>
        <Descriptions.Item label="发文机关">{draft.authority}</Descriptions.Item>
        <Descriptions.Item label="文号前缀">{orDash(draft.docPrefix)}</Descriptions.Item>
        <Descriptions.Item label="上级机关">{orDash(draft.superior)}</Descriptions.Item>
        <Descriptions.Item label="所依据方案" span={2}>{orDash(draft.planTitle)}</Descriptions.Item>
        <Descriptions.Item label="起止日期">{`${chineseDate(draft.startDate)}—${chineseDate(draft.endDate)}`}</Descriptions.Item>
        <Descriptions.Item label="行政区划">{draft.regionCode ?? '不限'}</Descriptions.Item>
        <Descriptions.Item label="报送截止" span={2}>{dueRuleText(draft.dueOffsetDays, periods[0])}</Descriptions.Item>
        <Descriptions.Item label="工作阶段" span={2}>
          {draft.phases.length
            ? draft.phases.map((p) => <div key={p.name}>{p.name}（{dateOr(p.start)}—{dateOr(p.end)}）</div>)
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="整治重点" span={2}>
          {draft.focusAreas.map((f) => <Tag key={f.code}>{f.code} {f.name}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label="参与部门" span={2}>
          {draft.departments.length ? draft.departments.map((d) => <Tag key={d.code}>{d.name}</Tag>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="报送材料" span={2}>
          {draft.deliverables.length ? draft.deliverables.map((d) => <div key={d.name}>{d.name}（{dateOr(d.due)}）</div>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="考核指标" span={2}>
          社会办医疗机构检查覆盖率 ≥ {draft.thresholds.socialInspectionCoverage}%，自查覆盖率 ≥ {draft.thresholds.selfInspectionCoverage}%
        </Descriptions.Item>
        <Descriptions.Item label="主送" span={2}>{orDash(draft.recipients)}</Descriptions.Item>
        <Descriptions.Item label="抄送" span={2}>{orDash(draft.copyTo)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ margin: 0 }}>报告期（共 {periods.length} 期）</Typography.Title>
      <PeriodTable rows={periods} />
    </Space>
  );
}
