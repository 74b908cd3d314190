import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option } from 'nest-commander';
import {
  ApplicationModule,
  fileFromPath,
  ImportFileError,
  loadConfig,
  ProjectionService,
  resolveDeploymentSecrets,
  RosterImportModule,
  RosterImportService,
  writeReportWorkbook,
  type AppConfig,
  type DeploymentSecrets,
  type ImportProgress,
  type ImportReport,
  type Principal,
} from '@memberflow/application';
import { ProgressBar } from './verify-progress';
import { EXIT_FINDINGS, EXIT_OK, exitWith, processIo, type CliIo } from './verify-support';
import { formatCount } from '../format/numbers';

export interface ImportOptions {
  /** Write the rows (`true`), or write them only if the file's SHA-256 is this one. */
  readonly commit?: boolean | string;
  /** Where to write the report as a workbook (the reason beside each row). */
  readonly report?: string;
  /** The report as JSON on stdout instead of sentences. */
  readonly json?: boolean;
  /** Who the events record as their actor (default `memberflow-import`). */
  readonly actor?: string;
  /** The unit the import may register members under (default the whole deployment). */
  readonly org?: string;
}

/** The application and the import, without HTTP. */
@Module({})
class ImportContext {
  static register(config: AppConfig, secrets: DeploymentSecrets): DynamicModule {
    return {
      module: ImportContext,
      imports: [ApplicationModule.register(config, secrets), RosterImportModule],
    };
  }
}

/** Refused rows printed in the terminal; the rest are in the report (`--report`, `--json`). */
const ROWS_SHOWN = 20;

/**
 * `memberflow import FILE.xlsx|FILE.csv [--commit]`: a roster of existing members (issue 20). Without
 * `--commit` a dry run: every row is checked on the command path and nothing is written; with it the
 * whole file is checked first, then the writable rows are written through register-existing. Running
 * the same file again changes nothing, so an interrupted commit is finished by running it again.
 * Exit code 0: every row created or unchanged; 2: some rows refused (the others were taken); 1: the
 * file could not be read (nothing written).
 */
export async function runImport(path: string, options: ImportOptions, io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const secrets = resolveDeploymentSecrets(config);
  const file = await fileFromPath(path);
  const app = await NestFactory.createApplicationContext(ImportContext.register(config, secrets), {
    logger: ['error', 'warn'],
  });
  try {
    // Cells are looked up in the organization tree's read model: brought up to date first.
    await app.get(ProjectionService).runner.waitUntilCaughtUp(120_000);
    const principal: Principal = {
      id: options.actor ?? 'memberflow-import',
      roles: ['admin'],
      orgScope: options.org ?? '*',
    };
    const commit = options.commit !== undefined && options.commit !== false;
    const bars = {
      check: undefined as ProgressBar | undefined,
      write: undefined as ProgressBar | undefined,
    };
    const onProgress = (progress: ImportProgress) => {
      const label = progress.phase === 'check' ? 'check' : 'write';
      const bar = (bars[progress.phase] ??= new ProgressBar(io.stderr, label, { unit: 'rows' }));
      if (progress.total !== undefined && progress.done >= progress.total)
        bar.finish(progress.done, progress.total);
      else bar.update(progress.done, progress.total ?? 0);
    };
    let report: ImportReport;
    try {
      report = await app.get(RosterImportService).run(file, {
        mode: commit ? 'commit' : 'dry-run',
        principal,
        onProgress,
        ...(typeof options.commit === 'string' ? { expectedSha256: options.commit } : {}),
      });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      io.stderr.write(`memberflow import: ${error.messages.en}\n  ${error.messages.vi}\n`);
      return 1;
    }
    if (options.report) {
      const output = createWriteStream(options.report);
      await writeReportWorkbook(output, file, report);
      await finished(output);
    }
    if (options.json) io.stdout.write(`${JSON.stringify(report)}\n`);
    else io.stdout.write(describe(report, path, options.report));
    return report.refused > 0 ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    await app.close();
  }
}

function describe(report: ImportReport, path: string, reportPath: string | undefined): string {
  const written = report.mode === 'commit';
  const lines = [
    `${report.file.name} (SHA-256 ${report.file.sha256}): ${formatCount(report.rows)} rows, ` +
      `${formatCount(report.created)} ${written ? 'created' : 'to create'}, ` +
      `${formatCount(report.unchanged)} unchanged, ${formatCount(report.refused)} refused` +
      (written ? '' : ' (a dry run: nothing was written)'),
  ];
  const refused = report.results.filter((result) => result.status === 'refused');
  for (const result of refused.slice(0, ROWS_SHOWN))
    for (const reason of result.reasons)
      lines.push(`  row ${result.row}: ${reason.message.en}\n           ${reason.message.vi}`);
  if (refused.length > ROWS_SHOWN)
    lines.push(
      `  … and ${formatCount(refused.length - ROWS_SHOWN)} more refused rows: --report FILE.xlsx writes each reason beside its row`,
    );
  if (reportPath) lines.push(`Report written to ${reportPath}`);
  if (!written && report.created > 0)
    lines.push(`To write it: memberflow import ${quoted(path)} --commit ${report.file.sha256}`);
  return `${lines.join('\n')}\n`;
}

function quoted(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

@Command({
  name: 'import',
  arguments: '<file>',
  description:
    'import a roster of existing members from an XLSX or CSV file (Vietnamese headings): a dry run, or --commit to write it',
})
export class ImportCommand extends CommandRunner {
  async run([file]: string[], options: ImportOptions): Promise<void> {
    await exitWith(() => runImport(file, options, processIo()));
  }

  @Option({
    flags: '--commit [sha256]',
    description:
      "write the rows (after checking the whole file); with the dry run's SHA-256, only if the file is that one",
  })
  parseCommit(value: string | undefined): boolean | string {
    if (value === undefined) return true;
    if (!/^[0-9a-fA-F]{64}$/.test(value))
      throw new Error("--commit takes the file's SHA-256 (64 hex digits)");
    return value.toLowerCase();
  }

  @Option({ flags: '--report <file.xlsx>', description: 'write the report as a workbook' })
  parseReport(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the report as JSON' })
  parseJson(): boolean {
    return true;
  }

  @Option({
    flags: '--actor <id>',
    description: 'who the events record as actor (default memberflow-import)',
  })
  parseActor(value: string): string {
    return value;
  }

  @Option({
    flags: '--org <id>',
    description: 'register members only under this unit (default the whole deployment)',
  })
  parseOrg(value: string): string {
    return value;
  }
}
