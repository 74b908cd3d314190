import { buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';
import {
  memberRow,
  readWorkbook,
  rosterCsv,
  rosterWorkbook,
  sha256,
  upload,
  type RosterRowCells,
} from './support/roster-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Importing a roster of existing members (issue 20) over HTTP: the template, a dry run that checks
 * every row and writes nothing, a commit of the same file by its hash through register-existing, and
 * running it again changes nothing.
 */
describe('POST /api/imports: a roster from a spreadsheet', () => {
  let server: TestServer;
  let tree: SmallProvince;
  let officer: string;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await buildSmallProvince(server, server.token('admin'));
    officer = server.token('officer', tree.districtId, 'can-bo-nhap');
  }, 60_000);
  afterAll(() => server.close());

  const head = async (): Promise<string> =>
    (await server.request('GET', '/health')).body.store.headPosition;

  /** The rows of the officers' file: good ones in each way of writing, and one of each refusal. */
  function roster(): RosterRowCells[] {
    return [
      // 2: official, dates as text, "Nam", "Kinh", "12/12".
      memberRow('038085000001', 'T1', { 'Họ và tên': 'Nguyễn Văn Nam', 'Giới tính': 'Nam' }),
      // 3: probationary, dates as date cells; an ethnic minority; a religion; the cell by its id.
      memberRow('038085000002', tree.cellId, {
        'Ngày sinh': new Date(Date.UTC(1990, 4, 2)),
        'Dân tộc': 'Mường',
        'Tôn giáo': 'Phật giáo',
        'Ngày quyết định kết nạp': new Date(Date.UTC(2025, 0, 6)),
        'Ngày vào Đảng': new Date(Date.UTC(2025, 0, 20)),
        'Ngày chính thức': undefined,
        'Trình độ học vấn': '9/12',
      }),
      // 4: dates as spreadsheet serial numbers (1988-07-01, 2015-05-04, 2015-05-19, 2016-05-19).
      memberRow('038088000003', 'T1', {
        'Ngày sinh': 32325,
        'Ngày quyết định kết nạp': 42128,
        'Ngày vào Đảng': 42143,
        'Ngày chính thức': 42509,
        'Số thẻ đảng viên': '38012345',
      }),
      // 5: an unknown cell code.
      memberRow('038085000004', 'KHONG-CO'),
      // 6: an impossible date.
      memberRow('038085000005', 'T1', { 'Ngày sinh': '31/02/1985' }),
      // 7: out of order: the decision after the ceremony.
      memberRow('038085000006', 'T1', { 'Ngày quyết định kết nạp': '25/03/2010' }),
      // 8: the citizen ID of row 2 again.
      memberRow('038085000001', 'T1', { 'Họ và tên': 'Nguyễn Văn Khác' }),
      // 9: not a citizen ID.
      memberRow('03808500', 'T1'),
      // 10: a required field missing.
      memberRow('038085000009', 'T1', { 'Nghề nghiệp': undefined }),
      // 11: in the store already, registered with other data (buildSmallProvince's first member).
      memberRow('001080000001', 'T1'),
    ];
  }

  it('offers a template with the Vietnamese headings, an example row and a frozen header', async () => {
    const response = await fetch(`${server.url}/api/imports/template`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const workbook = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    const sheet = workbook.getWorksheet('Danh sách')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Họ và tên',
        'Số CCCD',
        'Giới tính',
        'Ngày sinh',
        'Dân tộc',
        'Tôn giáo',
        'Quê quán',
        'Trình độ học vấn',
        'Mã chi bộ',
        'Số quyết định kết nạp',
        'Ngày quyết định kết nạp',
        'Ngày vào Đảng',
        'Ngày chính thức',
        'Số thẻ đảng viên',
        'Chức vụ',
      ]),
    );
    const example = sheet.getRow(2);
    expect(example.getCell(headings.indexOf('Giới tính') + 1).value).toBe('Nam');
    expect(example.getCell(headings.indexOf('Trình độ học vấn') + 1).value).toBe('12/12');
    expect(example.getCell(headings.indexOf('Ngày sinh') + 1).value).toEqual(
      new Date(Date.UTC(1990, 2, 14)),
    );
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(workbook.getWorksheet('Hướng dẫn')).toBeDefined();
    const analyst = await fetch(`${server.url}/api/imports/template`, {
      headers: { authorization: `Bearer ${server.token('analyst', tree.districtId)}` },
    });
    expect(analyst.status).toBe(403);
  });

  it('checks every row in a dry run, answers a report per row with the reasons, and writes nothing', async () => {
    const file = await rosterWorkbook(roster());
    const before = await head();
    const response = await upload(server, officer, file, 'Danh sách chi bộ T1.xlsx');
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report.mode).toBe('dry-run');
    expect(report.file).toEqual({
      name: 'Danh sách chi bộ T1.xlsx',
      sha256: sha256(file),
      bytes: file.length,
      format: 'xlsx',
      sheet: 'Danh sách',
    });
    expect({ rows: report.rows, created: report.created, refused: report.refused }).toEqual({
      rows: 10,
      created: 3,
      refused: 7,
    });
    const byRow = new Map<
      number,
      {
        status: string;
        stage?: string;
        reasons: { code: string; message: { vi: string; en: string } }[];
      }
    >(report.results.map((result: { row: number }) => [result.row, result]));
    expect(byRow.get(2)).toEqual(expect.objectContaining({ status: 'created', stage: 'official' }));
    expect(byRow.get(3)).toEqual(
      expect.objectContaining({ status: 'created', stage: 'probationary' }),
    );
    expect(byRow.get(4)).toEqual(expect.objectContaining({ status: 'created', stage: 'official' }));
    const codes = (row: number) => byRow.get(row)?.reasons.map((reason) => reason.code);
    expect(codes(5)).toEqual(['unknown_cell']);
    expect(codes(6)).toEqual(['invalid_date']);
    expect(codes(7)).toEqual(['R-IMPORT-DATES']);
    expect(codes(8)).toEqual(['duplicate_in_file']);
    expect(codes(9)).toEqual(['invalid_citizen_id']);
    expect(codes(10)).toEqual(['missing']);
    expect(codes(11)).toEqual(['already_registered']);
    // Each reason in Vietnamese and in English, naming its column.
    expect(byRow.get(6)?.reasons[0].message.vi).toContain('Ngày sinh');
    expect(byRow.get(6)?.reasons[0].message.vi).toContain('31/02/1985');
    expect(byRow.get(8)?.reasons[0].message.en).toContain('row 2');
    expect(byRow.get(10)?.reasons[0].message).toEqual({
      vi: 'Nghề nghiệp: chưa điền (bắt buộc)',
      en: 'Nghề nghiệp (Occupation): missing (required)',
    });
    expect(await head()).toBe(before);
  });

  it('answers the same report as a workbook, the outcome and the reason beside each row', async () => {
    const file = await rosterWorkbook(roster(), { title: 'DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1' });
    const response = await upload(server, officer, file, 'chi-bo-t1.xlsx', { accept: XLSX });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const workbook = await readWorkbook(response.bytes);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Danh sách');
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings.slice(-5)).toEqual([
      'Kết quả',
      'Lý do',
      'Reason (English)',
      'Ghi chú',
      'Dòng trong tệp',
    ]);
    const column = (name: string) => headings.indexOf(name) + 1;
    const rows = sheet.getRows(2, 10)!;
    expect(rows.map((row) => row.getCell(column('Kết quả')).value)).toEqual([
      'Sẽ tạo mới',
      'Sẽ tạo mới',
      'Sẽ tạo mới',
      ...Array(7).fill('Bị từ chối'),
    ]);
    const impossible = rows.find((row) => row.getCell(column('Dòng trong tệp')).value === 7)!;
    expect(impossible.getCell(column('Ngày sinh')).value).toBe('31/02/1985');
    expect(String(impossible.getCell(column('Lý do')).value)).toContain('không phải ngày có thật');
    expect(String(impossible.getCell(column('Reason (English)')).value)).toContain(
      'not a real date',
    );
    expect(workbook.getWorksheet('Tóm tắt')).toBeDefined();
  });

  it('refuses to commit a file other than the one checked (409), writing nothing', async () => {
    const file = await rosterWorkbook(roster());
    const other = await rosterWorkbook(roster().slice(0, 2));
    const before = await head();
    const response = await upload(server, officer, other, 'khac.xlsx', { commit: sha256(file) });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('import_file_changed');
    expect(response.body.message.vi).toContain(sha256(other));
    expect(await head()).toBe(before);
    const malformed = await upload(server, officer, file, 'a.xlsx', { commit: 'abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('invalid_query');
  });

  it('commits what the dry run promised through register-existing, the file and row as document reference; again changes nothing', async () => {
    const file = await rosterWorkbook(roster());
    const hash = sha256(file);
    const dryRun = (await upload(server, officer, file, 'roster.xlsx')).body;
    const committed = await upload(server, officer, file, 'roster.xlsx', { commit: hash });
    expect(committed.status).toBe(200);
    expect(committed.body.mode).toBe('commit');
    expect(
      committed.body.results.map((r: { row: number; status: string }) => [r.row, r.status]),
    ).toEqual(dryRun.results.map((r: { row: number; status: string }) => [r.row, r.status]));

    const created = committed.body.results.find((r: { row: number }) => r.row === 2);
    const history = await server.request('GET', `/api/members/${created.memberId}/history`, {
      token: officer,
    });
    expect(history.status).toBe(200);
    const [registered] = history.body.events;
    expect(registered.type).toBe('MemberRegistered');
    expect(registered.documentRef).toBe(`roster.xlsx #2 sha256:${hash.slice(0, 16)}`);
    expect(registered.reason).toContain(hash);
    expect(registered.actor.id).toBe('can-bo-nhap');

    const before = await head();
    const again = await upload(server, officer, file, 'roster.xlsx', { commit: hash });
    expect(again.status).toBe(200);
    expect({ created: again.body.created, unchanged: again.body.unchanged }).toEqual({
      created: 0,
      unchanged: 3,
    });
    const dryAgain = await upload(server, officer, file, 'roster.xlsx');
    expect(dryAgain.body.unchanged).toBe(3);
    // Another officer committing the same file: the same records, unchanged.
    const other = server.token('officer', tree.districtId, 'can-bo-khac');
    const byAnother = await upload(server, other, file, 'roster.xlsx', { commit: hash });
    expect(byAnother.body.unchanged).toBe(3);
    expect(await head()).toBe(before);
  });

  it('reads CSV files with semicolons and a byte-order mark the same way', async () => {
    const rows = [memberRow('038091000001', 'T1', { 'Ngày sinh': '02-09-1991' })];
    const file = rosterCsv(rows, ';');
    const response = await upload(server, officer, file, 'danh-sach.csv');
    expect(response.status).toBe(200);
    expect(response.body.file.format).toBe('csv');
    expect(response.body.results).toEqual([
      expect.objectContaining({ row: 2, status: 'created', stage: 'official' }),
    ]);
  });

  it('refuses a row outside the caller’s scope, and lets an analyst or auditor import nothing', async () => {
    const admin = server.token('admin');
    const established = await server.request('POST', '/api/orgs', {
      token: admin,
      body: {
        id: 'xa-khac',
        parentId: tree.districtId,
        kind: 'grassroots_committee',
        name: 'Đảng bộ xã Khác',
        code: 'XK',
        attributes: { area: 'rural' },
        occurredOn: '2015-01-05',
      },
    });
    expect(established.status).toBe(201);
    const elsewhere = server.token('officer', 'xa-khac', 'can-bo-xa-khac');
    const file = rosterCsv([memberRow('038092000001', tree.cellId)]);
    const response = await upload(server, elsewhere, file, 'a.csv');
    expect(response.status).toBe(200);
    expect(response.body.results[0].status).toBe('refused');
    expect(response.body.results[0].reasons[0].code).toBe('out_of_scope');
    // Its code is not one of the caller's cells either: not found among them.
    const byCode = await upload(
      server,
      elsewhere,
      rosterCsv([memberRow('038092000002', 'T1')]),
      'b.csv',
    );
    expect(byCode.body.results[0].reasons[0].code).toBe('unknown_cell');
    for (const role of ['analyst', 'auditor'] as const) {
      const refused = await upload(server, server.token(role, tree.districtId), file, 'a.csv');
      expect(refused.status).toBe(403);
    }
  });
});
