import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn } from '../support/given';
import { startTestServer, type TestServer } from '../support/test-app';

/**
 * R-EDUCATION over HTTP, at the cell vote (QĐ 24 §1.2, HD 01 §1.2; docs/domain-rules.md): a
 * lower-secondary diploma; primary school in mountainous, border, island, ethnic-minority and remote
 * areas and for fishermen; literacy for village elders, village heads and reputable figures there.
 */
describe('the education an applicant needs, over HTTP (real server, real store)', () => {
  let server: TestServer;
  let admin: string;
  let tree: SmallProvince;

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.token('admin', '*');
    tree = await buildSmallProvince(server, admin);
    // A cell of a mountainous, ethnic-minority village under the commune, and one on the border.
    for (const [id, attributes] of [
      [
        'chibo-ban-1',
        { area: 'rural', residential: true, zones: ['mountainous', 'ethnic_minority'] },
      ],
      ['chibo-bien-gioi', { area: 'border', residential: true }],
    ] as const) {
      const created = await server.request('POST', '/api/orgs', {
        token: admin,
        body: {
          id,
          parentId: tree.communeId,
          kind: 'cell',
          name: `Chi bộ ${id}`,
          code: id.toUpperCase(),
          attributes,
          occurredOn: '2015-01-05',
        },
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => server.close());

  /** An applicant with `education`, in `cellId`, whose cell votes on 2023-04-03. */
  async function vote(citizenId: string, education: string, cellId: string, extra: object = {}) {
    const { id } = await givenOn(server, { ...tree, cellId }).member(
      'dossierComplete',
      person(citizenId, { education }),
    );
    return server.request('POST', `/api/members/${id}/actions/record-cell-vote`, {
      token: admin,
      body: { vote: { entitled: 12, inFavor: 10 }, occurredOn: '2023-04-03', ...extra },
    });
  }

  it('refuses primary school in an ordinary commune, and accepts lower secondary', async () => {
    const refused = await vote('038095000401', 'primary', tree.cellId);
    expect({ status: refused.status, rule: refused.body.rule }).toEqual({
      status: 422,
      rule: 'R-EDUCATION',
    });
    expect(refused.body.message.vi).toBe(
      'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên; trình độ hiện có: tiểu học',
    );
    expect((await vote('038095000402', 'lower_secondary', tree.cellId)).status).toBe(200);
  });

  it('accepts primary school in a mountainous, ethnic-minority village and on the border', async () => {
    expect((await vote('038095000403', 'primary', 'chibo-ban-1')).status).toBe(200);
    expect((await vote('038095000404', 'primary', 'chibo-bien-gioi')).status).toBe(200);
    expect((await vote('038095000405', 'literate', 'chibo-ban-1')).body.rule).toBe('R-EDUCATION');
  });

  it('accepts literacy for a village elder there, and primary school for a fisherman anywhere', async () => {
    const elder = await vote('038095000406', 'literate', 'chibo-ban-1', {
      educationException: 'reputable_figure',
    });
    expect(elder.status).toBe(200);
    const fisherman = await vote('038095000407', 'primary', tree.cellId, {
      educationException: 'fisherman',
    });
    expect(fisherman.status).toBe(200);
    const history = await server.request('GET', `/api/members/${fisherman.body.id}/history`, {
      token: admin,
    });
    expect(history.body.events.at(-1).data.educationException).toBe('fisherman');
    const elsewhere = await vote('038095000408', 'literate', tree.cellId, {
      educationException: 'reputable_figure',
    });
    expect(elsewhere.body.rule).toBe('R-EDUCATION');
  });

  it('names an unknown exception in a 400', async () => {
    const response = await vote('038095000409', 'primary', tree.cellId, {
      educationException: 'farmer',
    });
    expect(response.status).toBe(400);
  });
});
