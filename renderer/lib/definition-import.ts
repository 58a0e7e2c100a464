/** Reading a 专项定义 import (sent down by the superior) for the confirm step, in the clerk's words. */
import type { DefinitionImportReport } from '../../shared/ipc/contract/campaign';

export interface DefinitionSummary {
  headline: string;
  lines: string[];
}

const CAMPAIGN_TEXT: Record<DefinitionImportReport['campaign'], string> = {
  create: '将新建专项',
  update: '将按上级的新定义更新专项',
  unchanged: '专项定义与本地一致',
};

export function definitionSummary(r: DefinitionImportReport): DefinitionSummary {
  const n = r.institutions;
  const head = r.committed ? CAMPAIGN_TEXT[r.campaign].replace(/^将/, '已') : CAMPAIGN_TEXT[r.campaign];
  const headline = `${head}“${r.name}”（代码 ${r.code}${r.district ? `，${r.district.name}` : ''}）`;
  const lines = [
    `机构名册：文件中 ${n.total} 个机构，新增 ${n.added} 个，更新 ${n.updated} 个，不变 ${n.unchanged} 个${n.skipped ? `，跳过 ${n.skipped} 个` : ''}。`,
    ...r.skipped.map((s) => `跳过“${s.name}”（${s.uscc ?? s.licenceNo ?? '无代码'}）：本地名册有同名机构但代码不同，未自动合并，请在“机构名册”中核对。`),
    ...r.notes,
  ];
  if (r.campaign === 'update') lines.push('本局的发文机关、文号前缀、上报对象、区域和主送抄送保持不变。');
  return { headline, lines };
}
