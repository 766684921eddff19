import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { newCase } from './support/world';

/**
 * The Centre's case list searches on the server, in either script and any case: a name written
 * in Cyrillic is found by its Latin spelling, and a case worker by part of the name.
 */
describe('the case list searches the way people type', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('finds a Cyrillic name by its Latin spelling, and narrows by case worker', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, { givenName: 'Зорана', familyName: 'Претражић' });
    const other = await newCase(hub, worker, { givenName: 'Зорана', familyName: 'Друга' });

    const centre = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      '/cases',
    );
    const page = centre.page;
    const filter = page.getByRole('search', { name: 'Претрага случајева' });
    const rows = page.getByRole('row');
    await filter.getByLabel('Текст (шифра или име)').fill('PRETRAZIC');
    await page.getByRole('link', { name: kase.code }).waitFor();
    await page.getByRole('link', { name: other.code }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(2);

    await filter.getByLabel('Текст (шифра или име)').fill('zorana');
    await page.getByRole('link', { name: other.code }).waitFor();
    await filter.getByLabel('Водитељ случаја').fill('SINTETICKI');
    await page.getByRole('link', { name: kase.code }).waitFor();
    await filter.getByLabel('Водитељ случаја').fill('nobody here');
    await page.getByRole('link', { name: kase.code }).waitFor({ state: 'detached' });

    expect(centre.consoleErrors).toEqual([]);
    await centre.context.close();
  }, 90_000);
});
