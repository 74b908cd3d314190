import type { Province } from './two-provinces';

/**
 * A valid body for every write route, on targets of a province: the route matrix sends them to reach
 * the scope check (a body is validated before it), the fuzzer mutates them to reach deep into the
 * handlers. A wrong stage is the domain's 422, never a 400.
 */
export const ON = { occurredOn: '2025-03-14' } as const;
const vote = { entitled: 12, present: 10, inFavor: 9 };
const decision = (p: Province) => ({
  ...ON,
  decisionNo: '125-QĐ/HU',
  decidingUnitId: p.communeId,
});

export const MEMBER_ACTION_BODY: Readonly<Record<string, (p: Province) => object>> = {
  'assign-helper': (p) => ({ ...ON, helperId: p.officialIds[0] }),
  'complete-awareness-course': () => ({
    ...ON,
    certificateNo: 'CN-1',
    issuer: 'TTCT huyện',
    certificateDate: '2025-03-01',
  }),
  'submit-application': () => ON,
  'record-background-check': () => ({ ...ON, conclusion: 'clear' }),
  'assign-introducers': (p) => ({
    ...ON,
    introducers: p.officialIds.map((memberId) => ({ memberId, knownSince: '2021-01-01' })),
  }),
  'record-opinion': () => ({ ...ON, source: 'residence_cell', favorable: true, summary: 'Đồng ý' }),
  'record-cell-vote': () => ({ ...ON, vote }),
  'record-committee-vote': () => ({ ...ON, vote }),
  'decide-admission': (p) => decision(p),
  'refuse-admission': (p) => ({ ...decision(p), reason: 'Lý lịch chưa rõ' }),
  'hold-ceremony': () => ON,
  'record-recognition-vote': () => ({ ...ON, cellVote: vote, committeeVote: vote }),
  'recognize-official': (p) => decision(p),
  'refuse-recognition': (p) => ({ ...decision(p), vote }),
  'issue-card': () => ({ ...ON, cardNo: '01000123' }),
  transfer: (p) => ({
    ...ON,
    kind: 'temporary',
    targetCellId: p.cellId,
    purpose: 'training',
    until: '2026-03-14',
  }),
  'record-rating': () => ({ ...ON, year: 2024, grade: 'good' }),
  'grant-exemption': () => ({ ...ON, ground: 'elderly' }),
  'end-exemption': () => ON,
  'award-badge': () => ({ ...ON, milestoneYears: 30 }),
  'put-on-help-list': () => ({ ...ON, grounds: ['not_complete_two_years'], vote }),
  'clear-help-list': () => ({ ...ON, summary: 'Đã tiến bộ' }),
  discipline: (p) => ({ ...decision(p), form: 'reprimand', violation: 'x', vote }),
  'remove-name': (p) => ({ ...decision(p), ground: 'absent_or_dues_unpaid' }),
  'accept-withdrawal': (p) => ({ ...decision(p), requestedOn: '2025-02-10' }),
  'record-death': () => ({ ...ON, documentRef: 'GCT-15' }),
  'end-candidacy': () => ({ ...ON, reason: 'Chuyển công tác' }),
  readmit: (p) => ({ ...ON, consentRef: '77-CV/TU', cellId: p.cellId }),
  'correct-details': () => ({ ...ON, reason: 'Sai chính tả', person: { occupation: 'Kỹ sư' } }),
  // A candidate may be a commune cadre; no one holds the committee seat that ends; no such village.
  'assign-position': (p) => ({ ...ON, position: 'commune_cadre', unitId: p.communeId }),
  'end-position': (p) => ({ ...ON, position: 'committee_member', unitId: p.communeId }),
  'record-residence-village': (p) => ({ ...ON, villageId: `${p.provinceId}-no-village` }),
};

export const ORG_ACTION_BODY: Readonly<Record<string, (p: Province) => object>> = {
  rename: () => ({ ...ON, name: 'Chi bộ Khu phố 1' }),
  move: (p) => ({ ...ON, parentId: p.otherCommuneId }),
  'merge-into': (p) => ({ ...ON, targetId: p.cellId }),
  dissolve: () => ON,
  'grant-admission-authority': () => ON,
  'revoke-admission-authority': () => ON,
  'record-rating': () => ({ ...ON, year: 2024, grade: 'good', decisionNo: '15-QĐ/HU' }),
};

export const VILLAGE_ACTION_BODY: Readonly<Record<string, (p: Province) => object>> = {
  rename: () => ({ ...ON, name: 'Thôn Đông Hòa' }),
  move: (p) => ({ ...ON, communeId: p.otherCommuneId }),
  'assign-cell': (p) => ({ ...ON, cellId: p.cellId }),
  'release-cell': () => ON,
  'merge-into': (p) => ({ ...ON, targetId: `${p.provinceId}-no-village` }),
  dissolve: () => ON,
};

export const establishVillageBody = (p: Province, id: string) => ({
  id,
  communeId: p.communeId,
  kind: 'village',
  name: `Thôn ${id.length}`,
  occurredOn: '2020-01-10',
});

