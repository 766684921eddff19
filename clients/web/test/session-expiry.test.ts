import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { call, grant, newCase } from './support/world';

/**
 * From here on the page's requests carry a token the gateway does not accept: the gateway's own
 * 401, as when a token has expired or its key was rotated (the request is sent, not answered here).
 */
async function tokenRejected(page: Page) {
  await page.route('**/graphql', (route) =>
    route.continue({
      headers: { ...route.request().headers(), authorization: 'Bearer not.a.token' },
    }),
  );
}

/** The sign-in page after a 401: it says what happened; signing in again, as the same user. */
async function signInAgain(page: Page, button: RegExp) {
  await page.getByText('Сесија је истекла.', { exact: false }).waitFor();
  await page.unroute('**/graphql');
  await page.getByRole('button', { name: button }).click();
}

/**
 * A 401 sends the user back to sign-in; after signing in again they are where they were, with
 * what they had typed. Someone else signing in at that browser does not get it.
 */
describe('a 401 sends the user to sign-in without losing what they typed', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('keeps a new report typed for the same case worker, and not for another user', async () => {
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      '/cases/new',
    );
    const page = user.page;
    await page.getByRole('heading', { level: 1, name: 'Нова пријава' }).waitFor();
    await page.getByLabel('Водитељ случаја').fill('Синтетички водитељ');
    await tokenRejected(page);
    await page.getByRole('button', { name: 'Упиши пријаву' }).click();
    await signInAgain(page, /\(centre\): Водитељ случаја$/);
    await page.getByRole('heading', { level: 1, name: 'Нова пријава' }).waitFor();
    expect(await page.getByLabel('Водитељ случаја').inputValue()).toBe('Синтетички водитељ');

    // The session ends again, and a supervisor signs in at the same browser: an empty form.
    await tokenRejected(page);
    await page.getByRole('button', { name: 'Упиши пријаву' }).click();
    await signInAgain(page, /\(centre\): Супервизор$/);
    await page.getByRole('heading', { level: 1, name: 'Нова пријава' }).waitFor();
    expect(await page.getByLabel('Водитељ случаја').inputValue()).toBe('');
    await user.context.close();
  }, 90_000);

  it('keeps a decline reason typed in the referral inbox', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker);
    await grant(hub, worker, kase.id, 'atina', ['IDENTITY', 'PLAN']);
    const { services } = await call<{
      services: { id: string; name: string; provider: { code: string } }[];
    }>(hub, worker, '{ services(first: 200) { id name provider { code } } }');
    await call(
      hub,
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: {
          caseId: kase.id,
          serviceId: services.find(
            (s) => s.provider.code === 'atina' && s.name === 'Подршка запошљавању',
          )!.id,
        },
      },
    );
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'atina', role: 'MEMBER' },
      '/portal/referrals',
    );
    const page = user.page;
    const card = () => page.getByRole('article').filter({ hasText: kase.code });
    const reason = 'Синтетички разлог: нема слободних места';
    await card().getByLabel('Разлог одбијања').fill(reason);
    await tokenRejected(page);
    await card().getByRole('button', { name: 'Одбиј' }).click();
    await signInAgain(page, /\(atina\): Члан$/);
    await page.getByRole('heading', { level: 1, name: 'Упућивања' }).waitFor();
    expect(await card().getByLabel('Разлог одбијања').inputValue()).toBe(reason);
    await user.context.close();
  }, 90_000);

  it('keeps a consent revoke form open with its reason', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker);
    await grant(hub, worker, kase.id, 'atina', ['IDENTITY']);
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}/consent`,
    );
    const page = user.page;
    await page.getByRole('button', { name: /^Опозови пристанак за:/ }).click();
    const reason = 'Синтетички разлог опозива';
    await page.getByLabel('Разлог опозива').fill(reason);
    await tokenRejected(page);
    await page.getByRole('button', { name: 'Потврди опозив' }).click();
    await signInAgain(page, /\(centre\): Водитељ случаја$/);
    // The form that was opened from a button is open again, with the reason in it.
    expect(await page.getByLabel('Разлог опозива').inputValue()).toBe(reason);
    await page.getByRole('button', { name: 'Потврди опозив' }).click();
    await page.getByText(`Опозван`, { exact: false }).waitFor();
    await user.context.close();
  }, 90_000);

  it("keeps the case page's add-report form open with what was chosen and typed", async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker);
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}`,
    );
    const page = user.page;
    await page.getByRole('button', { name: 'Додај пријаву' }).click();
    await page.getByLabel('Хитност').selectOption({ label: 'Хитно' });
    await page.getByLabel('Пријава примљена (датум и време)').fill('2026-11-30T10:15');
    await tokenRejected(page);
    await page.getByRole('button', { name: 'Упиши нову пријаву' }).click();
    await signInAgain(page, /\(centre\): Водитељ случаја$/);
    await page.getByRole('heading', { level: 1, name: `Случај ${kase.code}` }).waitFor();
    expect(await page.getByLabel('Хитност').inputValue()).toBe('HIGH');
    expect(await page.getByLabel('Пријава примљена (датум и време)').inputValue()).toBe(
      '2026-11-30T10:15',
    );
    await user.context.close();
  }, 90_000);
});
