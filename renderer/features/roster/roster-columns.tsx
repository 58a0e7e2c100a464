/** Columns of the roster table; retired rows are greyed by the table's rowClassName. */
import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Institution } from '../../../shared/domain/institution';
import { statusText } from '../../lib/institution-form';

export interface RosterActions {
  edit: (i: Institution) => void;
  setRetired: (i: Institution, retired: boolean) => void;
}

export function rosterColumns(a: RosterActions): ColumnsType<Institution> {
  return [
    {
      title: '机构名称',
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      render: (v: string, r) => (
        <Button type="link" size="small" className="rd-link-cell" title="编辑" onClick={() => a.edit(r)}>{v}</Button>
      ),
    },
    {
      title: '别名',
      dataIndex: 'aliases',
      width: 160,
      render: (v: string[]) => (v.length ? v.map((x) => <Tag key={x} bordered={false}>{x}</Tag>) : <span className="rd-muted">—</span>),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'uscc',
      width: 180,
      render: (v: string | null) => (v ? <span className="rd-mono">{v}</span> : <Tooltip title="无统一社会信用代码（如个体诊所），按名称和许可证号识别"><span className="rd-muted">无</span></Tooltip>),
    },
    {
      title: '所属区县',
      dataIndex: 'districtName',
      width: 110,
      render: (v: string, r) => <Tooltip title={r.districtCode}>{v || r.districtCode}</Tooltip>,
    },
    { title: '机构类别', dataIndex: 'category', width: 130 },
    {
      title: '经济类型',
      dataIndex: 'ownership',
      width: 90,
      render: (v: Institution['ownership']) => <Tag color={v === '社会办' ? 'orange' : 'blue'}>{v}</Tag>,
    },
    { title: '等级', dataIndex: 'level', width: 90 },
    {
      title: '省直省管',
      dataIndex: 'provincialDirect',
      width: 80,
      align: 'center',
      render: (v: boolean) => (v ? <Tag color="purple">是</Tag> : <span className="rd-muted">否</span>),
    },
    {
      title: '联系人',
      key: 'contact',
      width: 150,
      render: (_v, r) => (r.contactPerson || r.contactPhone
        ? <span>{r.contactPerson ?? ''}{r.contactPhone ? <span className="rd-muted"> {r.contactPhone}</span> : null}</span>
        : <span className="rd-muted">—</span>),
    },
    {
      title: '状态',
      key: 'status',
      width: 130,
      render: (_v, r) => (r.retiredAt ? <Tag>{statusText(r)}</Tag> : <Tag color="green">在册</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_v, r) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => a.edit(r)}>编辑</Button>
          {r.retiredAt ? (
            <Button type="link" size="small" onClick={() => a.setRetired(r, false)}>恢复</Button>
          ) : (
            <Popconfirm
              title={`停用“${r.name}”？`}
              description="停用后不再下发报表、不计入应报单位；历史报送记录保留，可随时恢复。"
              okText="停用"
              cancelText="取消"
              onConfirm={() => a.setRetired(r, true)}
            >
              <Button type="link" size="small" danger>停用</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
}
