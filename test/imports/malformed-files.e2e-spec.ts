import { buildSmallProvince } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-app';
import {
  csvWithRows,
  memberRow,
  rosterCsv,
  rosterWorkbook,
  sha256,
  upload,
  workbookWithRows,
  zipBomb,
} from './support/roster-files';

/**
 * Malformed files (issue 20), one test each: every one gets a clear error (422 with the reason in
 * Vietnamese and English, 413 for a file past the upload limit, 400 for a broken upload) or a reason
 * on its row, never a 500; and nothing is written, not even by a commit of the file.
 */
describe('POST /api/imports with malformed files', () => {
  let server: TestServer;
  let officer: string;

  beforeAll(async () => {
    server = await startTestServer();
    await buildSmallProvince(server, server.token('admin'));
    officer = server.token('officer', 'huyen', 'can-bo-nhap');
  }, 60_000);
  afterAll(() => server.close());

  const head = async (): Promise<string> =>
    (await server.request('GET', '/health')).body.store.headPosition;

  /** Dry run and commit of the file: both refused as a whole with this reason; nothing written. */
  async function refusedWhole(file: Buffer, name: string, reason: string) {
    const before = await head();
    const checked = await upload(server, officer, file, name);
    const committed = await upload(server, officer, file, name, { commit: sha256(file) });
    for (const response of [checked, committed]) {
      expect({ status: response.status, code: response.body?.code }).toEqual({
        status: 422,
        code: 'import_file_unreadable',
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.details.reason).toBe(reason);
      expect(response.body.message.vi).toEqual(expect.any(String));
      expect(response.body.message.en).toEqual(expect.any(String));
    }
    expect(await head()).toBe(before);
    return checked.body;
  }

  it('refuses a file that is not a spreadsheet (an image, a PDF, an Excel 97 file)', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    );
    expect((await refusedWhole(png, 'danh-sach.xlsx', 'not_a_spreadsheet')).message.en).toContain(
      'not a spreadsheet',
    );
    const pdf = Buffer.from(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n\u0000',
      'latin1',
    );
    await refusedWhole(pdf, 'danh-sach.pdf', 'not_a_spreadsheet');
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect((await refusedWhole(xls, 'danh-sach.xls', 'legacy_or_encrypted')).message.vi).toContain(
      '.xls',
    );
    const truncated = (await rosterWorkbook([memberRow('038085000101', 'T1')])).subarray(0, 900);
    await refusedWhole(truncated, 'hong.xlsx', 'not_a_workbook');
    await refusedWhole(Buffer.alloc(0), 'rong.csv', 'no_rows');
  });

  it('refuses a zip bomb: a workbook inflating past the cap, before it fills memory', async () => {
    const bomb = await zipBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const problem = await refusedWhole(bomb, 'bom.xlsx', 'zip_bomb');
    expect(problem.message.en).toContain('inflates past 256 MiB');
  }, 60_000);

  it('refuses the row whose cell holds a formula (never computed), and takes the others', async () => {
    const file = await rosterWorkbook([
      memberRow('038085000201', 'T1', { 'Ngày sinh': { formula: 'DATE(1985,3,14)' } }),
      memberRow('038085000202', 'T1', { 'Họ và tên': { formula: 'HYPERLINK("http://x","Bấm")' } }),
      memberRow('038085000203', 'T1'),
    ]);
    const before = await head();
    const response = await upload(server, officer, file, 'cong-thuc.xlsx', {
      commit: sha256(file),
    });
    expect(response.status).toBe(200);
    const [first, second, third] = response.body.results;
    expect(first.status).toBe('refused');
    expect(first.reasons[0].code).toBe('formula');
    expect(first.reasons[0].message.vi).toContain('=DATE(1985,3,14)');
    expect(first.reasons[0].message.en).toContain('formulas are never computed');
    expect(second.reasons[0].code).toBe('formula');
    expect(third.status).toBe('created');
    expect(await head()).not.toBe(before); // the third row, and only it, was written
  });

  it('refuses CSV cells a spreadsheet would run as formulas (CSV injection)', async () => {
    const file = rosterCsv([
      memberRow('038085000301', 'T1', { 'Họ và tên': "=cmd|' /C calc'!A0" }),
      memberRow('038085000302', 'T1', { 'Nghề nghiệp': '@SUM(1+1)' }),
      memberRow('038085000303', 'T1', { 'Quê quán': '+84 Thanh Hóa' }),
    ]);
    const response = await upload(server, officer, file, 'tiem.csv');
    expect(response.status).toBe(200);
    expect(
      response.body.results.map((r: { reasons: { code: string }[] }) => r.reasons[0]?.code),
    ).toEqual(['formula', 'formula', 'formula']);
  });

  it('refuses a workbook of a million rows with a clear error, writing nothing', async () => {
    const file = await workbookWithRows(1_000_000, 'T1', 'names');
    expect(file.length).toBeLessThan(32 * 1024 * 1024);
    const problem = await refusedWhole(file, 'mot-trieu.xlsx', 'too_many_rows');
    expect(problem.message.en).toContain('more than 100,000 rows');
    expect(problem.message.vi).toContain('hơn 100.000 dòng');
  }, 180_000);

  it('refuses a CSV file of a million rows the same way', async () => {
    await refusedWhole(csvWithRows(1_000_000), 'mot-trieu.csv', 'too_many_rows');
  }, 60_000);

  it('refuses merged heading cells, naming them', async () => {
    const file = await rosterWorkbook([memberRow('038085000401', 'T1')], {
      merges: ['Q1:R1'],
    });
    const problem = await refusedWhole(file, 'gop-o.xlsx', 'merged_header');
    expect(problem.message.vi).toContain('Q1:R1');
    // A heading over two rows (a two-row header) too.
    const twoRows = await rosterWorkbook([memberRow('038085000402', 'T1')], {
      title: 'DANH SÁCH',
      merges: ['A1:U1', 'B2:B3'],
    });
    expect((await refusedWhole(twoRows, 'hai-hang.xlsx', 'merged_header')).message.en).toContain(
      'B2:B3',
    );
  });

  it('reads dates written as text (14/03/2022) and as spreadsheet serial numbers', async () => {
    const file = await rosterWorkbook([
      memberRow('038085000501', 'T1', {
        'Ngày sinh': '14/03/1992',
        'Ngày quyết định kết nạp': '01/03/2022',
        'Ngày vào Đảng': '14/03/2022',
        'Ngày chính thức': '14/03/2023',
      }),
      memberRow('038085000502', 'T1', {
        'Ngày sinh': 33677, // 1992-03-14
        'Ngày quyết định kết nạp': 44621, // 2022-03-01
        'Ngày vào Đảng': 44634, // 2022-03-14
        'Ngày chính thức': 44999, // 2023-03-14
      }),
    ]);
    const response = await upload(server, officer, file, 'ngay.xlsx', { commit: sha256(file) });
    expect(response.status).toBe(200);
    expect(response.body.created).toBe(2);
    for (const result of response.body.results) {
      const member = await server.request('GET', `/api/members/${result.memberId}`, {
        token: officer,
      });
      expect(member.body.person.dateOfBirth).toBe('1992-03-14');
      expect(member.body.dates).toEqual(
        expect.objectContaining({
          admissionDecision: '2022-03-01',
          ceremony: '2022-03-14',
          officialSince: '2023-03-14',
        }),
      );
    }
  });

  it('refuses files without a header row, or without the columns it needs', async () => {
    const noHeader = rosterCsv([])
      .toString('utf8')
      .replace(/^\uFEFF[^\n]*\n/, 'a,b,c\n1,2,3\n');
    await refusedWhole(Buffer.from(noHeader), 'khong-tieu-de.csv', 'no_header');
    const missing = await rosterWorkbook([memberRow('038085000601', 'T1')], {
      headings: ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc'],
    });
    const problem = await refusedWhole(missing, 'thieu-cot.xlsx', 'missing_columns');
    expect(problem.message.vi).toContain('Số CCCD');
    await refusedWhole(rosterCsv([]), 'chi-tieu-de.csv', 'no_rows');
  });

  it('refuses a CSV file that is not UTF-8, naming the remedy', async () => {
    const latin1 = Buffer.from(
      'Họ và tên,Số CCCD,Giới tính\nLê Văn Năm,038085000701,Nữ\n',
      'latin1',
    );
    const withInvalidBytes = Buffer.concat([latin1, Buffer.from([0xff, 0xfe, 0x41])]);
    const problem = await refusedWhole(withInvalidBytes, 'cp1258.csv', 'not_utf8');
    expect(problem.message.en).toContain('CSV UTF-8');
  });

  it('answers 413 to a file past the upload limit and 400 to a broken upload, never a 500', async () => {
    const huge = Buffer.alloc(33 * 1024 * 1024, 0x41);
    const tooLarge = await upload(server, officer, huge, 'lon.csv');
    expect({ status: tooLarge.status, code: tooLarge.body?.code }).toEqual({
      status: 413,
      code: 'body_too_large',
    });
    const noFile = await server.request('POST', '/api/imports', { token: officer, body: {} });
    expect({ status: noFile.status, code: noFile.body?.code }).toEqual({
      status: 400,
      code: 'invalid_body',
    });
    expect(noFile.body.errors[0].field).toBe('file');
    const broken = await server.request('POST', '/api/imports', {
      token: officer,
      rawBody: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect({ status: broken.status, code: broken.body?.code }).toEqual({
      status: 400,
      code: 'invalid_body',
    });
    const noBoundary = await server.request('POST', '/api/imports', {
      token: officer,
      rawBody: 'abc',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.status).toBe(400);
  });
});
