/** Ordered registry of migrations. Forward-only: never edit a shipped migration; add a new one. */
import type Database from 'better-sqlite3';
import * as m0010 from './0010-initial-schema';
import * as m0020 from './0020-intake';
import * as m0030 from './0030-stats-indexes';
import * as m0050 from './0050-documents-locks';
import * as m0060 from './0060-packages';
import * as m0070 from './0070-inspections-leads';
import * as m0080 from './0080-clerk-week';
import * as m0090 from './0090-leads-cases';
import * as m0095 from './0095-audit-append-only';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  { version: 10, name: '0010-initial-schema', up: m0010.up },
  { version: 20, name: '0020-intake', up: m0020.up },
  { version: 30, name: '0030-stats-indexes', up: m0030.up },
  { version: 50, name: '0050-documents-locks', up: m0050.up },
  { version: 60, name: '0060-packages', up: m0060.up },
  { version: 70, name: '0070-inspections-leads', up: m0070.up },
  { version: 80, name: '0080-clerk-week', up: m0080.up },
  { version: 90, name: '0090-leads-cases', up: m0090.up },
  { version: 95, name: '0095-audit-append-only', up: m0095.up },
];

for (let i = 1; i < MIGRATIONS.length; i++) {
  if (MIGRATIONS[i].version <= MIGRATIONS[i - 1].version) throw new Error('migrations out of order');
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
