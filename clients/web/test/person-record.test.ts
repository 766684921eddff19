import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, seriousViolations, startWebHub } from './support/browser';
import { newCase } from './support/world';

/**
 * The person record on the case page: a Centre case worker corrects it (updatePerson) and sees
 * each change in its history with the value it replaced (personHistory), codes as labels.
 */
describe('correcting the person record', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('a case worker corrects the phone and sees the old value in the history', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, {
      givenName: 'Тестна',
      familyName: 'Синтетичка',
      phone: '+381 60 000 0001',
    });
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}`,
    );
    const page = user.page;
    await page.getByRole('heading', { level: 1, name: `Случај ${kase.code}` }).waitFor();
    await page.getByText('Подаци о особи нису мењани после пријема.').waitFor();
    await page.getByRole('button', { name: 'Исправи податке о особи' }).click();
    const form = page.locator('form').filter({
      has: page.getByRole('heading', { name: 'Исправка података о особи' }),
    });
    const phone = form.getByLabel('Телефон', { exact: true });
    expect(await phone.inputValue()).toBe('+381 60 000 0001');

    await form.getByRole('button', { name: 'Додај: Лична документа' }).click();
    await form.getByLabel('Број документа').fill('SYN-0001');
    expect(await seriousViolations(page)).toEqual([]);

    // A server validation error appears next to its field.
    await form.getByLabel(/^Језици/).fill('srpski');
    await form.getByRole('button', { name: 'Упиши исправку' }).click();
    await form.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await form.getByLabel(/^Језици/).getAttribute('aria-invalid')).toBe('true');
    // Its words are readable: the error colour passes axe's contrast rule.
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel(/^Језици/).fill('sr, ro');
    await phone.fill('+381 60 000 0002');
    await form.getByRole('button', { name: 'Упиши исправку' }).click();

    const history = page.getByRole('table', { name: 'Историја измена' });
    const phoneRow = history.getByRole('row').filter({ hasText: 'Телефон' });
    await phoneRow.waitFor();
    expect(await phoneRow.getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      'Телефон',
      '+381 60 000 0001',
      '+381 60 000 0002',
      expect.any(String),
    ]);
    // A list change reads in words: the document's kind as its label, not its code.
    const documents = history.getByRole('row').filter({ hasText: 'Лична документа' });
    await documents.getByText('Пасош, SYN-0001, Код особе').waitFor();
    await history.getByRole('row').filter({ hasText: 'Језици' }).getByText('sr, ro').waitFor();
    // The section shows the corrected phone; the form is closed.
    await page
      .getByRole('group', { name: 'Телефон', exact: true })
      .getByText('+381 60 000 0002')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Исправи податке о особи' }).count()).toBe(1);

    // English labels for the history and the codes in it.
    await page.getByLabel('Језик', { exact: true }).selectOption('en');
    await page
      .getByRole('table', { name: 'History of changes' })
      .getByText('Passport', { exact: false })
      .waitFor();
    await user.context.close();
  }, 120_000);
});
