import type ExcelJS from 'exceljs';
import { person, buildSmallProvince, type SmallProvince } from '../support/fixtures';
import { givenOn } from '../support/given';
import { startTestServer, type TestServer } from '../support/test-app';
import { caughtUp } from '../security/support/projections';
import { readWorkbook, sha256, upload } from './support/roster-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Members registered as a province's records list them: each kind of person the statistics count. */
function existingMembers(cellId: string) {
  const member = (
    citizenId: string,
    overrides: Record<string, unknown>,
    dates: Record<string, unknown>,
  ) => ({ person: person(citizenId, overrides), cellId, occurredOn: '2026-11-02', ...dates });
  return [
    member(
      '038070000011',
      { fullName: 'Hà Thị Mai', gender: 'female', dateOfBirth: '1970-02-03', ethnicity: 'muong' },
      {
        admissionDecisionDate: '1995-05-02',
        admissionDecisionNo: '12-QĐ/HU',
        ceremonyDate: '1995-05-19',
        recognitionDate: '1996-05-19',
        cardNo: '38000011',
        cardIssuedOn: '1996-09-02',
      },
    ),
    member(
      '038099000012',
      {
        fullName: 'Lò Văn Sáng',
        dateOfBirth: '1999-12-30',
        ethnicity: 'thai',
        religion: 'Công giáo',
      },
      { admissionDecisionDate: '2026-03-02', ceremonyDate: '2026-03-20' },
    ),
    member(
      '038001000013',
      {
        fullName: 'Đinh Thị Lan',
        gender: 'female',
        dateOfBirth: '2001-07-07',
        education: 'lower_secondary',
        professionalLevel: 'none',
        politicalTheory: 'none',
        youthUnionMember: false,
      },
      { admissionDecisionDate: '2026-10-05', admissionDecisionNo: '88-QĐ/ĐU' },
    ),
    member(
      '038060000014',
      { fullName: 'Trịnh Văn Hải', dateOfBirth: '1958-01-15', professionalLevel: 'master' },
      { ceremonyDate: '1985-06-01', recognitionDate: '1986-06-01', cardNo: '38000014' },
    ),
  ];
}

async function seed(server: TestServer): Promise<SmallProvince> {
  const admin = server.token('admin');
  const tree = await buildSmallProvince(server, admin);
  const imported = await server.request('POST', '/api/members/import', {
    token: admin,
    body: { members: existingMembers(tree.cellId) },
  });
  if (imported.body?.registered !== 4) throw new Error(`seed: ${imported.text}`);
  return tree;
}

async function download(server: TestServer, path: string, token: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: XLSX },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** Every cell of every sheet as text: what the file shows, to look for what it must not. */
function allText(workbook: ExcelJS.Workbook): string {
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        texts.push(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      }),
    ),
  );
  return texts.join('\n');
}

