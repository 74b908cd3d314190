import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type Given } from '../support/given';
import { recorded } from '../support/member-stages';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * The Vietnamese of the rules' answers, as an officer reads them over HTTP (issue 18; the list of
 * changes is in docs/domain-rules.md §Wording): "cho ra khỏi Đảng" for the decision on a request to
 * leave, "không phải đánh giá, xếp loại" for an exempt member, no field label said twice, vote counts
 * stated plainly.
 */
describe('the wording of rule messages over HTTP (real server, real store)', () => {
  let server: TestServer;
  let officer: string;
  let tree: SmallProvince;
  let given: Given;

  beforeAll(async () => {
    server = await startTestServer();
    tree = await buildSmallProvince(server, server.token('admin', '*'));
    officer = server.token('officer', 'huyen');
    given = givenOn(server, tree);
  });
  afterAll(() => server.close());

  const act = (id: string, action: string, body: Record<string, unknown>) =>
    server.request('POST', `/api/members/${id}/actions/${action}`, { token: officer, body });

  it('calls the decision on a request to leave "cho ra khỏi Đảng"', async () => {
    const { id } = await given.member('applying', '038095000701');
    const refused = await act(id, 'accept-withdrawal', {
      decisionNo: '1',
      decidingUnitId: tree.districtId,
      requestedOn: '2023-03-02',
      occurredOn: '2023-03-05',
    });
    expect(refused.body.rule).toBe('R-STAGE');
    expect(refused.body.message.vi).toContain(
      'Không thể "Cho ra khỏi Đảng (theo đơn xin ra khỏi Đảng)"',
    );
  });

  it('tells that an exempt member is not to be rated, naming party activities', async () => {
    const member = await given.member('official', '038095000702');
    await given.append(member, [
      recorded('grant-exemption', 'ExemptionGranted', '2024-06-03', { ground: 'elderly' }),
    ]);
    const refused = await act(member.id, 'record-rating', {
      year: 2024,
      grade: 'good',
      occurredOn: '2024-12-20',
    });
    expect(refused.body.rule).toBe('R-RATING-EXEMPT');
    expect(refused.body.message.vi).toBe(
      'Đảng viên được miễn công tác và sinh hoạt đảng từ 03/06/2024: không phải đánh giá, xếp loại',
    );
  });

  it('names a wrong field once', async () => {
    const refused = await server.request('POST', '/api/members', {
      token: officer,
      body: {
        person: person('038095000703', { fullName: 'Nguyễn Văn 3' }),
        cellId: tree.cellId,
        proposedBy: 'youth_union',
        occurredOn: '2023-01-05',
      },
    });
    expect(refused.body.rule).toBe('R-PERSON');
    expect(refused.body.message.vi).toBe(
      'Thông tin cá nhân không hợp lệ: Họ và tên: chỉ gồm chữ cái, tối đa 100 ký tự',
    );
  });

  it('states impossible vote counts plainly', async () => {
    const { id } = await given.member('dossierComplete', '038095000704');
    const refused = await act(id, 'record-cell-vote', {
      vote: { entitled: 12, present: 10, inFavor: 11 },
      occurredOn: '2023-04-03',
    });
    expect(refused.body.rule).toBe('R-VOTE');
    expect(refused.body.message.vi).toBe(
      'Số phiếu không hợp lệ: 12 người có quyền biểu quyết, 10 có mặt, 11 đồng ý (số đồng ý không vượt số có mặt, số có mặt không vượt số có quyền biểu quyết)',
    );
  });

  it('says a date to come has not come yet', async () => {
    const { id } = await given.member('applying', '038095000705');
    const refused = await act(id, 'record-background-check', {
      conclusion: 'clear',
      occurredOn: '2099-01-02',
    });
    expect(refused.body.rule).toBe('R-DATE-FUTURE');
    expect(refused.body.message.vi).toMatch(
      /^Ngày 02\/01\/2099 chưa đến \(hôm nay là \d\d\/\d\d\/\d{4}\)$/,
    );
  });
});
