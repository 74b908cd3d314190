import { spawn, spawnSync } from 'node:child_process';
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
    expect(demo.stdout).toMatch(
      /trưởng thôn là đảng viên \d+ \(\d+,\d{2}%\); bí thư chi bộ đồng thời là trưởng thôn \d+ của \d+ chi bộ khu dân cư \(\d+,\d{2}%\)/,
    );
    expect(demo.stderr).toMatch(/demo \[█+\] 100%/);
  }, 120_000);

  it('builds the report’s year up to a day (--until), and the same command without it goes on from there', () => {
    const untilDir = mkdtempSync(join(tmpdir(), 'memberflow-cli-demo-until-'));
    try {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [BIN, 'demo', '--members', '200', '--seed', '2', ...args], {
          env: { ...process.env, MEMBERFLOW_DATA_DIR: untilDir, MEMBERFLOW_LOG_LEVEL: 'error' },
          encoding: 'utf8',
          timeout: 240_000,
        });
      const first = run('--until', '2021-12-31');
      expect(first.stderr).not.toContain('rejected');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^Đảng bộ tỉnh Thanh Sơn, số liệu ngày 31\/12\/2021$/m);
      expect(first.stdout).toMatch(/kết nạp năm 2021: \d+ đảng viên mới, đạt \d+,\d{2}% kế hoạch/);
      expect(first.stdout).not.toContain('Quy định 294');
      const second = run();
      expect(second.stderr).not.toContain('rejected');
      expect(second.status).toBe(0);
      expect(second.stderr).toMatch(/resuming: the first [\d,]+ commands are recorded already/);
      expect(second.stdout).toContain('sau sắp xếp tổ chức theo Quy định 294-QĐ/TW từ 01/07/2025');
      // The figures of 31/12/2021 are the same after the years that followed.
      const report2021 = (out: string) => out.split('\n').slice(0, 6).join('\n');
      expect(report2021(second.stdout)).toBe(report2021(first.stdout));
    } finally {
      rmSync(untilDir, { recursive: true, force: true });
    }
  }, 480_000);

  it('rebuilds every projection blue/green with a progress bar, and refuses an unknown one', () => {
    const rebuild = cli('rebuild');
    expect(rebuild.status).toBe(0);
    expect(rebuild.stdout).toMatch(
      /^rebuilt org-tree, members, accounts: [\d,]+ events in [\d.]+ s \([\d,]+ events\/s\), peak memory [\d,]+ MB$/m,
    );
    expect(rebuild.stderr).toMatch(/rebuild \[█+\] 100%/);
    // The first frame counts the new generations only (it read 99 % from the old ones before).
    expect(rebuild.stderr.split('\n')[0]).not.toMatch(/ 99% /);
    const unknown = cli('rebuild', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no projection "nope": org-tree, members');
  }, 120_000);

  it('stops on Ctrl-C saying how to resume, and the same command goes on from there', async () => {
    const interruptedDir = mkdtempSync(join(tmpdir(), 'memberflow-cli-demo-interrupted-'));
    try {
      const args = [BIN, 'demo', '--members', '1500', '--years', '1', '--seed', '5'];
      const env = {
        ...process.env,
        MEMBERFLOW_DATA_DIR: interruptedDir,
        MEMBERFLOW_LOG_LEVEL: 'error',
      };
      const child = spawn(process.execPath, args, { env });
      let stderr = '';
      let sent = false; // once: a second Ctrl-C ends the process at once, as a user expects
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        // The first progress line: commands are being recorded.
        if (!sent && /demo \[/.test(stderr)) sent = child.kill('SIGINT');
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(stderr).toContain('Ctrl-C stops and the same command resumes');
      expect(code).toBe(130);
      expect(stderr).toMatch(
        /interrupted after [\d,]+ of [\d,]+ commands: run the same command again \(seed 5\) to go on/,
      );
      const resumed = spawnSync(process.execPath, args, {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(resumed.stderr).not.toContain('rejected');
      expect(resumed.status).toBe(0);
      expect(resumed.stdout).toMatch(/kết nạp năm \d{4}: [\d.]+ đảng viên mới/);
    } finally {
      rmSync(interruptedDir, { recursive: true, force: true });
    }
  }, 180_000);
});
