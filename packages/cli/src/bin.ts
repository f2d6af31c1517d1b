#!/usr/bin/env node
import './node-version.js';
import { Command } from 'commander';
import { CORE_VERSION } from '@hoctap/core';
import { benchDataCommand, type BenchDataOptions } from './commands/bench-data.js';
import { demoCommand, type DemoOptions } from './commands/demo.js';
import { evaluationsImportCommand, type EvaluationsImportOptions } from './commands/evaluations-import.js';
import { geoImportCommand, type GeoImportOptions } from './commands/geo-import.js';
import { backupCommand, restoreCommand, type BackupOptions, type RestoreOptions } from './commands/backup.js';
import { migrateCommand } from './commands/migrate.js';
import { operationsManifestCommand, type OperationsManifestOptions } from './commands/operations.js';
import { migrationCreateCommand } from './commands/migration.js';
import { pluginNewCommand, type PluginNewOptions } from './commands/plugin-new.js';
import { schemaCommand } from './commands/schema.js';
import { startCommand, type StartOptions } from './commands/start.js';
import { tokenCommand, type TokenOptions } from './commands/token.js';
import {
  userAddCommand,
  userGrantCommand,
  userListCommand,
  type UserAddOptions,
  type UserGrantOptions,
} from './commands/user.js';
import { duration, isoDate } from './options.js';

const program = new Command('hoctap')
  .description('Hoc Tap: the learning-society platform. Configuration comes from the environment (see README).')
  .version(CORE_VERSION, '-v, --version', 'print the version')
  .showHelpAfterError();

program
  .command('start')
  .description('Start the GraphQL API (embedded PostgreSQL unless DATABASE_URL is set).')
  .option('--demo', 'load the demo dataset first (idempotent, see `hoctap demo`) and print its tokens and queries')
  .option(
    '--no-migrate',
    'apply nothing: refuse to start unless `hoctap migrate` has brought the database up to date with this plugin set (several servers, one database)',
  )
  .action((options: StartOptions) => startCommand(options));
program
  .command('migrate')
  .description(
    'Apply pending migrations and reference data and record the plugin set, then exit (safe to run from several processes at once).',
  )
  .action(migrateCommand);
program
  .command('backup')
  .description(
    "Write a backup of the whole database (pg_dump, custom format). Needs pg_dump of the server's version or newer (HOCTAP_PG_BIN).",
  )
  .option('--out <file>', 'backup file (default hoctap-<date-time>.dump)')
  .action((options: BackupOptions) => backupCommand(options));
program
  .command('restore')
  .description('Restore a backup in one transaction, into an empty database unless --replace.')
  .argument('<file>', 'a file written by `hoctap backup`')
  .option('--replace', 'drop and recreate what the backup holds in a database that already has tables')
  .action((file: string, options: RestoreOptions) => restoreCommand(file, options));
program
  .command('operations')
  .description("Client operations for the server's allow-list mode.")
  .command('manifest')
  .description(
    'Write the allow-list (sha256 → operation) of the .graphql operations in a folder, for HOCTAP_OPERATIONS=persisted-only.',
  )
  .option('--from <dir>', 'folder of .graphql operations', 'schema/operations')
  .option('--out <file>', 'manifest file', 'operations-manifest.json')
  .action((options: OperationsManifestOptions) => operationsManifestCommand(options));
program
  .command('token')
  .description('Print a bearer token the local server accepts.')
  .option(
    '--login <email>',
    "a token for this account (its first grant, or the one --role/--unit name); checked against the account's state",
  )
  .option(
    '--role <role>',
    'ADMIN, OFFICER, ASSOCIATION or ANALYST (a development token without an account, refused in production)',
  )
  .option('--unit <code>', 'administrative unit code the role is scoped to (OFFICER, ASSOCIATION)')
  .option('--as-of <date>', 'date the unit code is read at, YYYY-MM-DD (default today)', isoDate)
  .option('--subject <id>', 'subject (user id) to put in the token')
  .option('--expires <duration>', 'lifetime, e.g. 30m, 8h or 30d', duration, '8h')
  .action((options: TokenOptions) => tokenCommand(options));
const user = program.command('user').description('Accounts on the local database (e.g. the first administrator).');
user
  .command('add')
  .description(
    'Create an account with its first grant; prints a one-time password-reset token unless --password-stdin.',
  )
  .requiredOption('--name <name>', 'full name')
  .option('--email <address>', 'e-mail address (also the login unless --login)')
  .option('--login <name>', 'the login, if not the e-mail address')
  .requiredOption('--role <role>', 'ADMIN, OFFICER, ASSOCIATION or ANALYST')
  .option('--unit <code>', 'unit code (today) for OFFICER and ASSOCIATION')
  .option('--agency <code>', 'agency code the grant acts for')
  .option('--password-stdin', 'read the password from standard input')
  .action((options: UserAddOptions) => userAddCommand(options));
