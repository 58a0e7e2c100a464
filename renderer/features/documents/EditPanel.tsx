/**
 * 修改段落: every editable paragraph of the document, grouped by section, each in a textarea.
 * A changed paragraph is marked; 撤销 puts back the text the preview shows; 保存修改 sends only
 * what differs from the generated wording.
 */
import { Alert, Button, Collapse, Flex, Input, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { DocumentPreview } from '../../../shared/ipc/contract/documents';
import { draftText, draftProblems, groupBlocks, staleNamings } from '../../lib/document-edits';

export interface EditPanelProps {
  preview: DocumentPreview;
  drafts: Record<string, string>;
  dirty: string[];
  onChange: (id: string, text: string) => void;
  onSave: () => void;
  saving: boolean;
  disabled: boolean;
}

export function EditPanel({ preview, drafts, dirty, onChange, onSave, saving, disabled }: EditPanelProps) {
  const groups = useMemo(() => groupBlocks(preview.editable), [preview.editable]);
  const problems = useMemo(() => draftProblems(preview.editable, drafts), [preview.editable, drafts]);
  const dirtySet = new Set(dirty);
  const texts = Object.fromEntries(preview.editable.map((b) => [b.id, draftText(b, drafts)]));
  const named = staleNamings({ ...preview.overrides, ...texts }, preview.excluded).filter((n) => Object.hasOwn(preview.overrides, n.id) || dirtySet.has(n.id));
  const overridden = Object.keys(preview.overrides).length;

  return (
    <Flex vertical gap={8} className="rd-doc-edit">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">
          {overridden ? `已保存 ${overridden} 处修改，重新生成时保留。` : '直接修改下面的段落，保存后重新生成时保留。'}
          {dirty.length ? ` 未保存：${dirty.length} 段。` : ''}
        </Typography.Text>
        <Button type="primary" onClick={onSave} loading={saving} disabled={disabled || !!problems.length || (!dirty.length)}>保存修改</Button>
      </Flex>
      {problems.length > 0 && <Alert type="error" showIcon message="还不能保存" description={<ul className="rd-doc-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      {named.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message="修改过的点名段落中仍有已排除的单位"
          description={`${[...new Set(named.map((n) => n.name))].join('、')}已在“点名审核”中排除，但手工修改的段落里仍写着，请在段落中删去。`}
        />
      )}
      <Collapse
        size="small"
        defaultActiveKey={groups.map((g) => g.section)}
        items={groups.map((g) => ({
          key: g.section,
          label: (
            <span>
              {g.section}
              {g.items.some((i) => dirtySet.has(i.block.id) || Object.hasOwn(preview.overrides, i.block.id)) && <Tag color="blue" className="rd-doc-tag">有修改</Tag>}
            </span>
          ),
          children: (
            <Flex vertical gap={12}>
              {g.items.map(({ block, title }) => {
                const isDirty = dirtySet.has(block.id);
                const saved = Object.hasOwn(preview.overrides, block.id);
                return (
                  <div key={block.id} className="rd-doc-block" data-block={block.id}>
                    <Flex justify="space-between" align="center" gap={8}>
                      <Typography.Text strong>{title}</Typography.Text>
                      <span>
                        {saved && !isDirty && <Tag color="blue">已修改</Tag>}
                        {isDirty && <Tag color="orange">未保存</Tag>}
                        {isDirty && <Button size="small" type="link" onClick={() => onChange(block.id, block.text)}>撤销</Button>}
                      </span>
                    </Flex>
                    <Input.TextArea
                      aria-label={`${g.section} ${title}`}
                      value={draftText(block, drafts)}
                      autoSize={{ minRows: 2, maxRows: 12 }}
                      disabled={disabled}
                      onChange={(e) => onChange(block.id, e.target.value)}
                    />
                  </div>
                );
              })}
            </Flex>
          ),
        }))}
      />
    </Flex>
  );
}