/** Administrators' actions on an account (`/api/accounts/{username}/actions/…`). */
export const ACCOUNT_ACTION_BODY: Readonly<Record<string, (p: Province) => object>> = {
  disable: () => ({ reason: 'Chuyển công tác' }),
  enable: () => ({}),
  'reset-password': () => ({ password: 'Mật khẩu đặt lại 1' }),
  'change-role': (p) => ({ role: 'auditor', orgScope: p.districtId }),
};

/** A new account scoped to the province's district (`POST /api/accounts`). */
export const accountBody = (p: Province, username: string) => ({
  username,
  displayName: 'Cán bộ thử',
  role: 'officer',
  orgScope: p.districtId,
  password: 'Mật khẩu cán bộ 1',
});

/**
 * A sign-in (`POST /api/session`) as the fuzzer sends it: a username nobody has, so that no mutation
 * of it can lock a real account (a lock is a write on a refused request).
 */
export const SIGN_IN_BODY = { username: 'khong-ai-co', password: 'Mật khẩu gì đó 1' } as const;

export const establishBody = (p: Province, id: string) => ({
  id,
  parentId: p.communeId,
  kind: 'cell',
  name: `Chi bộ mới ${id.length}`,
  code: `N${id.length}`,
  attributes: { area: 'rural' },
  occurredOn: '2025-07-01',
});

export const sourceBody = (p: Province, person: object) => ({
  person,
  cellId: p.cellId,
  proposedBy: 'youth_union',
  occurredOn: '2023-01-05',
});

export const importBody = (p: Province, person: object) => ({
  members: [
    {
      person,
      cellId: p.cellId,
      admissionDecisionDate: '2012-03-01',
      ceremonyDate: '2012-03-20',
      recognitionDate: '2013-03-20',
      occurredOn: '2015-02-01',
    },
  ],
});

/**
 * A roster of one existing member of the province's cell, as `POST /api/imports` takes it: a CSV file
 * with the Vietnamese headings (the API's own codes are read too), in a multipart body.
 */
export function importUpload(p: Province, person: Record<string, unknown>) {
  const columns: [string, unknown][] = [
    ['Họ và tên', person.fullName],
    ['Số CCCD', person.citizenId],
    ['Giới tính', person.gender],
    ['Ngày sinh', person.dateOfBirth],
    ['Dân tộc', person.ethnicity],
    ['Quê quán', person.hometown],
    ['Nơi ở hiện nay', person.residence],
    ['Trình độ học vấn', person.education],
    ['Trình độ chuyên môn', person.professionalLevel],
    ['Lý luận chính trị', person.politicalTheory],
    ['Nghề nghiệp', person.occupation],
    ['Mã chi bộ', p.cellId],
    ['Ngày quyết định kết nạp', '2012-03-01'],
    ['Ngày vào Đảng', '2012-03-20'],
    ['Ngày chính thức', '2013-03-20'],
  ];
  const csv = [columns.map(([heading]) => heading), columns.map(([, value]) => String(value))]
    .map((line) => line.map((field) => `"${field.replace(/"/g, '""')}"`).join(','))
    .join('\r\n');
  return multipart('file', 'danh-sach.csv', 'text/csv', csv);
}

/** A multipart/form-data body of one file part, as a browser sends an upload. */
export function multipart(field: string, fileName: string, type: string, content: string) {
  const boundary = 'memberflow-test-boundary';
  return {
    rawBody: [
      `--${boundary}`,
      `Content-Disposition: form-data; name="${field}"; filename="${fileName}"`,
      `Content-Type: ${type}`,
      '',
      content,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** A valid body for a documented write route on targets of province `p` (`undefined`: no body). */
export function sampleBodyFor(
  route: { readonly key: string; readonly path: string; readonly hasBody: boolean },
  p: Province,
  person: () => object,
): unknown {
  const action = /\/actions\/([a-z-]+)$/.exec(route.path)?.[1];
  if (route.path.startsWith('/api/members/') && action) return MEMBER_ACTION_BODY[action]?.(p);
  if (route.path.startsWith('/api/orgs/') && action) return ORG_ACTION_BODY[action]?.(p);
  if (route.path.startsWith('/api/villages/') && action) return VILLAGE_ACTION_BODY[action]?.(p);
  if (route.key === 'POST /api/villages') return establishVillageBody(p, 'fuzz-village');
  if (route.path.startsWith('/api/accounts/') && action) return ACCOUNT_ACTION_BODY[action]?.(p);
  if (route.key === 'POST /api/accounts') return accountBody(p, 'fuzz-account');
  if (route.key === 'POST /api/session') return SIGN_IN_BODY;
  if (route.key === 'POST /api/session/password')
    return { currentPassword: 'Mật khẩu cán bộ 1', newPassword: 'Mật khẩu mới hơn 2' };
  if (route.key === 'POST /api/orgs') return establishBody(p, 'fuzz-cell');
  if (route.key === 'POST /api/members') return sourceBody(p, person());
  if (route.key === 'POST /api/members/import') return importBody(p, person());
  if (route.key.startsWith('PUT /api/orgs/{id}/plans')) return { target: 40 };
  return route.hasBody ? {} : undefined;
}
