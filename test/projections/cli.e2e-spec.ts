import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'memberflow.js');

describe('memberflow demo and rebuild (the CLI, run as a user runs it)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-cli-demo-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, MEMBERFLOW_DATA_DIR: dataDir, MEMBERFLOW_LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('builds a province through the command path and reports it the Vietnamese way', () => {
    const demo = cli('demo', '--members', '150', '--years', '2', '--seed', '3');
    expect(demo.stderr).not.toContain('rejected');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/^Đảng bộ tỉnh Thanh Sơn, số liệu ngày \d{2}\/\d{2}\/\d{4}$/m);
    expect(demo.stdout).toMatch(
      /\d+ đảng viên \(\d+ chính thức, \d+ dự bị\); nữ \d+ \(\d+,\d{2}%\)/,
    );
    expect(demo.stdout).toMatch(/kết nạp năm \d{4}: \d+ đảng viên mới, đạt \d+,\d{2}% kế hoạch/);
    expect(demo.stderr).toMatch(/demo \[█+\] 100%/);
  }, 120_000);

  it('rebuilds every projection blue/green with a progress bar, and refuses an unknown one', () => {
    const rebuild = cli('rebuild');
    expect(rebuild.status).toBe(0);
    expect(rebuild.stdout).toMatch(
      /^rebuilt org-tree, members: [\d.]+ events in [\d,]+ s \([\d.]+ events\/s\), peak memory [\d.]+ MB$/m,
    );
    expect(rebuild.stderr).toMatch(/rebuild \[█+\] 100%/);
    const unknown = cli('rebuild', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no projection "nope": org-tree, members');
  }, 120_000);
});
