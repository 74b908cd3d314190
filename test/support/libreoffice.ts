import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice's command line (Debian's libreoffice-calc-nogui; CI installs it, see .ci/run). */
const SOFFICE = process.env.MEMBERFLOW_TEST_SOFFICE ?? 'soffice';

let present: boolean | undefined;

/** Whether `soffice` runs here, checked once. */
export function libreOfficeInstalled(): boolean {
  present ??=
    spawnSync(SOFFICE, ['--headless', '--version'], { timeout: 60_000, encoding: 'utf8' })
      .status === 0;
  return present;
}

/**
 * Defines a suite that needs LibreOffice: run when it is installed; without it, a failure under CI and
 * one loud `SKIPPED` line elsewhere (never a silent pass), as the PostgreSQL suites do (postgres.ts).
 */
export function describeWithLibreOffice(title: string, suite: () => void): void {
  if (libreOfficeInstalled()) {
    describe(title, suite);
  } else if (process.env.CI) {
    describe(title, () => {
      it('needs LibreOffice', () => {
        throw new Error(
          `${SOFFICE} is not installed (CI is set: apt-get install libreoffice-calc-nogui)`,
        );
      });
    });
  } else {
    process.stderr.write(`SKIPPED: LibreOffice is not installed — ${title}\n`);
    describe.skip(title, () => it.skip('needs LibreOffice', () => undefined));
  }
}

/** What LibreOffice made of a workbook: each sheet as CSV text, and what it said while converting. */
export interface Converted {
  readonly sheets: ReadonlyMap<string, string>;
  readonly status: number | null;
  readonly output: string;
}

/**
 * Converts workbooks to CSV with LibreOffice headless, every sheet (as shown: formatted, in UTF-8, the
 * Vietnamese locale), in a profile of its own so that concurrent runs do not share one.
 */
export function convertToCsv(files: readonly string[]): Map<string, Converted> {
  const out = mkdtempSync(join(tmpdir(), 'memberflow-soffice-'));
  const profile = pathToFileURL(join(out, 'profile')).href;
  try {
    // Tokens: comma, double quote, UTF-8, from line 1, cell formats, language vi-VN (1066), quoted
    // fields not as text, detect numbers, save as shown, no formulas, keep spaces, every sheet (-1).
    const filter =
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true,false,false,-1';
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        out,
        ...files,
      ],
      { timeout: 180_000, encoding: 'utf8' },
    );
    const output = `${run.stdout}${run.stderr}`;
    const converted = new Map<string, Converted>();
    for (const file of files) {
      const base = file
        .split('/')
        .pop()!
        .replace(/\.xlsx$/, '');
      const sheets = new Map<string, string>();
      for (const name of readdirSync(out))
        if (name.startsWith(`${base}-`) && name.endsWith('.csv'))
          sheets.set(name.slice(base.length + 1, -4), readFileSync(join(out, name), 'utf8'));
      converted.set(file, { sheets, status: run.status, output });
    }
    return converted;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
