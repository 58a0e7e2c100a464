import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { displayWidth, textTable } from '../../../electron/cli/text-table';
import { tempContext } from '../../helpers/context';
import { P1, P2, seedStatsFixture } from '../../helpers/stats-seed';

let dataDir: string;

beforeAll(() => {
  const ctx = tempContext();
  seedStatsFixture(ctx);
  dataDir = ctx.dataDir;
  ctx.db.close();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const io: CliIo = {
    json: false,
    print: (t) => { if (!io.json) out += t.endsWith('\n') ? t : `${t}\n`; },
    printJson: (v) => { out += `${JSON.stringify(v, null, 2)}\n`; },
    warn: (t) => { err += `${t}\n`; },
  };
  const code = await runCli(['--data-dir', dataDir, ...argv], io);
  return { code, out, err };
}

describe('stats', () => {
  it('prints one deterministic JSON document with --json', async () => {
    const a = await cli('--json', 'stats', '--period', P2);
    const b = await cli('--json', 'stats', '--period', P2);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const doc = JSON.parse(a.out);
    expect(doc.mode).toBe('period');
    expect(doc.totals.C1).toMatchObject({ period: 6, cumulative: 16, previous: 10 });
    expect(doc.reporting.period).toMatchObject({ due: 6, onTime: 4, late: 1, missing: 1 });
    expect(a.out).not.toMatch(/"(id|institutionId|issueId|createdAt|importedAt)"/);
  });

  it('breaks down with --by and --cumulative', async () => {
    const r = await cli('--json', 'stats', '--period', P2, '--cumulative', '--by', 'district,focus', '--indicators', 'D1,D3');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.mode).toBe('cumulative');
    expect(doc.dims).toEqual(['district', 'focus']);
    expect(doc.rows).toHaveLength(8);
    expect(doc.rows[0].keys.map((k: { label: string }) => k.label)).toEqual(['宿城区', '医托']);
    expect(Object.keys(doc.rows[0].figures)).toEqual(['D1', 'D3']);
  });

  it('prints aligned Chinese tables', async () => {
    const r = await cli('stats', '--period', P2, '--by', 'district', '--cumulative', '--indicators', 'C1,D3');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('区县'));
    const table = lines.slice(header, header + 5);
    expect(table[2]).toMatch(/^宿城区\s+13\s+66\.7%$/);
    expect(table[4]).toMatch(/^合计\s+16\s+40\.0%$/);
    expect(new Set(table.map(displayWidth)).size).toBe(1); // every line as wide as the header
    const summary = await cli('stats', '--period', P2);
    expect(summary.out).toMatch(/C1\s+出动检查（督查）人员\s+人次\s+6\s+10\s+较上期减少4人次/);
    expect(summary.out).toContain('本期报送：应报6  已报5（按时4、逾期1）  未报1');
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await cli('stats')).code).toBe(2);
    const bad = await cli('stats', '--period', P2, '--by', 'hospital');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不支持的分组维度：hospital');
    expect((await cli('stats', '--period', P2, '--indicators', 'Z9')).code).toBe(2);
    const outside = await cli('stats', '--period', '2022-01-H1');
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('不在专项');
  });
});

describe('status', () => {
  it('prints districts, units and the reminder; JSON without internal ids', async () => {
    const r = await cli('status', '--period', P1);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/宿城区\s+3\s+2\s+1\s+0\s+100\.0%\s+66\.7%/);
    expect(r.out).toMatch(/宿城区\s+丙医院\s+逾期3天\s+2023-06-20\s+第2版\s+2/);
    expect(r.out).toContain('1. 宿豫区 戊门诊部：未报');
    const j = await cli('--json', 'status', '--period', P1);
    const doc = JSON.parse(j.out);
    expect(doc.rows).toHaveLength(6);
    expect(doc.rows[0]).not.toHaveProperty('institutionId');
    expect(j.out).not.toMatch(/"(id|institutionId)"/);
    expect(j.out).toBe((await cli('--json', 'status', '--period', P1)).out);
  });
});

describe('export', () => {
  it('writes the 汇总表 workbook', async () => {
    const out = path.join(dataDir, 'out', '汇总表.xlsx');
    const r = await cli('export', '--period', P2, '--out', out);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await cli('export', '--period', P2, '--out', path.join(dataDir, 'x.csv'))).code).toBe(2);
  });
});

describe('textTable', () => {
  it('aligns by display width and right-aligns numeric columns', () => {
    expect(displayWidth('宿城区ab')).toBe(8);
    expect(textTable(['区县', '数'], [['宿城区', '5'], ['合计', '12']]).split('\n')).toEqual(['区县    数', '------  --', '宿城区   5', '合计    12']);
  });
});
