import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { call, liveConference, newCase } from './support/world';

/**
 * The Today page on the demo data and a fresh case: a report awaiting first contact shows the
 * time left, a late plan item and today's conference are listed with their links (an action
 * item's due date in the locale on the conference page), and data is written in Latin when Serbian Latin is chosen (labels and the recorded text alike).
 */
describe('the Today page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('lists what is late and due today, with links, in the chosen script', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker);
    const conferenceId = await liveConference(hub, worker, kase.id, [{ name: 'Синтетички' }]);
    await call(
      hub,
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      {
        input: {
          conferenceId,
          kind: 'ACTION_ITEM',
          text: 'Синтетички задатак',
          assignee: 'atina',
          dueOn: '2027-06-01',
        },
      },
    );

    const user = await openAs(browser, hub.origin, { partner: 'centre', role: 'CASE_WORKER' });
    const page = user.page;
    const section = (name: RegExp) => page.getByRole('region', { name });

    const contact = section(/^Први контакт/)
      .getByRole('row')
      .filter({ hasText: kase.code });
    await contact.getByText(/^још 2[34] сат/).waitFor();
    await contact.getByRole('link', { name: kase.code }).waitFor();
    const conferences = section(/^Конференције данас/);
    expect(await conferences.getByRole('link', { name: kase.code }).getAttribute('href')).toBe(
      `/conferences/${conferenceId}`,
    );

    await page.getByLabel('Језик').selectOption('sr-Latn');
    const late = section(/^Zadaci iz planova koji kasne/)
      .getByRole('row')
      .filter({
        hasText: 'Upis u školu (synthetic)',
      });
    await late.getByRole('link', { name: 'DEMO-2026-004' }).waitFor();
    expect(await section(/^Zadaci iz planova koji kasne/).textContent()).not.toMatch(/[Ѐ-ӿ]/);

    // The conference's link opens its live view; an action item's due date is in the locale.
    await section(/^Konferencije danas/)
      .getByRole('link', { name: kase.code })
      .click();
    const item = page.getByRole('listitem').filter({ hasText: 'Sintetički zadatak' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/rok .*2027/);
    expect(await item.textContent()).not.toContain('2027-06-01');
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 90_000);
});
