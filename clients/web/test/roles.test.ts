import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { liveConference, newCase } from './support/world';

/** In-app navigation (the token lives in memory: a full page load would sign the user out). */
async function visit(page: Page, to: string) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, to);
}

/**
 * The forms of the Centre's case work are offered to the roles the API lets act — case workers
 * and supervisors (`@CaseStaffOnly`), break-glass to supervisors — and to no other Centre user:
 * an analyst or an administrator is told whose work it is instead of being shown forms that the
 * API refuses.
 */
describe('case-work forms by role', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;
  let caseId: string;
  let conferenceId: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
    const worker = await hub.token('centre', ['CASE_WORKER']);
    caseId = (await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' })).id;
    conferenceId = await liveConference(hub, worker, caseId, [{ name: 'Синтетички учесник' }]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it.each(['ANALYST', 'ADMIN'])(
    'a Centre %s sees no case-work form',
    async (role) => {
      const user = await openAs(browser, hub.origin, { partner: 'centre', role });
      const page = user.page;
      if (role === 'ANALYST') {
        // An analyst's work is the statistics: it lands there, and that is its only page.
        await page.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
        const links = page.getByRole('navigation').getByRole('link');
        expect(await links.allTextContents()).toEqual(['Статистика']);
      } else {
        await page.getByRole('status').filter({ hasText: 'Рад на случајевима је посао' }).waitFor();
        expect(await page.getByRole('navigation').count()).toBe(0);
      }

      for (const to of ['/cases', '/cases/new', `/cases/${caseId}/consent`]) {
        await visit(page, to);
        await page.getByRole('status').filter({ hasText: 'Рад на случајевима је посао' }).waitFor();
        expect(await page.locator('main form').count()).toBe(0);
      }
      await visit(page, '/break-glass');
      await page.getByRole('status').filter({ hasText: 'Хитан приступ користи само' }).waitFor();
      expect(await page.locator('main form').count()).toBe(0);

      // The case page and the conference page: nothing to act on.
      await visit(page, `/cases/${caseId}`);
      await page.getByRole('alert').waitFor();
      expect(await page.locator('main button').count()).toBe(0);
      await visit(page, `/conferences/${conferenceId}`);
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('button', { name: 'Упиши', exact: true }).count()).toBe(0);
      expect(user.consoleErrors).toEqual([]);
      await user.context.close();
    },
    60_000,
  );

  it('a case worker is offered the forms; break-glass is left to a supervisor', async () => {
    const user = await openAs(browser, hub.origin, { partner: 'centre', role: 'CASE_WORKER' });
    const page = user.page;
    const nav = page.getByRole('navigation');
    await page.getByRole('heading', { level: 1, name: 'Данас' }).waitFor();
    await nav.getByRole('link', { name: 'Нова пријава' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Хитан приступ' }).count()).toBe(0);

    await visit(page, '/cases/new');
    await page.getByRole('heading', { level: 1, name: 'Нова пријава' }).waitFor();
    expect(await page.locator('main form').count()).toBeGreaterThan(0);
    await visit(page, `/cases/${caseId}`);
    await page.getByRole('button', { name: 'Додај пријаву' }).waitFor();
    await visit(page, `/conferences/${conferenceId}`);
    await page.getByRole('button', { name: 'Упиши', exact: true }).waitFor();
    await visit(page, '/break-glass');
    await page.getByRole('status').filter({ hasText: 'Хитан приступ користи само' }).waitFor();
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 60_000);
});
