import { runDirectoryExport, runDirectoryImport, type CliOutcome } from '../lib/server/directory/hsds/cli.ts';
import { runPlansExport, runPlansImport } from '../lib/server/plans/cli.ts';
import { cliActor, UsageError, type CliCommand } from './commands.ts';

/** A module command's outcome: an exit code, or a usage problem (exit 2 with the usage line). */
function exitCode(outcome: CliOutcome): number {
	if (typeof outcome === 'number') return outcome;
	throw new UsageError(outcome.usage, outcome.params);
}

// The directory (HSDS JSON / CSV package, or a spreadsheet with a mapping file).
const directoryCommands: CliCommand[] = [
	{
		words: ['directory', 'import'],
		usage:
			'directory import <path> --partnership <slug> [--format hsds|csv|xlsx] [--mapping <file.json>] [--source-language fr|en] [--dry-run] [--json]',
		summaryKey: 'directory.import_cli_summary',
		options: {
			partnership: { type: 'string' },
			format: { type: 'string' },
			mapping: { type: 'string' },
			'source-language': { type: 'string' },
			'dry-run': { type: 'boolean' },
			json: { type: 'boolean' }
		},
		async run({ ctx, values, positionals, t }) {
			return exitCode(await runDirectoryImport(ctx, cliActor, positionals[0], values, t));
		}
	},
	{
		words: ['directory', 'export'],
		usage: 'directory export <path> --partnership <slug> [--format hsds|csv|xlsx] [--lang fr|en] [--json]',
		summaryKey: 'directory.export_cli_summary',
		options: {
			partnership: { type: 'string' },
			format: { type: 'string' },
			lang: { type: 'string' },
			json: { type: 'boolean' }
		},
		async run({ ctx, values, positionals, t }) {
			return exitCode(await runDirectoryExport(ctx, positionals[0], values, t));
		}
	}
];

// Plans: the action-plan table (CSV or XLSX, the seed's columns or a mapping file), and its export.
const plansCommands: CliCommand[] = [
	{
		words: ['plans', 'import'],
		usage:
			'plans import <path> --partnership <slug> [--plan <id>] [--title <text>] [--mapping <file.json>] [--dry-run] [--json]',
		summaryKey: 'plans.cli_import_summary',
		options: {
			partnership: { type: 'string' },
			plan: { type: 'string' },
			title: { type: 'string' },
			mapping: { type: 'string' },
			'dry-run': { type: 'boolean' },
			json: { type: 'boolean' }
		},
		async run({ ctx, values, positionals, t }) {
			return exitCode(await runPlansImport(ctx, cliActor, positionals[0], values, t));
		}
	},
	{
		words: ['plans', 'export'],
		usage: 'plans export <path.xlsx|.docx|.csv> --partnership <slug> --plan <id> [--lang fr|en] [--json]',
		summaryKey: 'plans.cli_export_summary',
		options: {
			partnership: { type: 'string' },
			plan: { type: 'string' },
			lang: { type: 'string' },
			json: { type: 'boolean' }
		},
		async run({ ctx, values, positionals, t }) {
			return exitCode(await runPlansExport(ctx, positionals[0], values, t));
		}
	}
];

/**
 * Each module adds `passerelle <module> import|export <path> --partnership <slug> [--dry-run] [--json]`
 * here, calling its own import/export functions.
 */
export const moduleCommands: CliCommand[] = [...directoryCommands, ...plansCommands];
