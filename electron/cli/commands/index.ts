/** Registry of CLI commands, in the order `help` lists them. */
import type { CliCommand } from '../types';
import { campaignCommand, initCommand, periodsCommand } from './campaign';
import { importCommand } from './import';
import { backupCommand, restoreCommand } from './backup';
import { packageCommand } from './package';

export const COMMANDS: CliCommand[] = [
  initCommand,
  campaignCommand,
  periodsCommand,
  importCommand,
  packageCommand,
  backupCommand,
  restoreCommand,
];
