import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import type { TestServer } from '../../support/test-app';

/**
 * The browser side of the console's suite: Debian's chromium driven by playwright-core (no browser is
 * downloaded; .ci/run installs the package when it is missing), the console built into dist/console
 * first (scripts/build.mjs, only when its sources changed), and screenshots under
 * artifacts/screenshots/.
 */
export const CHROMIUM = process.env.MEMBERFLOW_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

export type Lang = 'vi' | 'en';
export const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;

/** Builds the console when its sources changed since dist/console was built. */
export function buildConsole(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale', '--console'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Whether the browser suites run: chromium is installed, or CI is set (where its absence fails). */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** `describe`, or without chromium outside CI one loud `SKIPPED` line (never a silent pass). */
export function describeInBrowser(title: string, suite: () => void): void {
  if (BROWSER_AVAILABLE) {
    describe(title, suite);
    return;
  }
  process.stderr.write(`SKIPPED: no chromium at ${CHROMIUM} — ${title}\n`);
  describe.skip(title, suite);
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-core (.ci/run does)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A fresh browser profile in a language and at a width. */
export async function contextFor(
  browser: Browser,
  lang: Lang,
  viewport: Viewport = 'desktop',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addInitScript(`localStorage.setItem('memberflow.lang', ${JSON.stringify(lang)})`);
  return context;
}

/** The sign-in labels, as the console writes them (apps/console/src/i18n/labels.ts). */
const SIGN_IN = {
  vi: { username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập' },
  en: { username: 'Username', password: 'Password', submit: 'Sign in' },
} as const;

/** Signs in through the sign-in page, as a person would, and waits for the first page. */
export async function signIn(
  page: Page,
  server: TestServer,
  username: string,
  password: string,
  lang: Lang,
): Promise<void> {
  const labels = SIGN_IN[lang];
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel(labels.username, { exact: true }).fill(username);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Saves a full-page screenshot as artifacts/screenshots/<name>-<lang>-<viewport>.png. */
export async function screenshot(
  page: Page,
  name: string,
  lang: Lang,
  viewport: Viewport,
): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}-${lang}-${viewport}.png`);
  await page.waitForLoadState('networkidle');
  await page.evaluate('window.scrollTo(0, 0)'); // the sticky header stays on top of a full-page shot
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Types into an Ant Design select (search box) and picks the option whose text contains `option`. */
export async function choose(page: Page, fieldId: string, search: string, option = search) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(search);
  // The select's own dropdown (the one holding the list its input controls), not one still closing.
  const list =
    (await input.getAttribute('aria-controls')) ?? (await input.getAttribute('aria-owns'));
  const own = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${list}"]`) });
  // A tree select's dropdown holds no such list: the one open is its.
  const dropdown =
    list && (await own.count()) > 0 ? own : page.locator('.ant-select-dropdown:visible').last();
  const choice = dropdown
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .first();
  // On a busy machine a click can land while the dropdown is still opening and be ignored: click
  // again until the dropdown closes on the choice (a generous cap, not a speed assumption).
  for (let attempt = 1; ; attempt++) {
    await choice.click();
    try {
      await dropdown.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (!(await dropdown.isVisible())) return; // it closed just after the wait gave up
      if (attempt >= 6) throw error;
    }
  }
}

/** Types a date into an Ant Design date picker (dd/mm/yyyy) and leaves it (Tab keeps what was typed). */
export async function typeDate(page: Page, fieldId: string, ddmmyyyy: string) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Tab');
}

/** Waits until `locator` has an element whose text contains `text`. */
export async function waitForText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

/** Waits until `locator` matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let seen = await locator.count();
  while (seen !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
  if (seen !== count) throw new Error(`expected ${count} elements, found ${seen}: ${locator}`);
}
