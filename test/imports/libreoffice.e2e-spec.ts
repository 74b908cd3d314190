import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { convertToCsv, describeWithLibreOffice } from '../support/libreoffice';
import { startTestServer, type TestServer } from '../support/test-app';
import { caughtUp } from '../security/support/projections';
import { memberRow, rosterWorkbook, upload } from './support/roster-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every workbook the api writes (issue 20) opens in LibreOffice headless as it is, without repair, and
 * holds the cells it should, shown the Vietnamese way: the roster and statistics exports, the import's
 * template and a dry run's report. Each is converted to CSV (every sheet, as shown, in UTF-8).
 */
describeWithLibreOffice('the XLSX files open in LibreOffice', () => {
  let server: TestServer;
  let tree: SmallProvince;
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-xlsx-'));

  beforeAll(async () => {
    server = await startTestServer();
    const admin = server.token('admin');
    tree = await buildSmallProvince(server, admin);
    const imported = await server.request('POST', '/api/members/import', {
      token: admin,
      body: {
        members: [
          {
            person: person('038070000011', {
              fullName: 'Hà Thị Mai',
              gender: 'female',
              dateOfBirth: '1970-02-03',
              ethnicity: 'muong',
            }),
            cellId: tree.cellId,
            admissionDecisionDate: '1995-05-02',
            ceremonyDate: '1995-05-19',
            recognitionDate: '1996-05-19',
            cardNo: '38000011',
            occurredOn: '2026-11-02',
          },
        ],
      },
    });
    expect(imported.body.registered).toBe(1);
    await caughtUp(server);
  }, 60_000);
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function save(name: string, path: string, token: string): Promise<string> {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}`, accept: XLSX },
    });
    expect(response.status).toBe(200);
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return file;
  }

  it('converts the exports, the template and a report, each sheet holding its cells', async () => {
    const officer = server.token('officer', tree.provinceId);
    const roster = await save('roster.xlsx', `/api/orgs/${tree.provinceId}/roster`, officer);
    const statistics = await save(
      'statistics.xlsx',
      `/api/orgs/${tree.provinceId}/statistics`,
      server.token('analyst'),
    );
    const template = await save('template.xlsx', '/api/imports/template', officer);
    const checked = await upload(
      server,
      officer,
      await rosterWorkbook([
        memberRow('038085000901', 'T1'),
        memberRow('038085000902', 'T1', { 'Ngày sinh': '31/02/1985' }),
      ]),
      'kiem-tra.xlsx',
      { accept: XLSX },
    );
    expect(checked.status).toBe(200);
    const report = join(dir, 'report.xlsx');
    writeFileSync(report, checked.bytes);

    const converted = convertToCsv([roster, statistics, template, report]);
    for (const [file, result] of converted) {
      expect({ file, status: result.status }).toEqual({ file, status: 0 });
      expect(result.output).not.toMatch(/error|repair|corrupt/i);
      expect({ file, sheets: result.sheets.size }).not.toEqual({ file, sheets: 0 });
    }

    const rosterSheet = converted.get(roster)!.sheets.get('Danh sách')!;
    const [heading, ...rows] = rosterSheet.trim().split('\n');
    expect(heading).toMatch(/^STT,Họ và tên,Số CCCD,Giới tính,Ngày sinh,Dân tộc,/);
    const mai = rows.find((row) => row.includes('Hà Thị Mai'))!;
    expect(mai).toContain(',038070000011,Nữ,03/02/1970,Mường,');
    expect(mai).toContain(',19/05/1996,');
    expect(rows).toHaveLength(3);

    const figures = converted.get(statistics)!.sheets;
    expect(figures.get('Số liệu')!.split('\n')[0]).toContain('Tổng số đảng viên');
    expect(figures.get('Số liệu')!.split('\n')[1]).toMatch(
      /^"?Đảng bộ tỉnh Thanh Hóa \(toàn đảng bộ\)"?,tinh,/,
    );
    expect(figures.get('Thông tin')).toMatch(/Số liệu tính đến ngày,,\d{2}\/\d{2}\/\d{4}/);

    const templateSheets = converted.get(template)!.sheets;
    expect(templateSheets.get('Danh sách')).toContain(
      'Nguyễn Văn An,038090001234,Nam,14/03/1990,Kinh',
    );
    expect(templateSheets.get('Hướng dẫn')).toContain('Số CCCD');

    const reportSheets = converted.get(report)!.sheets;
    const reportRows = reportSheets.get('Danh sách')!.trim().split('\n');
    expect(reportRows[0]).toContain('Kết quả,Lý do,Reason (English),Ghi chú,Dòng trong tệp');
    expect(reportRows[1]).toContain('Sẽ tạo mới');
    expect(reportRows[2]).toContain('Bị từ chối');
    expect(reportRows[2]).toContain('không phải ngày có thật');
    expect(reportSheets.get('Tóm tắt')).toContain('kiem-tra.xlsx');
  }, 240_000);
});
