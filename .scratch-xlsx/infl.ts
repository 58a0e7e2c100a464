import { Inflate, inflateSync } from 'fflate';
import { deflateBomb } from '../test/electron/import/xlsx/fixtures';
const bomb = deflateBomb('<a>', ' '.repeat(16), 64e6, '</a>');
for (const step of [16384, 65536, 1 << 20]) {
  const c = process.cpuUsage();
  let total = 0;
  const inf = new Inflate((chunk) => { total += chunk.length; });
  for (let i = 0; i < bomb.data.length; i += step) inf.push(bomb.data.subarray(i, Math.min(i + step, bomb.data.length)), i + step >= bomb.data.length);
  console.log(step, total, 'cpu ms', process.cpuUsage(c).user / 1000);
}
const c = process.cpuUsage();
const out = inflateSync(bomb.data);
console.log('oneshot', out.length, process.cpuUsage(c).user / 1000);
const d = new TextDecoder(); const c2 = process.cpuUsage(); let n = 0;
for (let i = 0; i < out.length; i += 1 << 20) n += d.decode(out.subarray(i, i + (1 << 20)), { stream: true }).length;
console.log('decode', n, process.cpuUsage(c2).user / 1000);
