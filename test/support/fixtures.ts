import type { TestServer } from './test-app';

/** A person as the API takes it; `citizenId` must be unique per test server. */
export function person(citizenId: string, overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    dateOfBirth: '1995-03-14',
    ethnicity: 'kinh',
    citizenId,
    hometown: 'Thọ Xuân, Thanh Hóa',
    residence: 'Phường Điện Biên, Thanh Hóa',
    education: 'upper_secondary',
    professionalLevel: 'university',
    politicalTheory: 'elementary',
    occupation: 'Giáo viên',
    youthUnionMember: true,
    ...overrides,
  };
}

/** The body that establishes a province named after its id (a root unit: nothing else needed). */
export function provinceBody(id: string, occurredOn = '2015-01-05') {
  return {
    id,
    kind: 'province',
    name: `Tỉnh ${id}`,
    code: id.toUpperCase(),
    attributes: { area: 'urban' },
    occurredOn,
  };
}

export interface SmallProvince {
  readonly provinceId: string;
  readonly districtId: string;
  readonly communeId: string;
  readonly cellId: string;
  /** Official members who can introduce candidates (imported). */
  readonly introducerIds: readonly string[];
}

/** A province → district committee → grassroots committee → cell, with two official members imported. */
export async function buildSmallProvince(
  server: TestServer,
  admin: string,
): Promise<SmallProvince> {
  const units = [
    { id: 'tinh', kind: 'province', name: 'Đảng bộ tỉnh Thanh Hóa', code: 'TH', area: 'urban' },
    {
      id: 'huyen',
      parentId: 'tinh',
      kind: 'direct_committee',
      name: 'Đảng bộ huyện Thọ Xuân',
      code: 'TX',
      area: 'rural',
    },
    {
      id: 'xa',
      parentId: 'huyen',
      kind: 'grassroots_committee',
      name: 'Đảng bộ xã Xuân Hòa',
      code: 'XH',
      area: 'rural',
    },
    { id: 'chibo', parentId: 'xa', kind: 'cell', name: 'Chi bộ thôn 1', code: 'T1', area: 'rural' },
  ];
  for (const { area, ...unit } of units) {
    const response = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...unit, attributes: { area }, occurredOn: '2015-01-05' },
    });
    if (response.status !== 201)
      throw new Error(`establish ${unit.id}: ${response.status} ${response.text}`);
  }
  const imported = await server.request('POST', '/api/members/import', {
    token: admin,
    body: {
      members: ['001080000001', '001080000002'].map((citizenId, index) => ({
        person: person(citizenId, {
          fullName: ['Trần Thị Bình', 'Lê Văn Cường'][index],
          gender: 'female',
          dateOfBirth: '1980-05-01',
        }),
        cellId: 'chibo',
        admissionDecisionDate: '2010-03-01',
        ceremonyDate: '2010-03-20',
        recognitionDate: '2011-03-20',
        occurredOn: '2015-02-01',
      })),
    },
  });
  if (imported.status !== 200 || imported.body.registered !== 2) {
    throw new Error(`import: ${imported.status} ${imported.text}`);
  }
  return {
    provinceId: 'tinh',
    districtId: 'huyen',
    communeId: 'xa',
    cellId: 'chibo',
    introducerIds: imported.body.results.map((row: { id: string }) => row.id),
  };
}
