/**
 * `npm run bench`: runs every benchmark in its own process (clean memory and timing) and prints
 * one JSON document with each figure next to its target and, for the import, the pandas+openpyxl
 * baseline measured in the same run when python3 has them. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';

const BENCHES: [string, string[]][] = [
  ['import', ['bench/import.ts']],
  ['stats', ['bench/stats.ts']],
  ['documents', ['bench/documents.ts']],
  ['xlsx-read', ['bench/xlsx-read.ts']],
];

const results: Record<string, unknown> = {};
for (const [name, args] of BENCHES) {
  process.stderr.write(`基准测试 ${name} …\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
  const out = r.stdout.trim();
  const start = out.lastIndexOf('\n{') >= 0 ? out.lastIndexOf('\n{') + 1 : out.indexOf('{');
  try {
    results[name] = JSON.parse(out.slice(start));
  } catch {
    results[name] = { error: `exit ${r.status}`, stderr: r.stderr.slice(-2000) };
  }
}
console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }, null, 2));
