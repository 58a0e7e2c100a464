import { Zip, ZipDeflate, strToU8 } from 'fflate';
const t0 = performance.now();
const out = []; let size = 0;
const zip = new Zip((err, data) => { if (err) throw err; out.push(data); size += data.length; });
const f = new ZipDeflate('x.xml', { level: 1 }); zip.add(f);
const chunk = strToU8('<row><c><v>1</v></c></row>'.repeat(40000));
let total = 0;
while (total < 300e6) { f.push(chunk); total += chunk.length; }
f.push(new Uint8Array(0), true); zip.end();
console.log('ms', performance.now() - t0, 'compressed', size, 'raw', total);
