import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, seriousViolations, startWebHub } from './support/browser';
import { call, newCase } from './support/world';

/**
 * Break-glass through the page: a supervisor opens a sealed (closed) case with a written
 * justification (too short is refused next to the field; before, the case page says it is
 * sealed, not that a consent is missing), the case page shows the banner while
 * it is open, and a session is reviewed by another supervisor — never by the one who opened it.
 */
describe('break-glass: request, banner, review', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('opens a sealed case, shows the banner, and reviews another supervisor’s session', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' });
    await call(
      hub,
      worker,
      'mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }',
      { input: { caseId: kase.id, reason: 'SUPPORT_COMPLETED' } },
    );
    // Another supervisor's session on the same case, waiting for review.
    const other = await hub.tokenFor('other-supervisor@centre', 'centre', ['SUPERVISOR']);
    const othersReason = 'Синтетичко образложење другог супервизора за преглед';
    await call(
      hub,
      other,
      'mutation ($caseId: ID!, $j: String!) { openBreakGlass(caseId: $caseId, justification: $j, minutes: 30) { id } }',
      { caseId: kase.id, j: othersReason },
    );

    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'SUPERVISOR' },
      `/cases/${kase.id}`,
    );
    const page = user.page;
    const visit = (to: string) =>
      page.evaluate((target) => {
        window.history.pushState({}, '', target);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, to);
    // Sealed: the Centre's own staff are told so, not that a consent is missing.
    await page
      .getByRole('region', { name: 'Особа' })
      .getByRole('group', { name: 'Име', exact: true })
      .getByText('запечаћено (затворен случај) — отвара га хитан приступ супервизора')
      .waitFor();
    await visit('/break-glass');
    await page.getByRole('heading', { level: 1, name: 'Хитан приступ' }).waitFor();
    await page.getByLabel('Шифра случаја').fill(kase.code);
    const justification = page.getByLabel('Писано образложење');
    await justification.fill('прекратко');
    await page.getByRole('button', { name: 'Отвори хитан приступ' }).click();
    await justification.and(page.locator('[aria-invalid="true"]')).waitFor();
    const mine = 'Синтетичко образложење: хитна провера безбедности особе';
    await justification.fill(mine);
    await page.getByRole('button', { name: 'Отвори хитан приступ' }).click();

    // One's own session waits for someone else; the other supervisor's is reviewed here.
    const ownRow = page.getByRole('row').filter({ hasText: mine });
    await ownRow.getByText('Ову сесију прегледа други супервизор.').waitFor();
    expect(await ownRow.getByRole('button').count()).toBe(0);
    const othersRow = page.getByRole('row').filter({ hasText: othersReason });
    await othersRow.getByLabel('Белешка прегледа').fill('Синтетички: оправдано');
    await othersRow.getByRole('button', { name: 'Прегледај' }).click();
    await othersRow.waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);

    // The case page, while the session is open: the banner, and the sealed data shown.
    await visit(`/cases/${kase.id}`);
    await page.getByRole('status').filter({ hasText: 'Хитан приступ је отворен' }).waitFor();
    await page.getByRole('region', { name: 'Особа' }).getByText('Тестна').waitFor();

    // Today counts the sessions this supervisor may review: the own one is not among them.
    await visit('/');
    await page
      .getByRole('region', { name: /^Хитни приступи за преглед/ })
      .getByLabel('0 ставки')
      .waitFor();
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 90_000);
});
