import fs from 'fs';
const files = fs.readdirSync(process.argv[2]).map(f => process.argv[2] + '/' + f);
const f = files.sort((a,b)=>fs.statSync(b).size - fs.statSync(a).size)[0];
const p = JSON.parse(fs.readFileSync(f));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = p.timeDeltas; let total = 0;
const counts = new Map();
p.samples.forEach((s, i) => { counts.set(s, (counts.get(s) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
for (const [id, t] of counts) { const n = byId.get(id); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').slice(-2).join('/') + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + t); }
[...self].sort((a,b)=>b[1]-a[1]).slice(0, 30).forEach(([k,t]) => console.log((t/total*100).toFixed(1)+'%', k));
