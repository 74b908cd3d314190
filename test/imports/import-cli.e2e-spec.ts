import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { buildSmallProvince } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';
import { memberRow, readWorkbook, rosterWorkbook, sha256 } from './support/roster-files';

/**
 * `memberflow import` (issue 20), run as a user runs it, on the store of a running api (the embedded
 * deployment: one SQLite store, the api and the CLI side by side).
 */
describe('memberflow import FILE [--commit]', () => {
  let server: TestServer;
  const files = mkdtempSync(join(tmpdir(), 'memberflow-import-cli-'));

  beforeAll(async () => {
    server = await startTestServer();
    await buildSmallProvince(server, server.token('admin'));
  }, 60_000);
  afterAll(async () => {
    await server.close();
    rmSync(files, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    runCli(['import', ...args], {
      env: { MEMBERFLOW_DATA_DIR: server.dataDir, MEMBERFLOW_LOG_LEVEL: 'error' },
    });
  const head = async (): Promise<string> =>
    (await server.request('GET', '/health')).body.store.headPosition;

  it('checks a file with a progress bar, says what a commit would do and how, and writes nothing', async () => {
    const path = join(files, 'chi bộ T1.xlsx');
    const file = await rosterWorkbook([
      memberRow('038086000001', 'T1'),
      memberRow('038086000002', 'T1', { 'Ngày sinh': '30/02/1986' }),
    ]);
    writeFileSync(path, file);
    const before = await head();
    const run = await cli(path);
    expect(run.stderr).toMatch(/check \[█+\] 100%\s+2\/2 rows/);
    expect(run.stdout).toContain(
      `chi bộ T1.xlsx (SHA-256 ${sha256(file)}): 2 rows, 1 to create, 0 unchanged, 1 refused (a dry run: nothing was written)`,
    );
    expect(run.stdout).toContain(
      'row 3: Ngày sinh (Date of birth): "30/02/1986" is not a real date',
    );
    expect(run.stdout).toContain(
      `To write it: memberflow import '${path}' --commit ${sha256(file)}`,
    );
    expect(run.status).toBe(2);
    expect(await head()).toBe(before);
  }, 120_000);

  it('commits the file by its hash with a report workbook; the same command again changes nothing', async () => {
    const path = join(files, 't1.xlsx');
    const report = join(files, 'bao-cao.xlsx');
    const file = await rosterWorkbook([
      memberRow('038086000003', 'T1'),
      memberRow('038086000004', 'T1'),
    ]);
    writeFileSync(path, file);
    const wrong = await cli(path, '--commit', sha256(Buffer.from('another file')));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('This is not the file that was checked');

    const run = await cli(path, '--commit', sha256(file), '--report', report);
    expect(run.stdout).toContain('2 rows, 2 created, 0 unchanged, 0 refused');
    expect(run.stderr).toMatch(/write \[█+\] 100%\s+2\/2 rows/);
    expect(run.status).toBe(0);
    const workbook = await readWorkbook(readFileSync(report));
    const sheet = workbook.getWorksheet('Danh sách')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['Đã tạo mới']));

    const before = await head();
    const again = await cli(path, '--commit');
    expect(again.stdout).toContain('2 rows, 0 created, 2 unchanged, 0 refused');
    expect(again.status).toBe(0);
    expect(await head()).toBe(before);
  }, 120_000);

  it('refuses a file it cannot read with the reason, exit 1', async () => {
    const path = join(files, 'not-a-roster.xlsx');
    writeFileSync(path, Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex')); // a PNG
    const run = await cli(path, '--commit');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The file is not a spreadsheet');
    expect(run.stderr).toContain('Tệp không phải bảng tính');
  }, 60_000);
});
