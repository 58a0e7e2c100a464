import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';

interface Captured extends CliIo { out: string[]; err: string[]; docs: unknown[] }

function capture(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); },
    printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); },
    warn: (t) => { c.err.push(t); },
  };
  return c;
}

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-demo-cli-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await runCli(['--data-dir', dataDir, ...args], io);
  return { code, io };
}

describe('rectify demo', () => {
  it('creates campaign and roster, writes only returns, and prints one deterministic JSON document', async () => {
    const a = await cli(path.join(dir, 'a'), '--json', 'demo', '--institutions', '8', '--periods', '2', '--out', path.join(dir, 'out-a'), '--seed', '5');
    expect(a.code).toBe(0);
    expect(a.io.docs).toHaveLength(1);
    const doc = a.io.docs[0] as { campaign: string; campaignCreated: boolean; files: number; missing: number; periods: string[]; returns: { file: string }[]; districts: { institutions: number }[] };
    expect(doc).toMatchObject({ campaign: 'provincial-2023-20230601', campaignCreated: true, institutionsAdded: 8, periods: ['2023-06-H1', '2023-06-H2'] });
    expect(doc.files + doc.missing).toBe(16);
    expect(doc.districts.reduce((s, d) => s + d.institutions, 0)).toBe(8);
    const written = fs.readdirSync(path.join(dir, 'out-a')).sort();
    expect(written).toEqual(doc.returns.map((r) => r.file).sort());
    expect(written.every((f) => f.endsWith('.xlsx'))).toBe(true);
    const b = await cli(path.join(dir, 'b'), '--json', 'demo', '--institutions', '8', '--periods', '2', '--out', path.join(dir, 'out-b'), '--seed', '5');
    expect(b.io.docs).toEqual(a.io.docs);
    const roster = await cli(path.join(dir, 'a'), '--json', 'roster', 'list');
    expect(roster.code).toBe(0);
    expect(roster.io.docs[0]).toHaveLength(8);
  });

  it('uses the preset and start date given, and prints a readable district table', async () => {
    const r = await cli(path.join(dir, 's'), 'demo', '--institutions', '6', '--periods', '1', '--out', path.join(dir, 'out'), '--preset', 'suqian-2021');
    expect(r.code).toBe(0);
    const text = r.io.out.join('\n');
    expect(text).toContain('已创建专项：suqian-2021-20210716');
    for (const d of ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县']) expect(text).toContain(d);
  });

  it('rejects bad arguments as usage errors (exit 2)', async () => {
    const d = path.join(dir, 'u');
    expect((await cli(d, 'demo', '--institutions', '5', '--periods', '1')).code).toBe(2);
    expect((await cli(d, 'demo', '--institutions', 'many', '--periods', '1', '--out', path.join(dir, 'x'))).code).toBe(2);
    expect((await cli(d, 'demo', '--institutions', '0', '--periods', '1', '--out', path.join(dir, 'x'))).code).toBe(2);
    expect((await cli(d, 'demo', '--institutions', '3', '--periods', '1', '--out', path.join(dir, 'x'), '--start', '2023/06/01')).code).toBe(2);
  });
});
