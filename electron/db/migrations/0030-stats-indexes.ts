/**
 * Indexes for the statistics engine (electron/db/repos/stats-repo.ts):
 * - submissions_stats: the counted returns (is_current = 1, state = 'accepted') by unit and
 *   period with the received date, so reporting status and the value joins read the index only;
 * - ledger_stats: the ledger by institution and focus area with the columns the D1–D5 counts
 *   test, so the per-unit aggregation streams in index order without touching the table and the
 *   per-issue snapshot lookup gets the issue id from the index;
 * - ledger_snapshots_period: an issue's snapshots by period with status and deadline, so "the
 *   latest counted snapshot ≤ a cut-off" is one short backwards walk that never reads the
 *   snapshot's JSON.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE INDEX submissions_stats ON submissions(campaign_id, is_current, state, institution_id, period_code, received_date);
    CREATE INDEX ledger_stats ON ledger_issues(campaign_id, institution_id, focus_code, first_period, last_period, status, deadline);
    CREATE INDEX ledger_snapshots_period ON ledger_snapshots(issue_id, period_code, status, deadline, submission_id);
  `);
}
