import type { CliCommand } from './commands.ts';

/**
 * Each module adds `passerelle <module> import|export <path> --partnership <slug> [--dry-run] [--json]`
 * here, calling its own import/export functions.
 */
export const moduleCommands: CliCommand[] = [];
