import { deflateSync, strToU8 } from 'fflate';
for (const unit of [' ', '<c s="1"/>']) {
const raw = strToU8(unit.repeat(Math.floor(20e6/unit.length)));
const t = performance.now();
const d = deflateSync(raw, { level: 9 });
console.log(JSON.stringify(unit), raw.length, d.length, (raw.length/d.length).toFixed(0), 'ms', (performance.now()-t).toFixed(0));
}
