import { person } from '../../support/fixtures';
import {
  startTestServer,
  type RequestOptions,
  type TestResponse,
  type TestServer,
} from '../../support/test-app';

export type Send = (
  method: string,
  path: string,
  options?: RequestOptions,
) => Promise<TestResponse>;

/** A province with two communes, a cell, two official members and a candidate. */
export interface Province {
  readonly provinceId: string;
  /** The district committee: scoped tokens act on province A's. */
  readonly districtId: string;
  readonly communeId: string;
  readonly otherCommuneId: string;
  readonly cellId: string;
  readonly officialIds: readonly string[];
  readonly candidateId: string;
}

/** Everything the fixtures wrote about people: what must never reach a log or an analyst. */
export interface PeopleUsed {
  readonly fullNames: string[];
  readonly citizenIds: string[];
  readonly datesOfBirth: string[];
  readonly places: string[];
}

export interface TwoProvinces {
  readonly a: Province;
  readonly b: Province;
  readonly people: PeopleUsed;
  /** A new cell under the province's first commune (a target nothing else uses). */
  freshCell(province: Province): Promise<string>;
  /** A new sympathizer in the province's cell. */
  freshCandidate(province: Province): Promise<string>;
  /** A person body with a citizen ID and name never used before (recorded in `people`). */
  freshPerson(overrides?: Record<string, unknown>): ReturnType<typeof person>;
}

const FAMILY = ['Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Thị Hồng', 'Quốc', 'Thu', 'Đức', 'Minh', 'Gia', 'Lan'];
const GIVEN = ['Nhung', 'Bảo', 'Trang', 'Thắng', 'Khuê', 'Huy', 'Chi', 'Duyên', 'Khải', 'Uyên'];

/** A distinct, letters-only name per serial number. */
function nameOf(serial: number): string {
  const family = FAMILY[serial % FAMILY.length];
  const middle = MIDDLE[Math.floor(serial / FAMILY.length) % MIDDLE.length];
  const given = GIVEN[Math.floor(serial / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
  return `${family} ${middle} ${given}`;
}

/** Two provinces, A and B, built with a whole-deployment admin token. */
export async function buildTwoProvinces(send: Send, admin: string): Promise<TwoProvinces> {
  const people: PeopleUsed = { fullNames: [], citizenIds: [], datesOfBirth: [], places: [] };
  let serial = 0;
  const freshPerson = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    const citizenId = `0790${String(serial).padStart(8, '0')}`;
    const fullName = nameOf(serial);
    const dateOfBirth = `19${70 + (serial % 25)}-0${1 + (serial % 9)}-1${serial % 10}`;
    const hometown = `Xóm Đồi ${serial}, Yên Định`;
    const residence = `Số ${serial} ngõ Hòe Nhai`;
    const body = person(citizenId, {
      fullName,
      dateOfBirth,
      hometown,
      residence,
      ...overrides,
    });
    people.fullNames.push(String(body.fullName));
    people.citizenIds.push(String(body.citizenId));
    people.datesOfBirth.push(String(body.dateOfBirth));
    people.places.push(String(body.hometown), String(body.residence));
    return body;
  };

  const expectStatus = (response: TestResponse, status: number, what: string) => {
    if (response.status !== status) {
      throw new Error(`${what}: ${response.status} ${response.text.slice(0, 300)}`);
    }
    return response;
  };

  const establish = async (unit: Record<string, unknown>) =>
    expectStatus(
      await send('POST', '/api/orgs', {
        token: admin,
        body: { attributes: { area: 'rural' }, occurredOn: '2015-01-05', ...unit },
      }),
      201,
      `establish ${String(unit.id)}`,
    );

  let cells = 0;
  const freshCell = async (province: Province) => {
    cells += 1;
    const id = `${province.provinceId}-cell-${cells}`;
    await establish({
      id,
      parentId: province.communeId,
      kind: 'cell',
      name: `Chi bộ thôn ${cells}`,
      code: `T${cells}`,
    });
    return id;
  };

  const freshCandidate = async (province: Province) => {
    const response = expectStatus(
      await send('POST', '/api/members', {
        token: admin,
        body: {
          person: freshPerson(),
          cellId: province.cellId,
          proposedBy: 'youth_union',
          occurredOn: '2023-01-05',
        },
      }),
      201,
      'source a candidate',
    );
    return String(response.body.id);
  };

  const build = async (p: 'a' | 'b'): Promise<Province> => {
    const ids = {
      provinceId: `tinh-${p}`,
      districtId: `huyen-${p}`,
      communeId: `xa-${p}`,
      otherCommuneId: `xa-${p}-2`,
      cellId: `chibo-${p}`,
    };
    await establish({ id: ids.provinceId, kind: 'province', name: `Tỉnh ${p}`, code: `P${p}` });
    await establish({
      id: ids.districtId,
      parentId: ids.provinceId,
      kind: 'direct_committee',
      name: `Huyện ${p}`,
      code: `D${p}`,
    });
    for (const [id, code] of [
      [ids.communeId, `C${p}`],
      [ids.otherCommuneId, `C${p}2`],
    ]) {
      await establish({
        id,
        parentId: ids.districtId,
        kind: 'grassroots_committee',
        name: `Xã ${code}`,
        code,
      });
    }
    await establish({
      id: ids.cellId,
      parentId: ids.communeId,
      kind: 'cell',
      name: `Chi bộ ${p}`,
      code: `K${p}`,
    });
    const imported = expectStatus(
      await send('POST', '/api/members/import', {
        token: admin,
        body: {
          members: [0, 1].map(() => ({
            person: freshPerson({ gender: 'female', dateOfBirth: '1980-05-01' }),
            cellId: ids.cellId,
            admissionDecisionDate: '2010-03-01',
            ceremonyDate: '2010-03-20',
            recognitionDate: '2011-03-20',
            occurredOn: '2015-02-01',
          })),
        },
      }),
      200,
      'import',
    );
    if (imported.body.registered !== 2) throw new Error(`import: ${imported.text}`);
    const officialIds = imported.body.results.map((row: { id: string }) => row.id);
    const partial = { ...ids, officialIds, candidateId: '' };
    return { ...partial, candidateId: await freshCandidate(partial) };
  };

  const a = await build('a');
  const b = await build('b');
  return { a, b, people, freshCell, freshCandidate, freshPerson };
}

/** A real server with the rate limits off (these suites send thousands of requests), holding A and B. */
export async function startWithTwoProvinces(): Promise<{ server: TestServer; fx: TwoProvinces }> {
  const server = await startTestServer({
    MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
    MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
  });
  const fx = await buildTwoProvinces(server.request, server.token('admin', '*', 'fixture-admin'));
  return { server, fx };
}
