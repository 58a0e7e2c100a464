/**
 * What the inspection/lead features need beyond 0070: a lead's focus area (so a substantiated
 * lead can become a ledger issue under the right 整治重点) and the date it was verified (核查日期:
 * 已核查 counts "to date" at a past cut-off need it, the current status alone cannot say when);
 * the date a typical case was exposed (F5 曝光典型案例数 is a flow, so it needs a date) on each of
 * the three record kinds; lookup indexes for the issue links.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE leads ADD COLUMN focus_code TEXT;
    ALTER TABLE leads ADD COLUMN verified_date TEXT;
    ALTER TABLE leads ADD COLUMN exposed_date TEXT;
    ALTER TABLE inspections ADD COLUMN exposed_date TEXT;
    ALTER TABLE ledger_issues ADD COLUMN exposed_date TEXT;
    CREATE INDEX leads_issue ON leads(issue_id);
    CREATE INDEX inspection_findings_issue ON inspection_findings(issue_id);
    CREATE INDEX inspections_inst ON inspections(institution_id, inspected_date);
  `);
}
