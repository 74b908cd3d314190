import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatPercent } from '../../apps/console/src/i18n/format';
import { buildSmallProvince, person, type SmallProvince } from '../support/fixtures';
import { givenOn, type SeededMember } from '../support/given';
import { startTestServer, type TestServer } from '../support/test-app';
import {
  BROWSER_AVAILABLE,
  buildConsole,
  choose,
  describeInBrowser,
  contextFor,
  launch,
  screenshot,
  signIn,
  typeDate,
  waitForCount,
  waitForText,
  type Lang,
  type Viewport,
} from './support/browser';

/**
 * The console in a real browser (issue 19): Debian's chromium against the real api on a fresh store,
 * signed in through the session API with accounts an administrator created. Every screen is saved
 * under artifacts/screenshots/ in Vietnamese and English, at desktop and phone widths.
 */

const PASSWORD = 'mat-khau-du-dai-2025';
const ACCOUNTS = {
  officer: { username: 'can-bo-tx', role: 'officer', orgScope: 'huyen', displayName: 'Lê Văn Tổ' },
  otherOfficer: {
    username: 'can-bo-ns',
    role: 'officer',
    orgScope: 'huyen-ns',
    displayName: 'Phạm Thị Nga',
  },
  auditor: {
    username: 'kiem-tra',
    role: 'auditor',
    orgScope: 'tinh',
    displayName: 'Hoàng Văn Kiểm',
  },
  analyst: { username: 'thong-ke', role: 'analyst', orgScope: 'tinh', displayName: 'Đỗ Thị Số' },
} as const;
type Who = keyof typeof ACCOUNTS;

let server: TestServer;
let browser: Browser;
let province: SmallProvince;
/** Official members admitted in 2023 in the district of `huyen` (the plan's year). */
let officials: SeededMember[];
/** An applicant whose dossier lacks everything: a cell vote is refused (R-DOSSIER). */
let applicant: SeededMember;
/** A sympathizer of the other district (huyen-ns). */
let otherDistrictMember: SeededMember;
/** The labels the api gives each action (`x-labels` of the OpenAPI document). */
let actionLabels: Record<string, { vi: string; en: string }>;

beforeAll(async () => {
  if (!BROWSER_AVAILABLE) return;
  buildConsole();
  server = await startTestServer({
    MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
    MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
  });
  const admin = server.token('admin', '*');
  province = await buildSmallProvince(server, admin);
  for (const unit of [
    {
      id: 'huyen-ns',
      parentId: 'tinh',
      kind: 'direct_committee',
      name: 'Đảng bộ huyện Nông Cống',
      code: 'NC',
    },
    {
      id: 'xa-ns',
      parentId: 'huyen-ns',
      kind: 'grassroots_committee',
      name: 'Đảng bộ xã Tế Lợi',
      code: 'TL',
    },
    { id: 'chibo-ns', parentId: 'xa-ns', kind: 'cell', name: 'Chi bộ thôn Đông', code: 'TD' },
  ]) {
    const answer = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...unit, attributes: { area: 'rural' }, occurredOn: '2015-01-05' },
    });
    expect(answer.status).toBe(201);
  }
  for (const [unit, target] of [
    ['huyen', 4],
    ['huyen-ns', 2],
  ] as const) {
    const plan = await server.request('PUT', `/api/orgs/${unit}/plans/2023`, {
      token: admin,
      body: { target },
    });
    expect(plan.status).toBe(200);
  }
  for (const account of Object.values(ACCOUNTS)) {
    const created = await server.request('POST', '/api/accounts', {
      token: admin,
      body: { ...account, password: PASSWORD },
    });
    expect(created.status).toBe(201);
  }
  const given = givenOn(server, province);
  officials = [];
  for (const [index, fullName] of ['Nguyễn Thị Hoa', 'Vũ Văn Hải', 'Lò Thị Mai'].entries()) {
    officials.push(
      await given.member(
        'official',
        person(`00109500010${index}`, {
          fullName,
          gender: index === 1 ? 'male' : 'female',
          ethnicity: index === 2 ? 'thai' : 'kinh',
        }),
      ),
    );
  }
  applicant = await given.member('applying', person('001098000201', { fullName: 'Trịnh Văn Bảo' }));
  otherDistrictMember = await givenOn(server, {
    cellId: 'chibo-ns',
    districtId: 'huyen-ns',
    introducerIds: province.introducerIds,
  }).member('sourced', person('001099000301', { fullName: 'Mai Văn Ngọc' }), {
    projections: 'caught-up',
  });
  const document = await server.request('GET', '/api/docs-json');
  actionLabels =
    document.body.components.schemas.MemberView.properties.availableActions.items['x-labels'];
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser profile signed in as one of the accounts. */
async function signedIn(
  who: Who,
  lang: Lang = 'vi',
  viewport: Viewport = 'desktop',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await contextFor(browser, lang, viewport);
  const page = await context.newPage();
  await signIn(page, server, ACCOUNTS[who].username, PASSWORD, lang);
  return { context, page };
}

