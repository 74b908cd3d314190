/**
 * `npm run bench:import`: the roster import and the XLSX export at a province's size (issue 20). A
 * fresh embedded deployment (SQLite store, the projector in the same process, as `npm start` runs)
 * gets a tree of 1,500 cells; a generated roster of 30,000 existing members in the officers' layout is
 * checked (dry run) and committed through the real application (RosterImportService: the command path
 * on the CommandBus), committed again (all unchanged), and the whole province is exported as XLSX over
 * HTTP. Each phase is timed with the process's peak memory; the same at a tenth of the rows shows
 * whether memory grows with the file. Writes its table into docs/benchmarks.md (between the
 * `bench:import` markers) unless `--no-write`.
 *
 *   npm run bench:import [-- --rows 30000] [--no-write]
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { CommandBus } from '@nestjs/cqrs';
import type { INestApplication } from '@nestjs/common';
import { ETHNIC_GROUPS } from '@memberflow/domain/member';
import type { OrgCommand } from '@memberflow/domain/org';
import type { DomainEvent } from '@memberflow/domain';
import {
  ExecuteCommand,
  fileFromPath,
  issueToken,
  loadConfig,
  ORG_AGGREGATE,
  ProjectionService,
  requestFingerprint,
  RosterImportService,
  StreamedWorkbook,
  type AggregateCommand,
  type AggregateDefinition,
  type Principal,
} from '@memberflow/application';
import { createApp } from '../apps/api/src/bootstrap';

const ADMIN: Principal = { id: 'bench-import', roles: ['admin'], orgScope: '*' };
const DISTRICTS = 10;
const COMMUNES = 10;
const CELLS = 15;

interface Phase {
  readonly name: string;
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly peakHeapMiB: number;
  readonly note?: string;
}

/** Samples the process's memory every 50 ms while `run` runs: its peak RSS and heap. */
async function measured<T>(
  run: () => Promise<T>,
): Promise<{ value: T; seconds: number; rss: number; heap: number }> {
  global.gc?.();
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  }, 50);
  const started = performance.now();
  try {
    const value = await run();
    return { value, seconds: (performance.now() - started) / 1000, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function establishTree(app: INestApplication): Promise<string[]> {
  const bus = app.get(CommandBus);
  const aggregate = ORG_AGGREGATE as unknown as AggregateDefinition<
    AggregateCommand,
    DomainEvent,
    unknown
  >;
  const establish = async (orgId: string, payload: Record<string, unknown>) => {
    const command = {
      action: 'establish',
      orgId,
      occurredOn: '2015-01-05',
      payload,
    } as unknown as OrgCommand;
    const result = await bus.execute(
      new ExecuteCommand({
        aggregate,
        id: orgId,
        command,
        principal: ADMIN,
        fingerprint: requestFingerprint([aggregate.name, orgId, command]),
        correlationId: randomUUID(),
      }),
    );
    if (result.kind !== 'ok') throw new Error(`establish ${orgId}: ${JSON.stringify(result)}`);
  };
  await establish('tinh', {
    kind: 'province',
    name: 'Đảng bộ tỉnh Thử',
    code: 'TT',
    attributes: { area: 'urban' },
  });
  const cells: string[] = [];
  for (let d = 1; d <= DISTRICTS; d++) {
    const district = `huyen-${d}`;
    await establish(district, {
      parentId: 'tinh',
      kind: 'direct_committee',
      name: `Đảng bộ huyện ${d}`,
      code: `H${d}`,
      attributes: { area: 'rural' },
    });
    for (let c = 1; c <= COMMUNES; c++) {
      const commune = `xa-${d}-${c}`;
      await establish(commune, {
        parentId: district,
        kind: 'grassroots_committee',
        name: `Đảng bộ xã ${d}.${c}`,
        code: `X${d}-${c}`,
        attributes: { area: 'rural' },
      });
      await Promise.all(
        Array.from({ length: CELLS }, (_, i) => {
          const cell = `chibo-${d}-${c}-${i + 1}`;
          cells.push(cell);
          return establish(cell, {
            parentId: commune,
            kind: 'cell',
            name: `Chi bộ thôn ${i + 1} xã ${d}.${c}`,
            code: `CB${String(cells.length).padStart(4, '0')}`,
            attributes: { area: 'rural', residential: true },
          });
        }),
      );
    }
  }
  return cells;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hoa',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Yến',
];
const EDUCATION = ['12/12', '12/12', '12/12', '9/12', '10/10', 'Trung học phổ thông'];
const PROFESSIONAL = ['Đại học', 'Cao đẳng', 'Trung cấp', 'Chưa qua đào tạo', 'Thạc sĩ'];
const THEORY = ['Sơ cấp', 'Trung cấp', 'Cao cấp', 'Chưa qua đào tạo'];

const dmy = (y: number, m: number, d: number) =>
  `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

/** A roster of `rows` existing members in the officers' layout, written as a workbook (streamed). */
async function writeRoster(
  path: string,
  rows: number,
  cellCodes: readonly string[],
): Promise<void> {
  const output = createWriteStream(path);
  const workbook = new StreamedWorkbook(output);
  const sheet = workbook.sheet('Danh sách', [
    { header: 'STT', type: 'integer' },
    { header: 'Họ và tên', type: 'text' },
    { header: 'Số CCCD', type: 'id' },
    { header: 'Giới tính', type: 'text' },
    { header: 'Ngày sinh', type: 'date' },
    { header: 'Dân tộc', type: 'text' },
    { header: 'Tôn giáo', type: 'text' },
    { header: 'Quê quán', type: 'text' },
    { header: 'Nơi ở hiện nay', type: 'text' },
    { header: 'Trình độ học vấn', type: 'id' },
    { header: 'Trình độ chuyên môn', type: 'text' },
    { header: 'Lý luận chính trị', type: 'text' },
    { header: 'Nghề nghiệp', type: 'text' },
    { header: 'Đoàn viên', type: 'text' },
    { header: 'Mã chi bộ', type: 'text' },
    { header: 'Số quyết định kết nạp', type: 'text' },
    { header: 'Ngày quyết định kết nạp', type: 'date' },
    { header: 'Ngày vào Đảng', type: 'text' },
    { header: 'Ngày chính thức', type: 'text' },
    { header: 'Số thẻ đảng viên', type: 'id' },
    { header: 'Chức vụ', type: 'text' },
  ]);
  for (let n = 1; n <= rows; n++) {
    const year = 1950 + (n % 50);
    const female = n % 3 === 0;
    // Admitted between 1985 and 2024, at 19 or older.
    const admitted = Math.min(2024, Math.max(year + 19, 1985 + (n % 30)));
    const official = n % 10 !== 0;
    const birth = `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    await sheet.row([
      n,
      `${FAMILY[n % FAMILY.length]} ${female ? 'Thị' : MIDDLE[n % MIDDLE.length]} ${GIVEN[n % GIVEN.length]}`,
      `0380${String(n).padStart(8, '0')}`,
      female ? 'Nữ' : 'Nam',
      birth,
      n % 7 === 0 ? ETHNIC_GROUPS[(n % 53) + 1].vi : 'Kinh',
      n % 11 === 0 ? 'Phật giáo' : 'Không',
      'Thọ Xuân, Thanh Hóa',
      `Thôn ${(n % 15) + 1}, xã Xuân Hòa`,
      EDUCATION[n % EDUCATION.length],
      PROFESSIONAL[n % PROFESSIONAL.length],
      THEORY[n % THEORY.length],
      'Nông dân',
      n % 5 === 0 ? 'Có' : 'Không',
      cellCodes[n % cellCodes.length],
      `${n}-QĐ/HU`,
      `${admitted}-03-01`,
      dmy(admitted, 3, 20),
      official ? dmy(admitted + 1, 3, 20) : '',
      official && n % 2 === 0 ? `38${String(n).padStart(6, '0')}` : '',
      n % 20 === 0 ? 'Bí thư chi bộ' : '',
    ]);
  }
  sheet.done();
  await workbook.finish();
  await finished(output);
}

