import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { grant, newCase } from './support/world';

/**
 * A partner sees what the victim agreed to share, and is told plainly what was not shared; the
 * page speaks Serbian in Cyrillic or Latin script, or English, and remembers the choice.
 */
describe('a partner reads a case in three languages', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows "not shared" for the phone without CONTACT consent, in the chosen script and language', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, {
      givenName: 'Љиљана',
      familyName: 'Ђорђевић-Синтетичка',
      phone: '+381600000001',
    });
    await grant(hub, worker, kase.id, 'police-beograd', ['IDENTITY']);

    const police = await openAs(
      browser,
      hub.origin,
      { partner: 'police-beograd', role: 'MEMBER' },
      `/cases/${kase.id}`,
    );
    const page = police.page;
    let person = page.getByRole('region', { name: 'Особа' });
    await person.getByRole('group', { name: 'Име', exact: true }).getByText('Љиљана').waitFor();
    await person
      .getByRole('group', { name: 'Телефон' })
      .getByText('није подељено — потребан је пристанак за категорију КОНТАКТ')
      .waitFor();
    expect(await page.getByText('+381600000001').count()).toBe(0);

    await page.getByLabel('Језик').selectOption('sr-Latn');
    person = page.getByRole('region', { name: 'Osoba' });
    await person.getByRole('group', { name: 'Ime', exact: true }).getByText('Ljiljana').waitFor();
    await person.getByRole('group', { name: 'Prezime' }).getByText('Đorđević-Sintetička').waitFor();
    await person
      .getByRole('group', { name: 'Telefon' })
      .getByText('nije podeljeno — potreban je pristanak za kategoriju KONTAKT')
      .waitFor();
    await page.getByRole('link', { name: 'Naši slučajevi' }).waitFor();

    await page.getByLabel('Jezik').selectOption('en');
    person = page.getByRole('region', { name: 'Person' });
    await person
      .getByRole('group', { name: 'Phone' })
      .getByText('not shared — needs CONTACT consent')
      .waitFor();
    await page.getByRole('link', { name: 'Our cases' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Remembered: a new page of the same browser opens in English.
    const again = await police.context.newPage();
    await again.goto('/');
    await again.getByRole('heading', { name: 'Sign in' }).waitFor();

    expect(police.consoleErrors).toEqual([]);
    await police.context.close();
  }, 90_000);
});
