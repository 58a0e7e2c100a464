/**
 * One editable list of the campaign (phases, focus areas, departments, deliverables): a compact
 * grid of rows with add/remove, and the section's own errors (e.g. 代码重复) above it.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Row, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import type { ListKey } from '../../lib/campaign-fields';

export interface ListColumn {
  field: string;
  label: string;
  span: number;
  kind?: 'text' | 'date';
  placeholder?: string;
  required?: string; // message when empty
  maxLength?: number;
}

export interface CampaignListSectionProps {
  name: ListKey;
  title: string;
  hint?: ReactNode;
  columns: ListColumn[];
  addText: string;
  /** The row a click on “添加” appends; gets the current rows (to number codes). */
  newRow: (rows: Record<string, unknown>[]) => Record<string, unknown>;
  errors?: string[];
  minRows?: number;
  disabled?: boolean;
}

export function CampaignListSection({ name, title, hint, columns, addText, newRow, errors, minRows = 0, disabled }: CampaignListSectionProps) {
  const form = Form.useFormInstance();
  return (
    <div className="rd-list-section" data-section={name}>
      <Typography.Title level={5} style={{ marginTop: 8 }}>{title}</Typography.Title>
      {hint ? <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{hint}</Typography.Paragraph> : null}
      {errors?.length ? <Alert type="error" showIcon style={{ marginBottom: 8 }} message={errors.join('；')} /> : null}
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.length > 0 && (
              <Row gutter={8} className="rd-list-head">
                {columns.map((c) => (
                  <Col key={c.field} span={c.span}>
                    <Typography.Text type="secondary">{c.required ? <span className="rd-required">*</span> : null}{c.label}</Typography.Text>
                  </Col>
                ))}
              </Row>
            )}
            {fields.map((f, index) => (
              <Row gutter={8} key={f.key} align="top">
                {columns.map((c) => (
                  <Col key={c.field} span={c.span}>
                    <Form.Item
                      name={[f.name, c.field]}
                      rules={c.required ? [{ required: true, whitespace: true, message: c.required }] : undefined}
                      style={{ marginBottom: 8 }}
                    >
                      {c.kind === 'date'
                        ? <IsoDatePicker style={{ width: '100%' }} placeholder="未定" disabled={disabled} aria-label={`${title}${index + 1}${c.label}`} />
                        : <Input placeholder={c.placeholder} maxLength={c.maxLength} disabled={disabled} aria-label={`${title}${index + 1}${c.label}`} />}
                    </Form.Item>
                  </Col>
                ))}
                <Col flex="none">
                  <Tooltip title="删除此行">
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`删除${title}${index + 1}`}
                      disabled={disabled || fields.length <= minRows}
                      onClick={() => remove(f.name)}
                    />
                  </Tooltip>
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={disabled}
              onClick={() => add(newRow((form.getFieldValue(name) as Record<string, unknown>[] | undefined) ?? []))}
            >
              {addText}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}
