/**
 * Where returns are handed over: drop files, whole folders (sub-folders included) or zips on the
 * area, or choose files / a folder with the buttons. Files that cannot be returns (photos, Word
 * notes, Office lock files) are left out and counted; the list shows what will be checked.
 */
import { DeleteOutlined, FileAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Table, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { mergeUploads, formatBytes, totalBytes, MAX_BATCH_BYTES, type PendingUpload } from '../../lib/intake-upload';

export interface UploadPickerProps {
  uploads: PendingUpload<File>[];
  onChange: (next: PendingUpload<File>[]) => void;
  disabled?: boolean;
  /** After a check: only the summary line (the report below is what matters), the list on demand. */
  collapsed?: boolean;
}

const ACCEPT = '.xlsx,.xlsm,.xls,.zip,.et,.ett,.rar,.7z,.csv,.ods';

export function UploadPicker({ uploads, onChange, disabled, collapsed }: UploadPickerProps) {
  const { message } = AntApp.useApp();
  const [showList, setShowList] = useState(false);

  // antd calls beforeUpload once per file with the whole batch; add the batch on its first file.
  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    if (file === batch[0]) {
      const r = mergeUploads(uploads, batch as File[]);
      onChange(r.list);
      const added = r.list.length - uploads.length;
      const notes = [
        r.skipped.length ? `忽略 ${r.skipped.length} 个非报表文件（如 ${r.skipped[0]}）` : '',
        r.duplicates ? `${r.duplicates} 个文件已在列表中` : '',
      ].filter(Boolean);
      if (added || notes.length) message.info([`已添加 ${added} 个文件`, ...notes].join('；'));
    }
    return Upload.LIST_IGNORE;
  };

  const size = totalBytes(uploads);
  return (
    <div className="rd-upload-picker">
      {collapsed ? null : (
        <Upload.Dragger directory multiple showUploadList={false} beforeUpload={beforeUpload} disabled={disabled} className="rd-upload-drop">
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">把收到的填报表拖到这里：可以一次拖入多个文件、整个文件夹或 zip 压缩包</p>
          <p className="ant-upload-hint">点击此处选择文件夹（含子文件夹）；支持 .xlsx / .xlsm / .xls 和 .zip，其他文件自动忽略</p>
        </Upload.Dragger>
      )}
      <Flex gap={8} wrap align="center" style={{ margin: '8px 0' }}>
        <Upload multiple accept={ACCEPT} showUploadList={false} beforeUpload={beforeUpload} disabled={disabled} className="rd-upload-files">
          <Button icon={<FileAddOutlined />} disabled={disabled}>选择文件（可多选）</Button>
        </Upload>
        <Upload directory showUploadList={false} beforeUpload={beforeUpload} disabled={disabled} className="rd-upload-folder">
          <Button icon={<FolderOpenOutlined />} disabled={disabled}>选择文件夹</Button>
        </Upload>
        {uploads.length ? (
          <>
            <Typography.Text>已选 {uploads.length} 个文件，共 {formatBytes(size)}</Typography.Text>
            {collapsed ? <Button type="link" onClick={() => setShowList((v) => !v)}>{showList ? '收起文件列表' : '查看文件列表'}</Button> : null}
            <Button type="link" danger disabled={disabled} onClick={() => onChange([])}>清空</Button>
          </>
        ) : null}
      </Flex>
      {size > MAX_BATCH_BYTES ? (
        <Typography.Text type="danger">文件总大小超过 {formatBytes(MAX_BATCH_BYTES)}，请分批导入（例如按区县分几次拖入）。</Typography.Text>
      ) : null}
      {uploads.length && (!collapsed || showList) ? (
        <Table<PendingUpload<File>>
          size="small"
          className="rd-upload-list"
          rowKey={(u) => `${u.name}\u0000${u.size}`}
          dataSource={uploads}
          pagination={uploads.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
          columns={[
            { title: '文件', dataIndex: 'name', render: (v: string) => <span className="rd-file-name">{v}</span> },
            { title: '大小', dataIndex: 'size', width: 100, render: (v: number) => formatBytes(v) },
            {
              title: '', key: 'remove', width: 60,
              render: (_v, u) => (
                <Button type="text" size="small" aria-label={`移除 ${u.name}`} icon={<DeleteOutlined />} disabled={disabled}
                  onClick={() => onChange(uploads.filter((x) => x !== u))} />
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
