import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../../../test/support/hub';

const DIST = path.resolve(__dirname, '../../dist/index.html');

/** Debian's Chromium, headless; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A whole hub (seeded with the demo data) whose gateway serves the built web application. */
export async function startWebHub(): Promise<TestHub & { origin: string }> {
  if (!existsSync(DIST)) {
    throw new Error('clients/web/dist is missing: run `npm run build` first (npm test does).');
  }
  const hub = await startTestHub();
  return Object.assign(hub, { origin: new URL(hub.url).origin });
}

/** One person at one browser: their own context (cookies, storage), page and console. */
export interface User {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
}

export async function openAs(
  browser: Browser,
  origin: string,
  who: { partner: string; role: string },
  path = '/',
): Promise<User> {
  const context = await browser.newContext({ baseURL: origin, locale: 'sr-RS' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (process.env.DEBUG_BROWSER) {
      process.stderr.write(`[${who.partner}] ${message.type()}: ${message.text()}\n`);
    }
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(path);
  // Sign-in lists the demo users: one button per partner and role.
  await page
    .getByRole('button', { name: new RegExp(`\\(${who.partner}\\): ${roleLabel(who.role)}$`) })
    .click();
  // Signed in: the layout's sign-out button (the menu is empty for roles that work no cases).
  await page.getByRole('button', { name: 'Одјава' }).waitFor();
  return { context, page, consoleErrors };
}

const ROLE_LABELS: Record<string, string> = {
  CASE_WORKER: 'Водитељ случаја',
  SUPERVISOR: 'Супервизор',
  ANALYST: 'Аналитичар',
  ADMIN: 'Администратор',
  MEMBER: 'Члан',
  COORDINATOR: 'Координатор',
};
const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
/** Opens a case's page as someone and waits until it shows the case (its heading). */
export async function openCase(
  browser: Browser,
  origin: string,
  who: { partner: string; role: string },
  kase: { id: string; code: string },
): Promise<User> {
  const user = await openAs(browser, origin, who, `/cases/${kase.id}`);
  await user.page
    .getByRole('heading', { level: 1, name: new RegExp(`^Случај ${kase.code}`) })
    .waitFor();
  return user;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${process.env.AXE_DETAIL ? `${n.failureSummary ?? ''} ${n.html}` : ''}`).join(', ')}`,
    );
}
