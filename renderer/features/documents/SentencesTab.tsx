/**
 * 句式设置: the sentence templates the documents are written from. Each can be reworded; the
 * `{placeholders}` it uses are explained (all it may use on demand, click to insert), unknown
 * ones are flagged (they would print "—"), and 恢复默认 brings back the built-in wording.
 */
import { App as AntApp, Alert, Button, Card, Flex, Input, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { checkTemplate, offeredPlaceholders, placeholdersIn } from '../../lib/sentence-placeholders';

interface Sentence {
  key: string;
  label: string;
  text: string;
  isDefault: boolean;
}

function SentenceCard({ s, onSaved }: { s: Sentence; onSaved: (next: Sentence) => void }) {
  const { message } = AntApp.useApp();
  const [text, setText] = useState(s.text);
  const [saving, setSaving] = useState(false);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => setText(s.text), [s.text]);
  const check = checkTemplate(s.key, text);
  const offered = offeredPlaceholders(s.key);
  const used = new Set(placeholdersIn(text));
  const changed = text !== s.text;

  const save = async (value: string | null) => {
    setSaving(true);
    try {
      const r = await api.invoke('documents:set-sentence', { key: s.key, text: value });
      onSaved({ ...s, text: r.text, isDefault: value === null || !value.trim() });
      message.success(value === null ? `“${s.label}”已恢复默认句式` : `“${s.label}”已保存，下次生成文书时使用`);
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      className="rd-sentence"
      data-key={s.key}
      title={<span>{s.label} {s.isDefault ? <Tag>默认</Tag> : <Tag color="blue">已修改</Tag>}</span>}
      extra={(
        <Flex gap={8}>
          <Button size="small" disabled={s.isDefault || saving} onClick={() => void save(null)}>恢复默认</Button>
          <Button size="small" type="primary" loading={saving} disabled={!changed || check.empty} onClick={() => void save(text)}>保存</Button>
        </Flex>
      )}
    >
      <Input.TextArea aria-label={`句式 ${s.label}`} value={text} autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} onChange={(e) => setText(e.target.value)} />
      {s.key === 'nextSteps' && <Typography.Text type="secondary" className="rd-sentence-hint">每行一条；每行第一个句号前的文字作为小标题。</Typography.Text>}
      <Flex gap={4} wrap align="center" className="rd-sentence-places">
        <Typography.Text type="secondary">{showAll ? '可用占位符（点击插入到末尾）：' : '本句用到：'}</Typography.Text>
        {Object.entries(offered).filter(([name]) => showAll || used.has(name)).map(([name, meaning]) => (
          <Tag
            key={name}
            className="rd-sentence-place"
            color={used.has(name) ? 'processing' : undefined}
            onClick={showAll ? () => setText((t) => `${t}{${name}}`) : undefined}
          >
            {`{${name}}`} {meaning}
          </Tag>
        ))}
        <Button size="small" type="link" onClick={() => setShowAll((v) => !v)}>
          {showAll ? '收起' : `全部可用占位符（${Object.keys(offered).length}个）`}
        </Button>
      </Flex>
      {check.empty && <Alert type="error" showIcon message="句式不能为空；要用默认句式请点“恢复默认”" />}
      {check.unknown.length > 0 && <Alert type="warning" showIcon message={`${check.unknown.map((u) => `{${u}}`).join('、')} 不是这个句式可用的占位符，生成时会印成“—”。请检查拼写（区分大小写）。`} />}
      {check.strayBraces && <Alert type="warning" showIcon message="有不成对或含空格、中文的花括号，会原样印出；占位符应写成 {英文名}，例如 {reportRate}。" />}
      {!check.empty && check.unused.length > 0 && <Typography.Text type="secondary">默认句式用到但这里没有用的：{check.unused.map((u) => `{${u}}`).join('、')}</Typography.Text>}
    </Card>
  );
}

export function SentencesTab() {
  const q = useApiQuery('documents:sentences', {});
  const [rows, setRows] = useState<Sentence[]>([]);
  useEffect(() => setRows(q.data ?? []), [q.data]);
  if (q.loading && !rows.length) return <Spin style={{ display: 'block', marginTop: 40 }} />;
  if (q.error) return <Alert type="error" showIcon message={describeError(q.error)} />;
  return (
    <Flex vertical gap={12} className="rd-sentences">
      <Alert
        type="info"
        showIcon
        message="文书中的句子按这里的句式生成"
        description="花括号中的 {占位符} 在生成时换成统计数字或名称，其余文字原样印出。修改只影响之后生成的文书，已印发存档的文书不变；单份文书中个别句子的调整请在文书的“修改段落”中进行。"
      />
      {rows.map((s) => (
        <SentenceCard key={s.key} s={s} onSaved={(next) => setRows((all) => all.map((x) => (x.key === next.key ? next : x)))} />
      ))}
    </Flex>
  );
}
