/**
 * Import benchmark: 3,000 filled returns (about 20 indicator cells and 10 ledger rows each) read,
 * validated and committed end to end into a fresh data folder. Prints JSON. When python3 with
 * pandas and openpyxl exists, the same files are merely read by pandas+openpyxl in the same run
 * and the speed ratio is reported (target: ours ≥ 5× faster). Target: ≤ 15 s on 2 cores.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importFiles } from '../electron/import/import-service';
import { makeUscc } from '../shared/domain/uscc';
import { addUnits, tempContext, withCampaign } from '../test/helpers/context';
import { buildReturn } from '../test/helpers/returns';

const N = Number(process.env.BENCH_FILES ?? 3000);
const FOCUS = ['医托', '乱收费', '诱导消费', '医德医风'];

async function baseWorkbook(code: string): Promise<Record<string, Uint8Array>> {
  const ledger = Array.from({ length: 10 }, (_, i) => ({ 台账编号: `LEDGERNO-${i}`, 整治重点: FOCUS[i % 4], 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: `问题描述第${i}条：门诊收费处重复收取检查费`, 整改时限: '2023-06-30', 整改状态: '整改中', 整改措施: '退还费用，加强培训' }));
  const bytes = await buildReturn({ meta: { campaign: code, period: '2023-06-H1', uscc: 'USCCPLACEHOLDER0000', name: 'NAMEPLACEHOLDER' }, focusNames: FOCUS,
    general: { B1: '是', C1: 12, H2: 2, H2P: 80, H1: 1, G1: 3, G2: 3, G3: 2, G4: 1 }, focus: { B3: [3, 2, 1, 0], D7: [1, 1, 0, 0], C2: [2, 1, 1, 0], E4: [1000, 0, 0, 500] }, ledger, work: { 主要工作措施: '成立专班，召开推进会。' } });
  return unzipSync(bytes);
}

function variant(base: Record<string, Uint8Array>, uscc: string, name: string): Uint8Array {
  const ss = strFromU8(base['xl/sharedStrings.xml']).replace('USCCPLACEHOLDER0000', uscc).replace('NAMEPLACEHOLDER', name);
  return zipSync({ ...base, 'xl/sharedStrings.xml': strToU8(ss) }, { level: 6 });
}

function pandasBaseline(dir: string): number | null {
  const probe = spawnSync('python3', ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const script = `import glob,time,pandas as pd\nt=time.time()\nfor f in glob.glob(${JSON.stringify(dir + '/*.xlsx')}):\n  pd.read_excel(f, sheet_name=None, engine='openpyxl')\nprint(time.time()-t)`;
  return Number(execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim());
}

export async function benchImport() {
  const ctx = tempContext(new Date('2023-06-16T09:00:00+08:00'));
  const c = withCampaign(ctx);
  const units = addUnits(ctx, Array.from({ length: N }, (_, i) => ({ name: `基准测试医院${i + 1}`, uscc: makeUscc('12', '321302', String(10_000_000 + i)) })));
  const base = await baseWorkbook(c.code);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-bench-'));
  const files = units.map((u, i) => {
    const bytes = variant(base, u.uscc, u.name);
    fs.writeFileSync(path.join(dir, `f${i}.xlsx`), bytes);
    return { name: `f${i}.xlsx`, bytes };
  });
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  const t0 = performance.now();
  const report = await importFiles(ctx, files, [], { dryRun: false, received: '2023-06-16' });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const pandas = pandasBaseline(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  ctx.db.close();
  return {
    name: 'import', files: N, seconds: Number(seconds.toFixed(2)), target_seconds: 15, pass: seconds <= 15,
    accepted: report.totals.accepted + report.totals.warning, rejected: report.totals.rejected, peak_rss_mb: Math.round(peak / 1024 / 1024),
    pandas_openpyxl_read_seconds: pandas, speedup_vs_pandas: pandas ? Number((pandas / seconds).toFixed(1)) : null,
    pandas_note: pandas === null ? 'python3 with pandas+openpyxl not installed: baseline skipped' : undefined,
  };
}

if (process.argv[1]?.endsWith('import.ts')) benchImport().then((r) => console.log(JSON.stringify(r, null, 2)));
