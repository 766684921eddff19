import type { Browser, Locator } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openCase, seriousViolations, startWebHub } from './support/browser';
import { newCase } from './support/world';

/**
 * The case page's later workflow steps, through the page as a case worker uses them: a stay in the
 * Centre's Shelter (a refusal next to its field, a phase forward, a phase back explained in words,
 * the end of the stay), a criminal proceeding with a hearing and its outcome, and a conference
 * scheduled and started from the case page, opened in its live view.
 */
describe('a case worker records accommodation, proceedings and conferences on the case page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('places, moves on and ends a stay; schedules a hearing and records its outcome; starts a conference', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' });
    const user = await openCase(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      kase,
    );
    const page = user.page;

    // Accommodation: a Shelter stay without a phase is refused next to the phase field.
    const stay = page.getByRole('region', { name: 'Смештај' });
    await stay.getByRole('button', { name: 'Смести или премести' }).click();
    await stay.getByLabel('Пружалац смештаја').selectOption('centre');
    await stay.getByLabel('Врста смештаја').selectOption('CENTRE_SHELTER');
    await stay.getByRole('button', { name: 'Упиши смештај' }).click();
    const phaseField = stay.getByLabel('Фаза прихватилишта');
    await expectDescribedError(phaseField);
    await phaseField.selectOption('1');
    await stay.getByRole('button', { name: 'Упиши смештај' }).click();
    await stay.getByText(/^Прихватилиште Центра \(фаза 1\)/).waitFor();

    await stay.getByRole('button', { name: 'Пређи у фазу 2' }).click();
    await stay.getByText(/^Прихватилиште Центра \(фаза 2\)/).waitFor();
    const history = stay.getByRole('table', { name: 'Боравци' });
    await history.getByRole('row').nth(2).waitFor();

    // Back to phase 1 is not a step the Shelter takes: the page says why, in words.
    await phaseField.selectOption('1');
    await stay.getByRole('button', { name: 'Упиши смештај' }).click();
    await stay
      .getByRole('alert')
      .filter({ hasText: 'Овај корак сада није могућ: стање је „фаза 2”.' })
      .waitFor();

    await stay.getByRole('button', { name: 'Заврши боравак' }).click();
    await history.getByText('траје').waitFor({ state: 'detached' });
    await stay.getByRole('group', { name: 'Тренутни смештај' }).getByText('није уписано').waitFor();

    // A criminal proceeding, a hearing with protective measures, and its outcome.
    const legal = page.getByRole('region', { name: 'Поступци и рочишта' });
    await legal.getByLabel('Број предмета').fill('КТ-1/26 (синтетички)');
    await legal.getByLabel('Кривична дела (чланови, зарезом)').fill('388');
    await legal.getByRole('button', { name: 'Упиши поступак' }).click();
    const proceeding = legal.getByRole('article', { name: 'Кривични' });
    await proceeding.getByText(/КТ-1\/26 \(синтетички\) · 388/).waitFor();

    const when = new Date(Date.now() + 3 * 86_400_000);
    const local = `${when.toISOString().slice(0, 10)}T10:30`;
    await proceeding.getByLabel('Датум и време рочишта').fill(local);
    await proceeding.getByRole('button', { name: 'Закажи рочиште' }).click();
    await expectDescribedError(proceeding.getByLabel('Сврха рочишта'));
    await proceeding.getByLabel('Сврха рочишта').fill('Саслушање оштећене (синтетички)');
    await proceeding.getByRole('checkbox', { name: 'Видео-веза' }).check();
    await proceeding.getByRole('checkbox', { name: 'Пратња' }).check();
    await proceeding.getByRole('button', { name: 'Закажи рочиште' }).click();
    const hearings = proceeding.getByRole('list', { name: 'Рочишта' });
    await hearings
      .getByText(/Саслушање оштећене \(синтетички\) · заштитне мере: Видео-веза/)
      .waitFor();

    await hearings.getByLabel(/^Исход рочишта/).fill('Одложено (синтетички)');
    await hearings.getByRole('button', { name: 'Упиши исход' }).click();
    await hearings.getByText(/Исход рочишта: Одложено \(синтетички\)/).waitFor();

    // A proceeding does not go back a stage: explained in words.
    await proceeding.getByLabel('Нова фаза').selectOption('INVESTIGATION');
    await proceeding.getByRole('button', { name: 'Помери поступак' }).click();
    await proceeding.getByRole('heading', { name: /Истрага$/ }).waitFor();
    await proceeding.getByLabel('Нова фаза').selectOption('PRE_INVESTIGATION');
    await proceeding.getByRole('button', { name: 'Помери поступак' }).click();
    await proceeding
      .getByRole('alert')
      .filter({ hasText: 'Овај корак сада није могућ: стање је „Истрага”.' })
      .waitFor();

    // A conference scheduled and started from the case page, then its live view.
    const conferences = page.getByRole('region', { name: 'Конференције случаја' });
    await conferences.getByRole('button', { name: 'Закажи конференцију' }).click();
    await conferences.getByLabel('Датум и време').fill(local);
    await conferences.getByLabel('Дневни ред (тачка по реду)').fill('Безбедност\nСмештај');
    await conferences
      .getByLabel('Учесници (један по реду: име, шифра партнера)')
      .fill('Синтетички социјални радник, csw-beograd');
    await conferences.getByRole('button', { name: 'Закажи конференцију' }).click();
    await conferences.getByText('(Заказана)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await conferences.getByRole('button', { name: 'Почни конференцију' }).click();
    await conferences.getByText('(У току)').waitFor();
    await conferences.getByRole('link', { name: /^Конференција / }).click();
    await page
      .getByRole('heading', { level: 1, name: `Конференција случаја ${kase.code}` })
      .waitFor();
    await page.getByText('Уживо: нови уноси се појављују сами.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Безбедност' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /Синтетички социјални радник \(csw-beograd\)/ })
      .waitFor();

    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 120_000);
});

/** A form field the server refused: its message is shown next to it (aria-invalid, described). */
async function expectDescribedError(field: Locator) {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
}
