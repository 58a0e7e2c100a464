/** Registry of CLI commands, in the order `help` lists them. */
import type { CliCommand } from '../types';
import { campaignCommand, initCommand, periodsCommand } from './campaign';
import { rosterCommand } from './roster';
import { templateCommand } from './template';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { backupCommand, restoreCommand } from './backup';
import { packageCommand } from './package';
import { periodCommand } from './period';
import { correctCommand, exceptionCommand, submissionCommand } from './clerk';
import { bulletinCommand, summaryCommand } from './documents';
import { inspectionCommand } from './inspection';
import { leadCommand } from './lead';
import { casesCommand } from './cases';
import { departmentCommand } from './department';
import { auditCommand } from './audit';
import { statsCommand } from './stats';
import { statusCommand } from './status';
import { exportCommand } from './export';
import { provinceFormCommand } from './province-form';

export const COMMANDS: CliCommand[] = [
  initCommand,
  campaignCommand,
  periodsCommand,
  rosterCommand,
  templateCommand,
  demoCommand,
  importCommand,
  packageCommand,
  periodCommand,
  exceptionCommand,
  submissionCommand,
  correctCommand,
  bulletinCommand,
  summaryCommand,
  inspectionCommand,
  leadCommand,
  casesCommand,
  departmentCommand,
  backupCommand,
  restoreCommand,
  auditCommand,
  statusCommand,
  statsCommand,
  exportCommand,
  provinceFormCommand,
];
