import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';

/**
 * A case worker takes a new report through first contact, identification, assessment, a plan, a
 * consent grant and a referral; the provider, in a second browser, accepts and completes it; the
 * case worker sees the plan item done. Everything through the pages, as people use them.
 */
describe('the Centre and a provider work one case in the browser', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('from a new report to a completed referral', async () => {
    const services = await hub.query(
      await hub.token('centre', ['CASE_WORKER']),
      '{ services(first: 200) { id name provider { code } } }',
    );
    const service = (
      services.body.data!.services as { id: string; name: string; provider: { code: string } }[]
    ).find((s) => s.provider.code === 'atina' && s.name === 'Подршка запошљавању')!;

    const worker = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      '/cases/new',
    );
    const page = worker.page;
    await page.getByLabel('Водитељ случаја').fill('Синтетички водитељ');
    await page.getByLabel('Начин пријаве').selectOption('HOTLINE');
    await page.getByLabel('Хитност').selectOption('HIGH');
    await page.getByLabel('Име', { exact: true }).fill('Тестна');
    await page.getByLabel('Презиме').fill('Синтетичка');
    await page.getByLabel('Телефон').fill('+381600000000');
    await page.getByRole('button', { name: 'Упиши пријаву' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /^Случај / });
    await heading.waitFor();
    const code = (await heading.textContent())!.match(/Случај (\S+)/)![1];
    const caseUrl = page.url();

    await page.getByRole('button', { name: 'Упиши први контакт' }).click();
    await page.getByRole('button', { name: 'Упиши први контакт' }).waitFor({ state: 'detached' });

    // The server's refusal appears next to the field it concerns.
    const decision = page.getByRole('region', { name: 'Идентификација' });
    await decision.getByLabel('Налаз и мишљење').fill('Синтетички налаз и мишљење.');
    await decision.getByRole('button', { name: 'Упиши одлуку' }).click();
    await decision
      .getByRole('group', { name: 'Облици експлоатације' })
      .getByRole('alert')
      .waitFor();
    await decision.getByRole('checkbox', { name: 'Радна експлоатација' }).check();
    await decision.getByRole('button', { name: 'Упиши одлуку' }).click();
    await page.getByText('Идентификована', { exact: true }).waitFor();

    const assessment = page.getByRole('region', { name: 'Процена' });
    await assessment.getByLabel('Напомена').fill('Синтетичка напомена.');
    await assessment.getByRole('button', { name: 'Упиши процену' }).click();
    await assessment.getByText(/^Верзија 1/).waitFor();

    const plan = page.getByRole('region', { name: 'План заштите' });
    await plan.getByRole('button', { name: 'Нови план' }).click();
    await plan.getByLabel('Циљ').fill('Економско оснаживање');
    await plan.getByLabel('Задатак').fill('Подршка у тражењу посла');
    await plan.getByLabel('Рок').fill('2027-03-01');
    await plan.getByLabel('Одговорни партнер').selectOption('atina');
    await plan.getByRole('button', { name: 'Усвоји план' }).click();
    await plan.getByRole('cell', { name: 'Планирано' }).waitFor();

    // Without consent the referral is refused, and the page says why.
    await plan.getByRole('button', { name: 'Упути' }).click();
    await plan.getByLabel('Услуга').selectOption(service.id);
    await plan.getByRole('button', { name: 'Пошаљи упућивање' }).click();
    await plan.getByRole('alert').filter({ hasText: 'нема пристанак' }).waitFor();

    await page.getByRole('link', { name: /^Пристанци/ }).click();
    await page.getByLabel('Прималац').selectOption('atina');
    await page.getByRole('checkbox', { name: 'ИДЕНТИТЕТ' }).check();
    await page.getByRole('checkbox', { name: 'ПЛАН' }).check();
    await page.getByLabel('Доказ (образац или одлука)').fill('Синтетички образац 1');
    await page.getByRole('button', { name: 'Упиши пристанак' }).click();
    await page.getByRole('button', { name: /^Опозови пристанак за/ }).waitFor();
    await page.getByRole('link', { name: 'Назад на случај' }).click();

    // The referral form is still open as it was left, the service chosen (a draft is kept until
    // it is sent): the case worker sends it again.
    expect(await plan.getByLabel('Услуга').inputValue()).toBe(service.id);
    await plan.getByRole('button', { name: 'Пошаљи упућивање' }).click();
    await plan.getByRole('cell', { name: 'Подршка запошљавању: Послато' }).waitFor();
    expect(page.url()).toBe(caseUrl);

    const provider = await openAs(browser, hub.origin, { partner: 'atina', role: 'MEMBER' });
    const card = provider.page.getByRole('article').filter({ hasText: code });
    await card.getByRole('button', { name: 'Прихвати' }).click();
    await card.getByText('Прихваћено', { exact: true }).waitFor();
    await card.getByLabel('Завршна напомена').fill('Синтетички завршено.');
    await card.getByRole('button', { name: 'Заврши' }).click();
    // Exact: the partner's closing note ("…завршено.") also contains the word.
    await card.getByText('Завршено', { exact: true }).waitFor();

    // The case worker's page follows the case live: the item is done without a reload.
    await plan.getByRole('cell', { name: 'Урађено' }).waitFor({ timeout: 15_000 });
    await plan.getByRole('cell', { name: 'Подршка запошљавању: Завршено' }).waitFor();

    expect(worker.consoleErrors).toEqual([]);
    expect(provider.consoleErrors).toEqual([]);
    await Promise.all([worker.context.close(), provider.context.close()]);
  }, 120_000);
});