describeInBrowser('the api serving the console', () => {
  it('answers / and the console’s own paths with its page, under the strict CSP', async () => {
    for (const path of ['/', '/members/some-id']) {
      const page = await fetch(`${server.url}${path}`, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<div id="root">');
    }
  });

  it('sends hashed assets with a year of cache, compressed when the browser takes gzip', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    const plain = await fetch(`${server.url}${script}`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = await plain.text();
    const zipped = await fetch(`${server.url}${script}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/javascript/);
    expect(await zipped.text()).toBe(body); // fetch inflates it
  });

  it('leaves the api’s paths and unknown files to the api', async () => {
    const unknownApi = await fetch(`${server.url}/api/nothing`, {
      headers: { Accept: 'text/html' },
    });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404); // a script, not a browser
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describeInBrowser('signing in', () => {
  it.each([
    ['officer', '/worklist', 'Việc đến hạn và quá hạn'],
    ['auditor', '/audit', 'Kiểm tra hồ sơ và kho sự kiện'],
    ['analyst', '/dashboard', 'Thống kê'],
  ] as const)(
    'signs the %s in with a session cookie and opens their start page',
    async (who, path, title) => {
      const { context, page } = await signedIn(who);
      try {
        expect(new URL(page.url()).pathname).toBe(path);
        await waitForText(page.getByRole('heading', { level: 1 }), title);
        const cookies = await context.cookies();
        const session = cookies.find((cookie) => cookie.name === 'mf_session');
        expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
        // No token anywhere the page's scripts can read: the session cookie is httpOnly.
        const storage = await page.evaluate<string>(
          'JSON.stringify({ ...localStorage, ...sessionStorage })',
        );
        expect(storage).not.toMatch(/eyJ/);
      } finally {
        await context.close();
      }
    },
    60_000,
  );

  it('refuses a wrong password with the api’s message and stays on the sign-in page', async () => {
    const context = await contextFor(browser, 'vi');
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill(ACCOUNTS.officer.username);
      await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau-roi');
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/session'));
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      const problem = await (await answer).json();
      expect(problem.code).toBe('invalid_credentials');
      await waitForText(page.getByRole('alert'), problem.message.vi);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describeInBrowser('an officer', () => {
  it('takes a candidate from sourcing to official member by clicks alone', async () => {
    const { context, page } = await signedIn('officer');
    try {
      await page.getByRole('link', { name: 'Tạo nguồn' }).first().click();
      const f = 'source-candidate';
      await page.locator(`#${f}_person_fullName`).fill('Nguyễn Văn An');
      await page.locator(`#${f}_person_gender`).getByText('Nam', { exact: true }).click();
      await typeDate(page, `${f}_person_dateOfBirth`, '14/03/1998');
      await choose(page, `${f}_person_ethnicity`, 'Mường');
      await page.locator(`#${f}_person_citizenId`).fill('038098000101');
      await page.locator(`#${f}_person_hometown`).fill('Thọ Xuân');
      await page.locator(`#${f}_person_residence`).fill('Xuân Hòa');
      await page.locator(`#${f}_person_education`).getByText('Trung học phổ thông').click();
      await choose(page, `${f}_person_professionalLevel`, 'Cao đẳng');
      await choose(page, `${f}_person_politicalTheory`, 'Chưa');
      await page.locator(`#${f}_person_occupation`).fill('Kỹ thuật viên');
      await page.locator(`#${f}_person_youthUnionMember`).check();
      await choose(page, `${f}_cellId`, 'thôn 1', 'Chi bộ thôn 1');
      await choose(page, `${f}_proposedBy`, 'Đoàn Thanh niên');
      await typeDate(page, `${f}_occurredOn`, '05/01/2023');
      const created = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/members') && response.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
      expect((await created).status()).toBe(201);
      await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop() as string;

      const steps: [string, (form: string) => Promise<void>][] = [
        [
          'complete-awareness-course',
          async (form) => {
            await page.locator(`#${form}_certificateNo`).fill('GCN-123');
            await page.locator(`#${form}_issuer`).fill('Trung tâm Chính trị huyện Thọ Xuân');
            await typeDate(page, `${form}_certificateDate`, '10/02/2023');
            await typeDate(page, `${form}_occurredOn`, '10/02/2023');
          },
        ],
        ['submit-application', (form) => typeDate(page, `${form}_occurredOn`, '01/03/2023')],
        [
          'record-background-check',
          async (form) => {
            await page.locator(`#${form}_conclusion`).getByText('Lý lịch rõ ràng').click();
            await typeDate(page, `${form}_occurredOn`, '10/03/2023');
          },
        ],
        [
          'assign-introducers',
          async (form) => {
            await choose(page, `${form}_introducers_0_memberId`, 'Trần Thị', 'Trần Thị Bình');
            await typeDate(page, `${form}_introducers_0_knownSince`, '01/01/2021');
            await page.locator(`#${form}`).getByRole('button', { name: /^Thêm/ }).click();
            await choose(page, `${form}_introducers_1_memberId`, 'Lê Văn', 'Lê Văn Cường');
            await typeDate(page, `${form}_introducers_1_knownSince`, '01/01/2021');
            await typeDate(page, `${form}_occurredOn`, '11/03/2023');
          },
        ],
        [
          'record-opinion',
          async (form) => {
            await page.locator(`#${form}_source`).getByText('nơi làm việc').click();
            await page.locator(`#${form}_favorable`).check();
            await page.locator(`#${form}_summary`).fill('Đoàn cơ sở nhất trí');
            await typeDate(page, `${form}_occurredOn`, '15/03/2023');
          },
        ],
        [
          'record-opinion',
          async (form) => {
            await page.locator(`#${form}_source`).getByText('nơi cư trú').click();
            await page.locator(`#${form}_favorable`).check();
            await page.locator(`#${form}_summary`).fill('Chi bộ nơi cư trú nhất trí');
            await typeDate(page, `${form}_occurredOn`, '16/03/2023');
          },
        ],
        [
          'record-cell-vote',
          async (form) => {
            await page.locator(`#${form}_vote_entitled`).fill('12');
            await page.locator(`#${form}_vote_present`).fill('10');
            await page.locator(`#${form}_vote_inFavor`).fill('8');
            await page.locator(`#${form}_documentRef`).fill('05-NQ/CB');
            await typeDate(page, `${form}_occurredOn`, '03/04/2023');
          },
        ],
        [
          'record-committee-vote',
          async (form) => {
            await page.locator(`#${form}_vote_entitled`).fill('9');
            await page.locator(`#${form}_vote_inFavor`).fill('7');
            await typeDate(page, `${form}_occurredOn`, '10/04/2023');
          },
        ],
        [
          'decide-admission',
          async (form) => {
            await page.locator(`#${form}_decisionNo`).fill('125-QĐ/HU');
            await choose(
              page,
              `${form}_decidingUnitId`,
              'huyện Thọ Xuân',
              'Đảng bộ huyện Thọ Xuân',
            );
            await typeDate(page, `${form}_occurredOn`, '02/05/2023');
          },
        ],
        ['hold-ceremony', (form) => typeDate(page, `${form}_occurredOn`, '19/05/2023')],
        [
          'record-recognition-vote',
          async (form) => {
            await page.locator(`#${form}_cellVote_entitled`).fill('12');
            await page.locator(`#${form}_cellVote_inFavor`).fill('11');
            await typeDate(page, `${form}_occurredOn`, '20/05/2024');
          },
        ],
        [
          'recognize-official',
          async (form) => {
            await page.locator(`#${form}_decisionNo`).fill('310-QĐ/HU');
            await choose(
              page,
              `${form}_decidingUnitId`,
              'huyện Thọ Xuân',
              'Đảng bộ huyện Thọ Xuân',
            );
            await typeDate(page, `${form}_occurredOn`, '27/05/2024');
          },
        ],
      ];
      for (const [action, fill] of steps) {
        await act(page, action, fill);
      }
      await waitForText(page.locator('.mf-stage-tag'), 'Đảng viên chính thức');
      const member = await server.request('GET', `/api/members/${id}`, {
        token: server.token('officer', 'huyen'),
      });
      expect(member.body).toMatchObject({
        stage: 'official',
        person: { fullName: 'Nguyễn Văn An', ethnicity: 'muong' },
        dates: { officialSince: '2024-05-19' },
      });
      expect(member.body.revision).toBe(steps.length);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('sees a refused step’s rule in Vietnamese, as the api wrote it, and nothing is written', async () => {
    const { context, page } = await signedIn('officer');
    try {
      await page.goto(`${server.url}/members/${applicant.id}`);
      const answer = await act(
        page,
        'record-cell-vote',
        async (form) => {
          await page.locator(`#${form}_vote_entitled`).fill('12');
          await page.locator(`#${form}_vote_inFavor`).fill('10');
          await typeDate(page, `${form}_occurredOn`, '03/04/2023');
        },
        422,
      );
      expect(answer.rule).toBe('R-DOSSIER');
      const alert = page.locator('#action-record-cell-vote').getByRole('alert');
      await waitForText(alert, 'R-DOSSIER');
      await waitForText(alert, answer.message.vi);
      await waitForText(alert, 'Không có gì được ghi.');
      await screenshot(page, 'refused-step', 'vi', 'desktop');
      const history = await server.request('GET', `/api/members/${applicant.id}/history`, {
        token: server.token('auditor', '*'),
      });
      expect(history.body.revision).toBe(applicant.revision);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('sees the api’s field errors next to each invalid field', async () => {
    const { context, page } = await signedIn('officer');
    try {
      await page.goto(`${server.url}/members/new`);
      await page.locator('#source-candidate_person_citizenId').fill('12345');
      const answer = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/members') && response.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
      const problem = await (await answer).json();
      expect(problem.status).toBe(400);
      const citizenId = problem.errors.find(
        (error: { field: string }) => error.field === 'person.citizenId',
      );
      expect(citizenId.vi).toEqual(['phải gồm đúng 12 chữ số']); // the api's Vietnamese
      const item = page
        .locator('.ant-form-item')
        .filter({ has: page.locator('#source-candidate_person_citizenId') });
      await waitForText(item.locator('.ant-form-item-explain'), citizenId.vi[0]);
      await screenshot(page, 'field-errors', 'vi', 'desktop');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('of one committee cannot see a member of another, in the console or through the api', async () => {
    const { context, page } = await signedIn('otherOfficer');
    try {
      const answer = page.waitForResponse((response) =>
        response.url().endsWith(`/api/members/${officials[0].id}`),
      );
      await page.goto(`${server.url}/members/${officials[0].id}`);
      const problem = await (await answer).json();
      expect((await answer).status()).toBe(403);
      await waitForText(page.getByRole('alert'), problem.message.vi);
      expect(await page.getByText('Nguyễn Thị Hoa').count()).toBe(0);
      // The same session asking the api directly.
      const direct = await context.request.get(`${server.url}/api/members/${officials[0].id}`);
      expect(direct.status()).toBe(403);
      const search = await context.request.get(`${server.url}/api/members?q=Nguyen Thi Hoa`);
      expect((await search.json()).items).toEqual([]);
      // Their own district's member is theirs.
      const own = await context.request.get(`${server.url}/api/members/${otherDistrictMember.id}`);
      expect(own.status()).toBe(200);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describeInBrowser('an auditor', () => {
  it('redraws a member’s state as of a date from the timeline', async () => {
    const { context, page } = await signedIn('auditor');
    try {
      await page.locator('#open-member-id').fill(officials[0].id);
      await page.locator('#open-member-id').press('Enter');
      await page.waitForURL(new RegExp(`/members/${officials[0].id}$`));
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await waitForCount(rows, officials[0].revision + 1);
      await typeDate(page, 'as-of_asOf', '05/04/2023');
      const answer = page.waitForResponse((response) => response.url().includes('/state?'));
      await page.getByRole('button', { name: 'Xem', exact: true }).click();
      const state = await (await answer).json();
      expect(state.stage).toBe('cell_resolved');
      await waitForText(
        page.getByTestId('state-at-stage'),
        'Chi bộ đã có nghị quyết đề nghị kết nạp',
      );
      // The events after that date are marked outside the view.
      await waitForCount(
        page.locator('tr.mf-excluded'),
        state.events.filter((event: { included: boolean }) => !event.included).length,
      );
      await page.getByRole('tab', { name: 'Kiểm tra toàn vẹn' }).click();
      await page.locator('[data-verdict="ok"]').waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);
});

describeInBrowser('an analyst', () => {
  it('sees admissions against plan drawn with the api’s figures', async () => {
    const { context, page } = await signedIn('analyst');
    try {
      const answer = page.waitForResponse((response) =>
        response.url().includes('/admissions?year=2023'),
      );
      await page.locator('#dashboard-year').fill('2023');
      await page.locator('#dashboard-year').press('Enter');
      const admissions = await (await answer).json();
      const district = admissions.children.find(
        (row: { unitId: string }) => row.unitId === 'huyen',
      );
      // The seeded officials, and the candidate of the officer's walk when it ran first.
      expect(district.target).toBe(4);
      expect(district.admitted).toBeGreaterThanOrEqual(officials.length);
      const chart = page.getByTestId('admissions-chart');
      await chart.locator('.recharts-bar-rectangle').first().waitFor();
      const labels = await chart
        .locator('.recharts-label-list text, .recharts-label')
        .allTextContents();
      // Every bar is labelled with its figure (a bar of 0 has no width, and no label).
      const figures = admissions.children.flatMap(
        (row: { admitted: number; target: number | null }) => [row.admitted, row.target ?? 0],
      );
      expect([...labels].sort()).toEqual(
        figures
          .filter((value: number) => value > 0)
          .map(String)
          .sort(),
      );
      const row = page
        .locator('table[aria-label="Số liệu của biểu đồ"] tr')
        .filter({ hasText: 'Đảng bộ huyện Thọ Xuân' })
        .first();
      await waitForText(row, formatPercent(district.percent, 'vi'));
      await waitForText(
        page.getByTestId('admissions-total'),
        formatPercent(admissions.total.percent, 'vi'),
      );
    } finally {
      await context.close();
    }
  }, 60_000);
});

describeInBrowser('screenshots of every screen', () => {
  const screens: readonly { name: string; who: Who; path: () => string; tab?: string }[] = [
    { name: 'worklist', who: 'officer', path: () => '/worklist' },
    { name: 'search', who: 'officer', path: () => '/search?q=nguyen' },
    { name: 'source-candidate', who: 'officer', path: () => '/members/new' },
    { name: 'member', who: 'officer', path: () => `/members/${applicant.id}` },
    { name: 'org-tree', who: 'officer', path: () => '/orgs' },
    { name: 'audit', who: 'auditor', path: () => '/audit' },
    { name: 'timeline', who: 'auditor', path: () => `/members/${officials[0].id}` },
    { name: 'dashboard', who: 'analyst', path: () => '/dashboard' },
    { name: 'roster', who: 'analyst', path: () => '/roster' },
  ];
  for (const lang of ['vi', 'en'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) {
      it(`saves each screen in ${lang} at ${viewport} width`, async () => {
        const signInContext = await contextFor(browser, lang, viewport);
        const signInPage = await signInContext.newPage();
        await signInPage.goto(`${server.url}/sign-in`);
        await screenshot(signInPage, 'sign-in', lang, viewport);
        await signInContext.close();
        for (const who of ['officer', 'auditor', 'analyst'] as const) {
          const { context, page } = await signedIn(who, lang, viewport);
          try {
            for (const screen of screens.filter((entry) => entry.who === who)) {
              await page.goto(`${server.url}${screen.path()}`);
              await page.locator('h1').first().waitFor();
              await screenshot(page, screen.name, lang, viewport);
            }
          } finally {
            await context.close();
          }
        }
      }, 180_000);
    }
  }
});

/**
 * Opens the form of `action` on the member page (its panel, named by the api's label), fills it and
 * records it; returns the api's answer, which must have the status expected.
 */
async function act(
  page: Page,
  action: string,
  fill: (formId: string) => Promise<void>,
  status = 200,
) {
  const form = `action-${action}`;
  await page.getByRole('button', { name: actionLabels[action].vi, exact: true }).click();
  await page.locator(`#${form}`).waitFor();
  await fill(form);
  const answer = page.waitForResponse(
    (response) =>
      response.url().endsWith(`/actions/${action}`) && response.request().method() === 'POST',
  );
  await page.locator(`#${form}`).getByRole('button', { name: 'Ghi nhận' }).click();
  const response = await answer;
  const body = await response.json();
  if (response.status() !== status) {
    throw new Error(`${action}: ${response.status()} ${JSON.stringify(body)}`);
  }
  if (status === 200) await page.locator(`#${form}`).waitFor({ state: 'hidden' });
  return body;
}