user
  .command('grant <login>')
  .description('Give a user one more grant.')
  .requiredOption('--role <role>', 'ADMIN, OFFICER, ASSOCIATION or ANALYST')
  .option('--unit <code>', 'unit code (today) for OFFICER and ASSOCIATION')
  .option('--agency <code>', 'agency code the grant acts for')
  .action((login: string, options: UserGrantOptions) => userGrantCommand(login, options));
user.command('list').description('List the accounts and their grants.').action(userListCommand);
program
  .command('geo')
  .description('The administrative map.')
  .command('import')
  .description(
    "Import administrative units on top of the shipped national map: newer dvhc files (idempotent, one transaction, with the documented corrections), or a map file of the project's format such as earlier changes.",
  )
  .option('--before <units.json>', 'dvhc: units before the reform (province → district → commune)')
  .option('--splits <splits.json>', 'dvhc: old → new mapping')
  .option('--after <merges.json>', 'dvhc: new → old mapping (34 provinces, 3,321 communes)')
  .option('--map <file.json[.gz]>', 'a hoctap-map file (see README: "The map"), e.g. changes before 1/3/2025')
  .option('--skip-bad', 'dvhc: import the rows that fit and list the ones skipped')
  .action((options: GeoImportOptions) => geoImportCommand(options));
program
  .command('evaluations')
  .description('Learning-model evaluations.')
  .command('import')
  .argument(
    '<file.csv>',
    'columns model, year, unit_code, subject_code, subject_name[, birth_year, criteria_set] and one per indicator code',
  )
  .description('Import evaluations from CSV: every row is checked, then all are written in one transaction or none.')
  .option('--state <state>', 'DRAFT, or SUBMITTED for complete self-assessments', 'DRAFT')
  .option('--show <n>', 'how many refused rows to print', '200')
  .action((file: string, options: EvaluationsImportOptions) => evaluationsImportCommand(file, options));
program
  .command('schema')
  .description('Print the composed GraphQL schema to a file, or check that the file is current.')
  .argument('<action>', 'print or check')
  .argument('[file]', 'schema file', 'schema/schema.graphql')
  .action((action: string, file: string) => {
    if (action !== 'print' && action !== 'check') throw new Error('action must be "print" or "check"');
    return schemaCommand(action, file);
  });
program
  .command('migration')
  .description('Developer tools for migrations.')
  .command('create')
  .argument('<name>', 'kebab-case name')
  .description('Generate a migration from the difference between the entities and the migrated schema.')
  .action(migrationCreateCommand);
program
  .command('plugin')
  .description('Province plugins.')
  .command('new')
  .argument('<id>', 'kebab-case id, e.g. quang-ninh; its tables live in the schema plugin_<id>')
  .description('Scaffold a working province plugin with an example table, resolver and passing test.')
  .requiredOption('--province <code>', 'two-digit GSO code of the province it serves, e.g. 22')
  .option(
    '--from <date>',
    'first day it serves the province (YYYY-MM-DD); without dates, every period the code had',
    isoDate,
  )
  .option('--until <date>', 'last day it serves the province (YYYY-MM-DD)', isoDate)
  .option('--name <text>', "the plugin's name (default: the province's, e.g. Tỉnh Quảng Ninh)")
  .option('--dir <path>', 'the plugins directory', './plugins')
  .action((id: string, options: PluginNewOptions) => pluginNewCommand(id, options));

program
  .command('demo')
  .description(
    'Load a small demo dataset into Đồng Tháp 87 → 82 (labelled "[Demo]", idempotent) and print tokens and three example queries; --remove removes it.',
  )
  .option('--remove', 'remove every demo row instead')
  .option('--expires <duration>', 'lifetime of the printed tokens, e.g. 30m, 8h or 30d', duration, '8h')
  .action((options: DemoOptions) => demoCommand(options));
program
  .command('bench-data')
  .description(
    'Generate a synthetic national dataset for benchmarks over the map before 1/7/2025 (deterministic; imports the map first if missing).',
  )
  .option('--households <n>', 'households in the whole country', '5000000')
  .option('--years <n>', 'how many years of evaluations, surveys and fund entries', '10')
  .option('--to-year <year>', 'the last year (at most 2025: the data lives on the map before the reform)', '2025')
  .option('--seed <n>', 'seed of every pseudo-random choice: the same seed writes the same rows', '1')
  .option('--no-vacuum', 'skip VACUUM ANALYZE of the written tables at the end')
  .action((options: BenchDataOptions) => benchDataCommand(options));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`hoctap: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
