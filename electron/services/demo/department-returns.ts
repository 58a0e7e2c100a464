/**
 * Optional demo extra (`demo --with-department-returns DIR2`): one filled return per partner
 * department × simulated period, in their own folder — never in the returns folder, which holds
 * one return per institution × period and nothing else. Not imported; `import DIR2` brings them in.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Campaign } from '../../../shared/domain/campaign';
import { departmentIndicators, departmentUnitName } from '../../../shared/domain/department-indicators';
import { returnFileName } from '../../../shared/domain/return-template';
import { addDays } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { writeDepartmentTemplate } from '../../templates/department-writer';
import { partnerDepartments } from '../department-service';
import type { Rng } from './prng';

export interface DemoDepartmentFile {
  path: string;
  department: string;
  period: string;
}

/** Figures a department might report in half a month: mostly small counts, money in 元. */
function figures(rng: Rng, codes: { code: string; input?: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of codes) {
    if (d.code === 'BM1') out[d.code] = rng.int(6, 40);
    else if (d.code === 'BM2' || d.code === 'YJ1') out[d.code] = rng.int(3, 25);
    else if (d.input === 'money') out[d.code] = rng.chance(0.5) ? rng.int(1, 60) * 500 : 0;
    else out[d.code] = rng.poisson(1.2);
  }
  return out;
}

export async function writeDepartmentReturns(c: Campaign, periods: PeriodRow[], dir: string, rng: Rng): Promise<DemoDepartmentFile[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: DemoDepartmentFile[] = [];
  for (const d of partnerDepartments(c)) {
    const drng = rng.fork(`department:${d.code}`);
    for (const p of periods) {
      if (drng.chance(0.12)) continue; // now and then a department does not report
      const sent = new Date(`${addDays(p.due, drng.int(-2, 2))}T10:00:00`);
      const bytes = await writeDepartmentTemplate({
        campaign: c, period: p, department: d, values: figures(drng, departmentIndicators(d)), createdAt: sent,
        work: { measures: `${d.name}部门按照任务分工，本期开展联合执法检查，依法查处违法违规行为。`, filler: `${d.name}联络员`, phone: '0527-8000' + drng.int(1000, 9999) },
      });
      const file = path.join(dir, returnFileName(p.label, departmentUnitName(d)));
      fs.writeFileSync(file, bytes);
      fs.utimesSync(file, sent, sent);
      out.push({ path: file, department: d.name, period: p.code });
    }
  }
  return out;
}
