import { buildReturnWorkbook, workbookToBuffer } from '../electron/templates/return-writer';
import { provincial2023 } from '../shared/presets/provincial-2023';
import { campaignCode } from '../shared/domain/campaign';
import { makePeriod } from '../shared/domain/period';
const d = provincial2023();
const campaign = { ...d, code: campaignCode(d.preset, d.startDate) };
const period = { ...makePeriod(2023, 6, 1), due: '2023-06-17', phase: null };
for (const rows of [200, 200, 200, 30, 30]) {
  let t0 = Date.now();
  const { workbook } = await buildReturnWorkbook({ campaign, period, institution: { uscc: '12321300MB1234567X', licenceNo: null, name: 'x' }, emptyLedgerRows: rows });
  const t1 = Date.now();
  const raw = 0;
  const t2 = Date.now();
  await workbookToBuffer(workbook, { lockStructure: true });
  console.log(rows, t1 - t0, t2 - t1, Date.now() - t2);
}