function headings(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('the roster and the statistics as XLSX (issue 20)', () => {
  let server: TestServer;
  let tree: SmallProvince;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await seed(server);
    await givenOn(server, tree).member(
      'official',
      person('038098000015', { fullName: 'Phạm Văn Tiến' }),
    );
    await caughtUp(server);
  }, 60_000);
  afterAll(() => server.close());

  it('exports the roster with the import’s headings, typed cells in Vietnamese formats, a frozen header and fitting widths', async () => {
    const response = await download(
      server,
      `/api/orgs/${tree.provinceId}/roster`,
      server.token('officer', tree.provinceId),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="roster-tinh.xlsx"',
    );
    const workbook = await readWorkbook(response.bytes);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const names = headings(sheet);
    expect(names.slice(0, 6)).toEqual([
      'STT',
      'Họ và tên',
      'Số CCCD',
      'Giới tính',
      'Ngày sinh',
      'Dân tộc',
    ]);
    expect(sheet.actualRowCount).toBe(1 + 7);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const row = sheet
      .getRows(2, 7)!
      .find((each) => each.getCell(names.indexOf('Họ và tên') + 1).value === 'Hà Thị Mai')!;
    const cell = (heading: string) => row.getCell(names.indexOf(heading) + 1);
    expect(cell('Số CCCD').value).toBe('038070000011');
    expect(cell('Giới tính').value).toBe('Nữ');
    expect(cell('Dân tộc').value).toBe('Mường');
    expect(cell('Trình độ học vấn').value).toBe('12/12');
    expect(cell('Ngày sinh').value).toEqual(new Date(Date.UTC(1970, 1, 3)));
    expect(cell('Ngày sinh').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Ngày chính thức').value).toEqual(new Date(Date.UTC(1996, 4, 19)));
    expect(cell('Ngày cấp thẻ').value).toEqual(new Date(Date.UTC(1996, 8, 2)));
    expect(cell('Số quyết định kết nạp').value).toBe('12-QĐ/HU');
    expect(cell('Quê quán').value).toBe('Thọ Xuân, Thanh Hóa');
    expect(cell('Giai đoạn').value).toBe('Đảng viên chính thức');
    expect(cell('STT').numFmt).toBe('[$-42A]#,##0');
    expect(typeof cell('STT').value).toBe('number');
    // Widths fit the widest value (and the heading), within bounds.
    const nameWidth = sheet.getColumn(names.indexOf('Họ và tên') + 1).width!;
    expect(nameWidth).toBeGreaterThanOrEqual('Nguyễn Văn An'.length);
    expect(nameWidth).toBeLessThanOrEqual(62);
  });

  it('applies the roster query’s filters', async () => {
    const response = await download(
      server,
      `/api/orgs/${tree.provinceId}/roster?stage=probationary,admission_decided`,
      server.token('officer', tree.provinceId),
    );
    const sheet = (await readWorkbook(response.bytes)).getWorksheet('Danh sách')!;
    const stages = sheet
      .getRows(2, sheet.actualRowCount - 1)!
      .map((row) => row.getCell(headings(sheet).indexOf('Giai đoạn') + 1).value);
    expect(stages.sort()).toEqual(['Đã có quyết định kết nạp', 'Đảng viên dự bị']);
  });

  it('gives analysts the roster as rosters show it to them: no citizen ID, card, birth date, hometown or residence', async () => {
    const response = await download(
      server,
      `/api/orgs/${tree.provinceId}/roster`,
      server.token('analyst', tree.provinceId),
    );
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response.bytes);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const names = headings(sheet);
    for (const hidden of [
      'Số CCCD',
      'Ngày sinh',
      'Quê quán',
      'Nơi ở hiện nay',
      'Số thẻ đảng viên',
      'Ngày cấp thẻ',
      'Số quyết định kết nạp',
    ])
      expect(names).not.toContain(hidden);
    expect(names).toContain('Năm sinh');
    const text = allText(workbook);
    for (const secret of [
      '038070000011',
      '38000011',
      '1970-02-03',
      'Thọ Xuân, Thanh Hóa',
      'Phường Điện Biên',
      '12-QĐ/HU',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('Hà Thị Mai');
    expect(text).toContain('1970');
  });

  it('exports the statistics of the subtree: a row for the unit and each child, a column per figure, equal to the JSON', async () => {
    const token = server.token('analyst', tree.provinceId);
    const json = (await server.request('GET', `/api/orgs/${tree.provinceId}/statistics`, { token }))
      .body;
    const response = await download(server, `/api/orgs/${tree.provinceId}/statistics`, token);
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response.bytes);
    const sheet = workbook.getWorksheet('Số liệu')!;
    const names = headings(sheet);
    expect(names.slice(0, 3)).toEqual(['Đơn vị', 'Mã đơn vị', 'Loại đơn vị']);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const total = sheet.getRow(2);
    const at = (heading: string) => total.getCell(names.indexOf(heading) + 1);
    expect(total.getCell(1).value).toBe('Đảng bộ tỉnh Thanh Hóa (toàn đảng bộ)');
    expect(at('Tổng số đảng viên').value).toBe(json.total.members.total);
    expect(at('Tổng số đảng viên').numFmt).toBe('[$-42A]#,##0');
    expect(at('Đảng viên theo giới tính: Nữ').value).toBe(
      json.total.members.byDimension.gender.female,
    );
    expect(at('Đảng viên theo dân tộc: Dân tộc thiểu số').value).toBe(
      json.total.members.byDimension.ethnicity.minority,
    );
    expect(at('Kết nạp trong kỳ').value).toBe(json.total.flows.admitted);
    expect(at('Tổ chức đảng: Chi bộ trực thuộc').value).toBe(json.total.units.cell);
    expect(sheet.actualRowCount).toBe(2 + json.children.length);
    expect(sheet.getRow(3).getCell(2).value).toBe(json.children[0].unit.id);
    expect(workbook.getWorksheet('Thông tin')).toBeDefined();
  });
});

describe('the round trip (issue 20): export a roster, import it into a fresh store, equal statistics', () => {
  let source: TestServer;
  let fresh: TestServer;

  beforeAll(async () => {
    [source, fresh] = await Promise.all([startTestServer(), startTestServer()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([source?.close(), fresh?.close()]);
  });

  it('registers every member of the export again, and the statistics of the fresh store equal the source’s', async () => {
    const tree = await seed(source);
    await givenOn(source, tree).member(
      'official',
      person('038098000015', { fullName: 'Phạm Văn Tiến' }),
    );
    await caughtUp(source);
    const exported = await download(
      source,
      `/api/orgs/${tree.provinceId}/roster`,
      source.token('admin'),
    );
    expect(exported.status).toBe(200);

    // The fresh store has the same tree (and the province's two first members, registered alike).
    await buildSmallProvince(fresh, fresh.token('admin'));
    const officer = fresh.token('officer', tree.provinceId, 'can-bo-nhap');
    const checked = await upload(fresh, officer, exported.bytes, 'roster-tinh.xlsx');
    expect(checked.status).toBe(200);
    expect(checked.body.refused).toBe(0);
    const committed = await upload(fresh, officer, exported.bytes, 'roster-tinh.xlsx', {
      commit: sha256(exported.bytes),
    });
    expect({
      created: committed.body.created,
      unchanged: committed.body.unchanged,
      refused: committed.body.refused,
    }).toEqual({
      created: 5,
      unchanged: 2,
      refused: 0,
    });
    await caughtUp(fresh);

    const statistics = async (server: TestServer) =>
      (
        await server.request('GET', `/api/orgs/${tree.provinceId}/statistics`, {
          token: server.token('analyst'),
        })
      ).body;
    const [before, after] = await Promise.all([statistics(source), statistics(fresh)]);
    expect(after.total.members.total).toBe(6); // and one whose admission is decided
    expect(after).toEqual(before);
  });
});
