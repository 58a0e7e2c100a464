import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { LockView, SafekeepingContract } from '../../../shared/ipc/contract/safekeeping';
import { backupTo, restoreFrom } from '../../services/backup-service';
import { today, type AppContext } from '../../services/app-context';
import { periodRows, requireCampaign } from '../../services/campaign-service';
import { lockOf, lockPeriod, reopenPeriod } from '../../services/period-lock-service';

function locks(ctx: AppContext): LockView[] {
  const c = requireCampaign(ctx);
  return periodRows(c).map((p) => {
    const l = lockOf(ctx.db, c.id, p.code);
    return { period: p.code, label: p.label, locked: !!l, reason: l?.reason ?? null, at: l?.at ?? null, operator: l?.operator ?? null };
  });
}

/** Backups go through a private temp file: the browser receives bytes, never a server path. */
export function safekeepingHandlers(ctx: AppContext): HandlersFor<SafekeepingContract> {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-backup-'));
  return {
    'backup:create': () => {
      const dir = tmp();
      try {
        const file = path.join(dir, 'backup.db');
        backupTo(ctx, file);
        return { fileName: `rectify-备份-${today(ctx)}.db`, base64: fs.readFileSync(file).toString('base64'), mime: 'application/vnd.sqlite3' };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    'backup:restore': ({ file }) => {
      const dir = tmp();
      try {
        const f = path.join(dir, 'restore.db');
        fs.writeFileSync(f, Buffer.from(file.base64, 'base64'));
        return restoreFrom(ctx, f);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    'period:locks': () => locks(ctx),
    'period:set-lock': ({ period, locked, reason }) => {
      const c = requireCampaign(ctx);
      if (locked) lockPeriod(ctx, c, period, reason);
      else reopenPeriod(ctx, c, period, reason);
      return locks(ctx);
    },
  };
}
