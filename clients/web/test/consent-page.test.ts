import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, seriousViolations, startWebHub } from './support/browser';
import { grant, newCase } from './support/world';

/**
 * The consent page of a case: "who saw what" sums up the access log per partner and category
 * (allowed and refused), with the raw rows behind it; a grant is revoked with a reason (none is
 * refused next to the field).
 */
const POLICE = 'Полицијска управа за град Београд';

describe('the consent page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('sums up who saw what, shows the rows, and revokes with a reason', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, {
      givenName: 'Тестна',
      familyName: 'Синтетичка',
      phone: '+381600000002',
    });
    await grant(hub, worker, kase.id, 'police-beograd', ['IDENTITY']);
    // The police read the name (allowed, IDENTITY) and the phone (refused, CONTACT).
    const police = await hub.token('police-beograd', ['MEMBER']);
    await hub.query(police, 'query ($id: ID!) { case(id: $id) { person { givenName phone } } }', {
      id: kase.id,
    });

    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}/consent`,
    );
    const page = user.page;
    await page.getByRole('heading', { level: 1, name: /^Пристанци и увид/ }).waitFor();
    const summary = page.getByRole('region', { name: 'Ко је шта видео' });
    const identity = summary
      .getByRole('row')
      .filter({ hasText: POLICE })
      .filter({ hasText: 'ИДЕНТИТЕТ' });
    await identity.waitFor();
    const cells = async (row: typeof identity) => await row.getByRole('cell').allTextContents();
    expect(Number((await cells(identity))[2])).toBeGreaterThanOrEqual(1);
    const contact = summary
      .getByRole('row')
      .filter({ hasText: POLICE })
      .filter({ hasText: 'КОНТАКТ' });
    expect((await cells(contact))[3]).toBe('1');

    await summary.getByRole('button', { name: /^Прикажи \d+ запис/ }).click();
    const raw = summary
      .getByRole('row')
      .filter({ hasText: 'Одбијено' })
      .filter({ hasText: 'КОНТАКТ' });
    await raw.first().waitFor();
    // Partners by name, bases in words: no partner code, no raw basis code.
    expect(await raw.first().getByRole('cell').nth(5).textContent()).toBe('нема пристанка');
    await summary
      .getByRole('row')
      .filter({ hasText: 'Дозвољено' })
      .filter({ hasText: POLICE })
      .filter({ hasText: 'пристанак' })
      .first()
      .waitFor();
    expect(await summary.getByRole('table').first().getByText('police-beograd').count()).toBe(0);
    const rows = summary.getByRole('table').nth(1).getByRole('row');
    for (const row of (await rows.all()).slice(1)) {
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells[1]).not.toBe('police-beograd');
      expect(cells[5]).not.toMatch(/^(GRANT|NONE|CENTRE_ROLE)/);
    }
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Опозови пристанак за/ }).click();
    const reason = page.getByLabel('Разлог опозива');
    await page.getByRole('button', { name: 'Потврди опозив' }).click();
    await reason.and(page.locator('[aria-invalid="true"]')).waitFor();
    await reason.fill('Синтетички: особа је повукла пристанак');
    await page.getByRole('button', { name: 'Потврди опозив' }).click();
    await page.getByText(/^Опозван .*: Синтетички: особа је повукла пристанак$/).waitFor();

    // A case that does not exist: said in words (it was an endless spinner).
    await page.evaluate(() => {
      window.history.pushState({}, '', '/cases/00000000-0000-4000-8000-000000000000/consent');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('alert').filter({ hasText: 'Овај случај вам није видљив.' }).waitFor();
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 90_000);
});
