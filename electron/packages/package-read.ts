/**
 * Opens and verifies an upward package: every entry must be listed in manifest.json with the
 * right SHA-256 and size, nothing extra, the format known, the schema not from the future, and
 * the campaign the one this data folder runs. Any mismatch refuses the whole package.
 */
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import { LATEST_VERSION } from '../db/migrations/index';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type Manifest } from './package-export';

const MAX_UNZIPPED = 1024 * 1024 * 1024;

const manifestSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  software: z.object({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  campaign: z.object({ code: z.string(), name: z.string() }),
  sender: z.object({ organisation: z.string().min(1), regionCode: z.string().nullable() }),
  period: z.string().regex(/^\d{4}-\d{2}-H[12]$/),
  exportedAt: z.string(),
  entries: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) })),
});

const unitSchema = z.object({
  kind: z.string(), uscc: z.string().nullable(), licence_no: z.string().nullable(), name: z.string(), aliases_json: z.string(),
  district_code: z.string(), category: z.string(), ownership: z.enum(['公立', '社会办']), level: z.string(), provincial_direct: z.number().int(), retired_at: z.string().nullable(),
});
const valueSchema = z.object({ indicator_code: z.string(), focus_code: z.string(), value: z.number().int(), cell: z.string() });
const submissionSchema = z.object({
  period_code: z.string(), uscc: z.string().nullable(), licence_no: z.string().nullable(), institution: z.string(), version: z.number().int(),
  received_date: z.string(), file_name: z.string(), file_sha256: z.string(), identified_by: z.string(), is_nil: z.number().int(),
  work: z.record(z.string(), z.unknown()), values: z.array(valueSchema),
});
const historySchema = z.object({ period_code: z.string(), sheet: z.string(), row: z.number().int(), file_sha256: z.string(), fields: z.record(z.string(), z.unknown()) });
const issueSchema = z.object({ uscc: z.string().nullable(), licence_no: z.string().nullable(), ledger_no: z.string(), history: z.array(historySchema) }).passthrough();

export interface PackageContent {
  sha256: string;
  manifest: Manifest;
  institutions: z.infer<typeof unitSchema>[];
  submissions: z.infer<typeof submissionSchema>[];
  ledger: z.infer<typeof issueSchema>[];
}

const refuse = (m: string) => new AppError('validation', `上报数据包被拒绝：${m}，未写入任何数据。`);

export function readPackage(bytes: Uint8Array, c: Campaign): PackageContent {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, { filter: (f) => { total += f.originalSize; if (total > MAX_UNZIPPED) throw new Error('big'); return true; } });
  } catch {
    throw refuse('文件不是完整的 zip 压缩包（可能已损坏或被截断）');
  }
  if (!files['manifest.json']) throw refuse('缺少 manifest.json');
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(strFromU8(files['manifest.json']))) as Manifest;
  } catch {
    throw refuse('manifest.json 格式不正确');
  }
  if (manifest.format !== PACKAGE_FORMAT) throw refuse(`不是本软件的上报数据包（格式：${manifest.format}）`);
  if (manifest.formatVersion > PACKAGE_FORMAT_VERSION || manifest.software.schemaVersion > LATEST_VERSION) {
    throw refuse(`数据包来自更新版本的软件（${manifest.software.version}，数据库版本 ${manifest.software.schemaVersion}），请先升级本软件`);
  }
  const names = Object.keys(files).filter((n) => n !== 'manifest.json' && !n.endsWith('/'));
  for (const n of names) if (!manifest.entries[n]) throw refuse(`包内文件“${n}”未列在 manifest.json 中`);
  for (const [n, e] of Object.entries(manifest.entries)) {
    const f = files[n];
    if (!f) throw refuse(`manifest.json 列出的“${n}”不在包内`);
    if (f.length !== e.size || createHash('sha256').update(f).digest('hex') !== e.sha256) throw refuse(`“${n}”的校验值与 manifest.json 不符（文件被修改或损坏）`);
  }
  if (manifest.campaign.code !== c.code) throw refuse(`数据包属于专项“${manifest.campaign.name}”（${manifest.campaign.code}），不是当前专项“${c.name}”（${c.code}）`);
  const json = <T>(name: string, schema: z.ZodType<T>): T => {
    try { return schema.parse(JSON.parse(strFromU8(files[name]))); } catch { throw refuse(`“${name}”内容格式不正确`); }
  };
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    manifest,
    institutions: json('data/institutions.json', z.array(unitSchema)),
    submissions: json('data/submissions.json', z.array(submissionSchema)),
    ledger: json('data/ledger.json', z.array(issueSchema)),
  };
}
