import { writeReturnTemplate } from '../electron/templates/return-writer';
import { provincial2023 } from '../shared/presets/provincial-2023';
import { campaignCode } from '../shared/domain/campaign';
import { makePeriod } from '../shared/domain/period';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
const d = provincial2023();
const campaign = { ...d, code: campaignCode(d.preset, d.startDate) };
const period = { ...makePeriod(2023, 6, 1), due: '2023-06-17', phase: null };
const t0 = Date.now();
const buf = await writeReturnTemplate({ campaign, period, institution: { uscc: '12321300MB1234567X', licenceNo: null, name: '宿迁市第一人民医院' },
  openIssues: [{ ledgerNo: '2023-321302-0001', focusCode: 'F2', category: '违规收费', source: '自查自纠', foundDate: '2023-06-03', persons: '检验科', description: '部分检验项目重复收费', amountFen: 123450, severity: '一般', measures: '退还患者费用', respPerson: '张三', deadline: '2023-06-30', status: '整改中', completionDate: null, penalties: null, fineFen: null, caseOpened: null, typical: false, remarks: null }] });
console.log('ms', Date.now() - t0, buf.length);
fs.writeFileSync('/tmp/scratch/t.xlsx', buf);
const wb = new ExcelJS.Workbook(); await wb.xlsx.load(buf);
console.log(wb.worksheets.map(w => [w.name, w.state]));
const l = wb.getWorksheet('问题台账')!;
console.log(l.getCell('B4').dataValidation, l.getCell('B100').dataValidation, l.getCell('E4').value, l.getCell('A4').protection, l.sheetProtection);