async function province(
  rows: number,
  dir: string,
  log: (line: string) => void,
  importOnly = false,
): Promise<Phase[]> {
  const dataDir = mkdtempSync(join(dir, 'memberflow-bench-import-'));
  const config = loadConfig({
    MEMBERFLOW_DATA_DIR: dataDir,
    PORT: '0',
    MEMBERFLOW_LOG_LEVEL: 'silent',
  });
  const { app, secrets } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  try {
    log(`${rows.toLocaleString('en-US')} rows: a tree of ${DISTRICTS * COMMUNES * CELLS} cells`);
    const cells = await establishTree(app);
    const projections = app.get(ProjectionService);
    await projections.runner.waitUntilCaughtUp(120_000);
    // --import-only: the projector stopped once the tree is read (the import's own time and memory).
    if (importOnly) await projections.runner.stop();
    const codes = cells.map((_, index) => `CB${String(index + 1).padStart(4, '0')}`);
    const path = join(dataDir, 'roster.xlsx');
    await writeRoster(path, rows, codes);
    const file = await fileFromPath(path);
    log(`roster.xlsx: ${(file.size / 1024 / 1024).toFixed(1)} MiB`);
    const imports = app.get(RosterImportService);
    const phases: Phase[] = [];
    const phase = async (name: string, run: () => Promise<{ rows: number; note?: string }>) => {
      const { value, seconds, rss, heap } = await measured(run);
      phases.push({
        name,
        rows: value.rows,
        seconds,
        peakRssMiB: mib(rss),
        peakHeapMiB: mib(heap),
        ...(value.note ? { note: value.note } : {}),
      });
      log(
        `${name}: ${seconds.toFixed(1)} s (${Math.round(value.rows / seconds).toLocaleString('en-US')} rows/s), peak RSS ${mib(rss)} MiB`,
      );
    };
    let sha = '';
    await phase('dry run (check every row, write nothing)', async () => {
      const report = await imports.run(file, { mode: 'dry-run', principal: ADMIN });
      sha = report.file.sha256;
      const reasons = new Map<string, number>();
      for (const result of report.results)
        for (const reason of result.reasons)
          reasons.set(reason.message.en, (reasons.get(reason.message.en) ?? 0) + 1);
      for (const [reason, count] of [...reasons].slice(0, 5)) log(`  refused ${count}×: ${reason}`);
      return { rows: report.rows, note: `${report.created} to create, ${report.refused} refused` };
    });
    await phase('commit (check the whole file, then write through register-existing)', async () => {
      const report = await imports.run(file, {
        mode: 'commit',
        principal: ADMIN,
        expectedSha256: sha,
      });
      return { rows: report.rows, note: `${report.created} created, ${report.refused} refused` };
    });
    await phase('the same commit again (nothing to write)', async () => {
      const report = await imports.run(file, {
        mode: 'commit',
        principal: ADMIN,
        expectedSha256: sha,
      });
      return { rows: report.rows, note: `${report.unchanged} unchanged` };
    });
    if (importOnly) return phases;
    await projections.runner.waitUntilCaughtUp(300_000);
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const token = issueToken(secrets.signingSecret, {
      subject: 'bench',
      roles: ['officer'],
      org: '*',
      expiresIn: '1h',
    });
    await phase('roster export as XLSX over HTTP (the whole province, streamed)', async () => {
      const response = await fetch(`${url}/api/orgs/tinh/roster`, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      });
      let bytes = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
        bytes += chunk.length;
      return { rows, note: `${(bytes / 1024 / 1024).toFixed(1)} MiB` };
    });
    return phases;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Run {
  readonly rows: number;
  readonly mode: 'embedded' | 'import only';
  readonly phases: readonly Phase[];
}

function table(runs: readonly Run[]): string {
  const lines = [
    '| Rows | Projector | Phase | Time | Rows/s | Peak RSS | Peak heap | |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const run of runs)
    for (const phase of run.phases)
      lines.push(
        `| ${run.rows.toLocaleString('en-US')} | ${run.mode === 'embedded' ? 'in the process' : 'stopped'} | ${phase.name} | ${phase.seconds.toFixed(1)} s | ${Math.round(phase.rows / phase.seconds).toLocaleString('en-US')} | ${phase.peakRssMiB} MiB | ${phase.peakHeapMiB} MiB | ${phase.note ?? ''} |`,
      );
  return lines.join('\n');
}

const BEGIN =
  '<!-- bench:import:begin (generated by npm run bench:import; edits inside are overwritten) -->';
const END = '<!-- bench:import:end -->';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--rows');
  const rows = at >= 0 ? Number(argv[at + 1]) : 30_000;
  const log = (line: string) => console.log(`· ${line}`);
  const started = new Date();
  const runs: Run[] = [];
  // The embedded deployment at a tenth and at the whole size (does memory grow with the file?), then
  // the whole size with the projector stopped once the tree is read: the import's own time and memory.
  const plan: { rows: number; mode: Run['mode'] }[] = argv.includes('--one')
    ? [{ rows, mode: argv.includes('--import-only') ? 'import only' : 'embedded' }]
    : [
        { rows: Math.round(rows / 10), mode: 'embedded' },
        { rows, mode: 'embedded' },
        { rows, mode: 'import only' },
      ];
  const loadAtStart = loadavg()[0];
  for (const { rows: size, mode } of plan)
    runs.push({
      rows: size,
      mode,
      phases: await province(size, tmpdir(), log, mode === 'import only'),
    });
  const load = `1-minute load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`;
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${mib(totalmem() / 1024)} GiB, Node ${process.versions.node}`;
  const text = `${BEGIN}\n\nRun of ${started.toISOString()}: \`npm run bench:import${rows === 30_000 ? '' : ` -- --rows ${rows}`}\`\n\nMachine: ${machine}; ${load}. Node runs with \`--max-old-space-size=1024 --max-semi-space-size=8\`, as \`npm start\` and the CLI do.\n\n${table(runs)}\n\n${END}`;
  console.log(`\n${table(runs)}`);
  if (argv.includes('--no-write')) return;
  const doc = join(__dirname, '..', 'docs', 'benchmarks.md');
  const current = readFileSync(doc, 'utf8');
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${text}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${text}\n`;
  // Formatted as the repository formats Markdown (prettier --check stays clean), as bench/report.ts does.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(doc)) ?? {};
  writeFileSync(doc, await prettier.format(next, { ...options, filepath: doc }));
  console.log(`\nwritten to ${doc}`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
