/** 排除点名: the unit, why it was proposed, and the mandatory reason for leaving it out. */
import { Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { EXCLUDE_REASON_PRESETS, LIST_LABEL, MAX_REASON_CHARS, checkReason, type ReviewRow } from '../../lib/document-review';

export interface ExcludeModalProps {
  row: ReviewRow | null;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}

export function ExcludeModal({ row, onCancel, onConfirm }: ExcludeModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setReason(row?.excluded?.reason ?? '');
    setError(null);
  }, [row]);

  const submit = async () => {
    const c = checkReason(reason);
    if (!c.ok) {
      setError(c.message);
      return;
    }
    setSaving(true);
    try {
      await onConfirm(c.reason);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!row}
      title={row ? `排除：${row.name}（${LIST_LABEL[row.list]}）` : ''}
      okText="确认排除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {row && (
        <>
          <Typography.Paragraph type="secondary">
            拟定理由：{row.reasons.join('；') || '—'}。排除后该单位不会出现在{row.list === 'criticise' ? '通报批评' : '通报表扬'}中。
          </Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item label="排除理由（必填，随文书存档）" required validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
              <Input.TextArea
                aria-label="排除理由"
                value={reason}
                maxLength={MAX_REASON_CHARS}
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder="如：已批准延期至6月20日报送"
                onChange={(e) => {
                  setReason(e.target.value);
                  setError(null);
                }}
              />
            </Form.Item>
          </Form>
          <Space size={[4, 4]} wrap>
            <Typography.Text type="secondary">常用：</Typography.Text>
            {EXCLUDE_REASON_PRESETS.map((p) => (
              <Tag.CheckableTag key={p} checked={reason === p} onChange={() => { setReason(p); setError(null); }}>{p}</Tag.CheckableTag>
            ))}
          </Space>
        </>
      )}
    </Modal>
  );
}
