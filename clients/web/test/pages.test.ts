import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { demoCaseId, demoId } from '@hub/cli';
import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, seriousViolations, startWebHub } from './support/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/** In-app navigation (the token lives in memory: a full page load would sign the user out). */
async function visit(page: Page, to: string) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, to);
}

/**
 * Every main page, on the demo data, for the Centre and for a partner: no serious or critical
 * accessibility violation (axe-core), no console error. The README's screenshots come from here
 * (written when missing, or with SCREENSHOTS=1).
 */
describe('every main page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;
  const writeScreenshots = (name: string) =>
    process.env.SCREENSHOTS === '1' || !existsSync(path.join(SCREENSHOTS, `${name}.png`));

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('passes axe for the Centre, with no console error', async () => {
    const signInContext = await browser.newContext({ baseURL: hub.origin });
    const signIn = await signInContext.newPage();
    await signIn.goto('/sign-in');
    await signIn.getByRole('heading', { name: 'Пријава' }).waitFor();
    await signIn.getByRole('button', { name: /\(centre\): Супервизор$/ }).waitFor();
    expect(await seriousViolations(signIn)).toEqual([]);
    await signInContext.close();

    const centre = await openAs(browser, hub.origin, { partner: 'centre', role: 'SUPERVISOR' });
    const page = centre.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    const pages: [string, string | RegExp][] = [
      ['/', 'Данас'],
      ['/cases', 'Случајеви'],
      ['/cases/new', 'Нова пријава'],
      [`/cases/${demoCaseId(4)}`, /^Случај DEMO-2026-004/],
      [`/cases/${demoCaseId(4)}/consent`, /^Пристанци и увид/],
      ['/break-glass', 'Хитан приступ'],
      [`/conferences/${demoId('conference', 1)}`, /^Конференција случаја/],
      ['/statistics', 'Статистика'],
    ];
    const found: Record<string, string[]> = {};
    for (const [to, heading] of pages) {
      await visit(page, to);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByLabel('Учитавање…')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      if (to === '/') {
        await page.getByRole('heading', { name: /^Први контакт/ }).waitFor();
        if (writeScreenshots('dashboard')) {
          await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
        }
      }
      if (to.startsWith('/conferences/')) {
        await page.getByRole('listitem').filter({ hasText: 'synthetic' }).first().waitFor();
        if (writeScreenshots('conference')) {
          await page.screenshot({ path: path.join(SCREENSHOTS, 'conference.png'), fullPage: true });
        }
      }
      const violations = await seriousViolations(page);
      if (violations.length) {
        found[to] = violations;
      }
    }
    expect(found).toEqual({});
    expect(centre.consoleErrors).toEqual([]);
    await centre.context.close();
  }, 120_000);

  it('passes axe for a partner, with no console error', async () => {
    const atina = await openAs(browser, hub.origin, { partner: 'atina', role: 'MEMBER' });
    const page = atina.page;
    const pages: [string, string | RegExp][] = [
      ['/portal/referrals', 'Упућивања'],
      ['/portal/cases', 'Наши случајеви'],
      ['/portal/plan-items', 'Задаци из планова'],
      ['/portal/hearings', 'Рочишта'],
      [`/cases/${demoCaseId(6)}`, /^Случај DEMO-2026-006/],
    ];
    const found: Record<string, string[]> = {};
    for (const [to, heading] of pages) {
      await visit(page, to);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByLabel('Учитавање…')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      const violations = await seriousViolations(page);
      if (violations.length) {
        found[to] = violations;
      }
    }
    expect(found).toEqual({});
    expect(atina.consoleErrors).toEqual([]);
    await atina.context.close();
  }, 120_000);

  it('passes axe while a page is still loading (its indicator is a named status)', async () => {
    const centre = await openAs(browser, hub.origin, { partner: 'centre', role: 'SUPERVISOR' });
    const page = centre.page;
    // The API answers late, as on a slow line: the page shows its loading indicator meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await held;
      // The page may be gone by then (the context closed): nothing left to answer.
      await route.continue().catch(() => undefined);
    });
    await visit(page, '/cases');
    await page.getByRole('status', { name: 'Учитавање…' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await centre.context.close();
    release();
  }, 120_000);
});
