import type { Browser, Locator, Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, openCase, seriousViolations, startWebHub } from './support/browser';
import { call, grant, liveConference, newCase } from './support/world';

/**
 * The remaining workflow forms of the case page, through the page as people use them: each step
 * is taken and shows after; a server validation error appears next to its field; a step the
 * record's state does not allow is explained in words. A Centre case worker takes every step; the
 * victim's lawyer (a partner with an active representation) records a hearing outcome and a
 * compensation claim, and the responsible partner reports its plan item in progress and done.
 */
describe('the remaining workflow forms of the case page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;
  let worker: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
    worker = await hub.token('centre', ['CASE_WORKER']);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** A synthetic case, identified, with a plan of one item for `partner`. */
  async function plannedCase(partner: string) {
    const kase = await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' });
    await call(hub, worker, IDENTIFY, {
      input: {
        caseId: kase.id,
        decision: 'IDENTIFIED',
        decidedOn: day(0),
        finding: 'Синтетички налаз и мишљење.',
        exploitationTypes: ['LABOUR'],
        personParticipated: true,
      },
    });
    const { adoptProtectionPlan } = await call<{
      adoptProtectionPlan: { items: { id: string }[] };
    }>(hub, worker, ADOPT, {
      input: {
        caseId: kase.id,
        goals: ['Економско оснаживање (синтетички)'],
        items: [
          {
            description: 'Подршка у тражењу посла (синтетички)',
            dueOn: '2027-03-01',
            responsiblePartner: partner,
            goal: 0,
          },
        ],
      },
    });
    const { openProceeding } = await call<{ openProceeding: { id: string } }>(
      hub,
      worker,
      'mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id } }',
      { input: { caseId: kase.id, kind: 'CRIMINAL', victimRole: 'INJURED_PARTY' } },
    );
    return { ...kase, itemId: adoptProtectionPlan.items[0]!.id, proceedingId: openProceeding.id };
  }

  it('a case worker takes every remaining step of the case page', async () => {
    const kase = await plannedCase('atina');
    // A referral of the plan item (to withdraw), and a conference action item (to plan).
    await grant(hub, worker, kase.id, 'atina', ['IDENTITY', 'PLAN']);
    const { services } = await call<{
      services: { id: string; name: string; provider: { code: string } }[];
    }>(hub, worker, '{ services(first: 200) { id name provider { code } } }');
    const service = services.find(
      (s) => s.provider.code === 'atina' && s.name === 'Подршка запошљавању',
    )!;
    await call(
      hub,
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      { input: { caseId: kase.id, serviceId: service.id, planItemId: kase.itemId } },
    );
    const conferenceId = await liveConference(hub, worker, kase.id, [
      { name: 'Синтетички учесник', partner: 'atina' },
    ]);
    await call(
      hub,
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      {
        input: {
          conferenceId,
          kind: 'ACTION_ITEM',
          text: 'Обука за посао (синтетички, са конференције)',
          assignee: 'atina',
        },
      },
    );

    const user = await openCase(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      kase,
    );
    const page = user.page;

    // A further report: received in the future is refused next to its field.
    const reports = page.getByRole('region', { name: 'Пријаве' });
    await reports.getByRole('button', { name: 'Додај пријаву' }).click();
    const receivedAt = reports.getByLabel('Пријава примљена (датум и време)');
    await receivedAt.fill(`${day(2)}T10:00`);
    await reports.getByLabel('Начин пријаве').selectOption('POLICE');
    await reports.getByRole('button', { name: 'Упиши нову пријаву' }).click();
    await expectDescribedError(receivedAt);
    await receivedAt.fill('');
    await reports.getByRole('button', { name: 'Упиши нову пријаву' }).click();
    await reports.getByRole('cell', { name: 'Полиција' }).waitFor();
    expect(await reports.getByRole('row').count()).toBe(3);

    // Statistics consent: recorded, then cleared.
    const person = page.getByRole('region', { name: 'Особа' });
    await person.getByRole('button', { name: 'Упиши пристанак на статистику' }).click();
    await person.getByText('Особа је пристала да буде урачуната у статистику.').waitFor();
    await person.getByRole('button', { name: 'Упиши да пристанка на статистику нема' }).click();
    await person.getByText(/^Особа није пристала да буде урачуната/).waitFor();

    // A plan item added (a too short description refused next to it), then moved.
    const plan = page.getByRole('region', { name: 'План заштите' });
    await plan.getByRole('button', { name: 'Додај задатак у план' }).click();
    const description = plan.getByLabel('Задатак', { exact: true });
    await description.fill('аб');
    await plan.getByLabel('Рок', { exact: true }).fill('2027-04-01');
    await plan.getByLabel('Одговорни партнер').selectOption('atina');
    await plan.getByRole('button', { name: 'Додај задатак', exact: true }).click();
    await expectDescribedError(description);
    await description.fill('Психолошка подршка (синтетички)');
    await plan.getByRole('button', { name: 'Додај задатак', exact: true }).click();
    const added = plan.getByRole('row').filter({ hasText: 'Психолошка подршка (синтетички)' });
    await added.getByRole('cell', { name: 'Планирано', exact: true }).waitFor();

    await added.getByRole('button', { name: 'Промени стање задатка' }).click();
    await added.getByLabel('Ново стање задатка').selectOption('DONE');
    await added.getByRole('button', { name: 'Упиши ново стање' }).click();
    await added
      .getByRole('alert')
      .filter({ hasText: 'Овај корак сада није могућ: стање је „Планирано”.' })
      .waitFor();
    await added.getByLabel('Ново стање задатка').selectOption('CANCELLED');
    await added.getByRole('button', { name: 'Упиши ново стање' }).click();
    await expectDescribedError(added.getByLabel('Разлог отказивања'));
    await added.getByLabel('Разлог отказивања').fill('Синтетички: није више потребно');
    await added.getByRole('button', { name: 'Упиши ново стање' }).click();
    await added
      .getByRole('cell', { name: 'Отказано · разлог: Синтетички: није више потребно' })
      .waitFor();

    // The referral withdrawn: a reason is needed; the item goes back to be planned again.
    const referred = plan.getByRole('row').filter({ hasText: 'Подршка у тражењу посла' });
    await referred.getByRole('button', { name: 'Повуци упућивање' }).click();
    await referred.getByRole('button', { name: 'Потврди повлачење' }).click();
    await expectDescribedError(referred.getByLabel('Зашто се упућивање повлачи'));
    await referred.getByLabel('Зашто се упућивање повлачи').fill('Синтетички: нема места');
    await referred.getByRole('button', { name: 'Потврди повлачење' }).click();
    await referred.getByRole('cell', { name: 'Подршка запошљавању: Повучено' }).waitFor();
    await referred
      .getByRole('cell', { name: 'Планирано', exact: true })
      .waitFor({ timeout: 15_000 });
    await referred.getByRole('button', { name: 'Промени стање задатка' }).click();
    await referred.getByLabel('Ново стање задатка').selectOption('IN_PROGRESS');
    await referred.getByRole('button', { name: 'Упиши ново стање' }).click();
    await referred.getByRole('cell', { name: 'У току', exact: true }).waitFor();

    // A lawyer appointed (the name is required); a second one for the same scope is explained.
    const legal = page.getByRole('region', { name: 'Поступци и рочишта' });
    await legal.getByRole('button', { name: 'Постави пуномоћника' }).click();
    const lawyerName = legal.getByLabel('Име и презиме адвоката');
    await legal.getByLabel('Организација у којој адвокат ради').selectOption('astra');
    await legal.getByRole('button', { name: 'Упиши заступање' }).click();
    await expectDescribedError(lawyerName);
    await lawyerName.fill('Синтетички Адвокат');
    await legal.getByRole('button', { name: 'Упиши заступање' }).click();
    const lawyers = legal.getByRole('list', { name: 'Заступање жртве' });
    await lawyers
      .getByText(/Синтетички Адвокат \(astra\), у целом случају, од .* · траје/)
      .waitFor();
    await lawyerName.fill('Синтетичка Адвокатица');
    await legal.getByLabel('Организација у којој адвокат ради').selectOption('atina');
    await legal.getByRole('button', { name: 'Упиши заступање' }).click();
    await legal
      .getByRole('alert')
      .filter({ hasText: 'Жртва овде већ има пуномоћника за то време' })
      .waitFor();
    await lawyers.getByLabel('Зашто се заступање завршава').fill('Синтетички: нови адвокат');
    await lawyers.getByRole('button', { name: 'Заврши заступање' }).click();
    await lawyers.getByText(/завршено .*: Синтетички: нови адвокат/).waitFor();

    // A compensation claim filed (an amount is required), decided in part, and paid.
    await legal.getByRole('button', { name: 'Нови одштетни захтев' }).click();
    await legal.getByRole('button', { name: 'Упиши захтев' }).click();
    await expectDescribedError(legal.getByLabel('Тражени износ'));
    await legal.getByLabel('Тражени износ').fill('1500');
    await legal.getByRole('button', { name: 'Упиши захтев' }).click();
    const claims = legal.getByRole('list', { name: 'Одштетни захтеви' });
    await claims.getByText('Поднет', { exact: true }).waitFor();
    await claims.getByLabel('Одлука о захтеву').selectOption('PARTLY_GRANTED');
    await claims.getByLabel('Досуђени износ').fill('2000');
    await claims.getByRole('button', { name: 'Упиши одлуку' }).click();
    await expectDescribedError(claims.getByLabel('Досуђени износ'));
    await claims.getByLabel('Досуђени износ').fill('1000');
    await claims.getByRole('button', { name: 'Упиши одлуку' }).click();
    await claims.getByText('Делимично усвојен', { exact: true }).waitFor();
    await claims.getByLabel('Исплаћени износ').fill('1200');
    await claims.getByRole('button', { name: 'Упиши исплату' }).click();
    await expectDescribedError(claims.getByLabel('Исплаћени износ'));
    await claims.getByLabel('Исплаћени износ').fill('1000');
    await claims.getByRole('button', { name: 'Упиши исплату' }).click();
    await claims.getByText('Исплаћен', { exact: true }).waitFor();

    // The conference's action item into the plan: it has no due date, so one is asked for.
    const conferences = page.getByRole('region', { name: 'Конференције случаја' });
    const actions = conferences.getByRole('list', { name: /^Задаци са конференције/ });
    await actions.getByRole('button', { name: 'Пренеси у план' }).click();
    await expectDescribedError(actions.getByLabel('Рок задатка у плану'));
    await actions.getByLabel('Рок задатка у плану').fill('2027-05-01');
    await actions.getByRole('button', { name: 'Пренеси у план' }).click();
    await actions.getByText(/· у плану$/).waitFor();
    await plan.getByRole('row').filter({ hasText: 'Обука за посао (синтетички' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Closing: OTHER needs the words for it; the confirmation can be cancelled.
    await closeCase(page, kase.code);
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 180_000);

  it('the victim’s lawyer and the responsible partner take the steps the API allows them', async () => {
    const kase = await plannedCase('astra');
    await grant(hub, worker, kase.id, 'astra', ['LEGAL', 'PLAN']);
    for (const [days, purpose] of [
      [2, 'Саслушање оштећене (синтетички)'],
      [3, 'Главни претрес (синтетички)'],
    ] as const) {
      await call(
        hub,
        worker,
        'mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }',
        {
          input: {
            proceedingId: kase.proceedingId,
            scheduledAt: new Date(Date.now() + days * 86_400_000).toISOString(),
            purpose,
          },
        },
      );
    }
    await call(
      hub,
      worker,
      'mutation ($input: AppointRepresentationInput!) { appointRepresentation(input: $input) { id } }',
      { input: { caseId: kase.id, lawyerName: 'Синтетички Адвокат', partnerCode: 'astra' } },
    );

    const lawyer = await openCase(browser, hub.origin, { partner: 'astra', role: 'MEMBER' }, kase);
    const page = lawyer.page;
    const legal = page.getByRole('region', { name: 'Поступци и рочишта' });
    // Appointing lawyers and moving proceedings stay the Centre's.
    await legal.getByRole('list', { name: 'Заступање жртве' }).waitFor();
    expect(await legal.getByRole('button', { name: 'Постави пуномоћника' }).count()).toBe(0);
    expect(await legal.getByRole('button', { name: 'Помери поступак' }).count()).toBe(0);

    const hearing = legal
      .getByRole('list', { name: 'Рочишта' })
      .getByRole('listitem')
      .filter({ hasText: 'Саслушање оштећене' });
    await hearing.getByLabel(/^Исход рочишта/).fill('аб');
    await hearing.getByRole('button', { name: 'Упиши исход' }).click();
    await expectDescribedError(hearing.getByLabel(/^Исход рочишта/));
    await hearing.getByLabel(/^Исход рочишта/).fill('Одложено (синтетички)');
    await hearing.getByRole('button', { name: 'Упиши исход' }).click();
    await hearing.getByText(/Исход рочишта: Одложено \(синтетички\)/).waitFor();

    await legal.getByRole('button', { name: 'Нови одштетни захтев' }).click();
    await legal.getByLabel('Тражени износ').fill('250');
    await legal.getByLabel(/^Валута/).fill('XX');
    await legal.getByRole('button', { name: 'Упиши захтев' }).click();
    await expectDescribedError(legal.getByLabel(/^Валута/));
    await legal.getByLabel(/^Валута/).fill('EUR');
    await legal.getByRole('button', { name: 'Упиши захтев' }).click();
    const claims = legal.getByRole('list', { name: 'Одштетни захтеви' });
    await claims.getByText('Поднет', { exact: true }).waitFor();
    await claims.getByRole('button', { name: 'Упиши повлачење захтева' }).click();
    await claims.getByText('Повучен', { exact: true }).waitFor();

    // The responsible partner's own list: in progress, then done; done straight away is explained.
    await page.getByRole('link', { name: 'Задаци из планова' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Подршка у тражењу посла' });
    await row.getByLabel('Ново стање задатка').selectOption('DONE');
    await row.getByRole('button', { name: 'Упиши ново стање' }).click();
    await row
      .getByRole('alert')
      .filter({ hasText: 'Овај корак сада није могућ: стање је „Планирано”.' })
      .waitFor();
    await row.getByLabel('Ново стање задатка').selectOption('IN_PROGRESS');
    await row.getByRole('button', { name: 'Упиши ново стање' }).click();
    await row.getByRole('cell', { name: 'У току', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByLabel('Ново стање задатка').selectOption('DONE');
    await row.getByRole('button', { name: 'Упиши ново стање' }).click();
    await row.getByRole('cell', { name: 'Урађено', exact: true }).waitFor();

    // The hearings page: the outcome recorded, and the other hearing's outcome recorded there.
    await page.getByRole('link', { name: 'Рочишта', exact: true }).click();
    await page.getByRole('cell', { name: /Исход рочишта: Одложено \(синтетички\)/ }).waitFor();
    const other = page.getByRole('row').filter({ hasText: 'Главни претрес' });
    await other.getByLabel(/^Исход рочишта/).fill('Одржан (синтетички)');
    await other.getByRole('button', { name: 'Упиши исход' }).click();
    await other.getByRole('cell', { name: 'Исход рочишта: Одржан (синтетички)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    expect(lawyer.consoleErrors).toEqual([]);
    await lawyer.context.close();
  }, 180_000);

  it('partners record checklists and return steps; a plan-less action item and English labels', async () => {
    const kase = await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' });
    await grant(hub, worker, kase.id, 'atina', ['EXPLOITATION', 'PLAN', 'IDENTITY']);
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
    await call(
      hub,
      worker,
      'mutation ($input: RequestReturnInput!) { requestVoluntaryReturn(input: $input) { id } }',
      { input: { caseId: kase.id, destinationCountry: 'UA', partner: 'atina' } },
    );
    const conferenceId = await liveConference(hub, worker, kase.id, [
      { name: 'Синтетички учесник', partner: 'atina' },
    ]);
    await call(
      hub,
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      {
        input: {
          conferenceId,
          kind: 'ACTION_ITEM',
          text: 'Синтетички задатак без плана',
          assignee: 'atina',
          dueOn: '2027-06-01',
        },
      },
    );

    // The organising partner with EXPLOITATION and PLAN consent: a checklist and a return step.
    const partner = await openCase(browser, hub.origin, { partner: 'atina', role: 'MEMBER' }, kase);
    const page = partner.page;
    const identification = page.getByRole('region', { name: 'Идентификација' });
    expect(await identification.getByRole('button', { name: 'Упиши одлуку' }).count()).toBe(0);
    await identification.getByRole('checkbox', { name: 'Дужничко ропство' }).check();
    await identification.getByRole('button', { name: 'Упиши прелиминарну идентификацију' }).click();
    await identification.getByText(/Индикатори присутни — Дужничко ропство/).waitFor();

    const ret = page.getByRole('region', { name: 'Повратак и боравак' });
    const moveTo = ret.getByLabel('Ново стање повратка');
    expect(await moveTo.locator('option').allTextContents()).toEqual(['У припреми', 'Обављен']);
    await ret.getByRole('button', { name: 'Промени стање' }).click();
    await ret.getByText('Повратак у UA: У припреми').waitFor();

    // The referral inbox: a refused decline keeps the reason typed, next to its message.
    await page.getByRole('link', { name: 'Упућивања' }).click();
    const card = page.getByRole('article').filter({ hasText: kase.code });
    const reason = card.getByLabel('Разлог одбијања');
    await reason.fill('аб');
    await card.getByRole('button', { name: 'Одбиј' }).click();
    await expectDescribedError(reason);
    expect(await reason.inputValue()).toBe('аб');
    await card.getByRole('button', { name: 'Прихвати' }).click();
    await card.getByText('Прихваћено').waitFor();
    expect(partner.consoleErrors).toEqual([]);
    await partner.context.close();

    // No plan in force: the action item cannot become a plan item, and the page says why.
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}`,
    );
    const conferences = user.page.getByRole('region', { name: 'Конференције случаја' });
    await conferences.getByRole('button', { name: 'Пренеси у план' }).click();
    await conferences
      .getByRole('alert')
      .filter({ hasText: 'Овај корак сада није могућ: стање је „без плана”.' })
      .waitFor();

    // The new forms' labels in English.
    await user.page.getByLabel('Језик').selectOption('en');
    await user.page.getByRole('region', { name: 'Closing the case' }).waitFor();
    await user.page.getByRole('button', { name: 'Add a report' }).waitFor();
    await user.page.getByRole('button', { name: 'Appoint a lawyer' }).waitFor();
    await user.page.getByRole('button', { name: 'New compensation claim' }).waitFor();
    await user.page.getByRole('button', { name: 'Record consent to statistics' }).waitFor();
    await user.page.getByRole('button', { name: 'Add to the plan' }).waitFor();
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 180_000);
});

const IDENTIFY = 'mutation ($input: IdentificationInput!) { identifyVictim(input: $input) { id } }';
const ADOPT =
  'mutation ($input: AdoptPlanInput!) { adoptProtectionPlan(input: $input) { id items { id } } }';

/** A day `offset` days from today, YYYY-MM-DD (local time, as a date input takes it). */
function day(offset: number): string {
  const at = new Date(Date.now() + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Close the case from its page: a cancelled confirmation, OTHER without words, then closed. */
async function closeCase(page: Page, code: string) {
  const closing = page.getByRole('region', { name: 'Затварање случаја' });
  const dialog = page.getByRole('dialog', { name: `Затворити случај ${code}?` });
  await closing.getByLabel('Разлог затварања').selectOption('OTHER');
  await closing.getByRole('button', { name: 'Затвори случај' }).click();
  await dialog.getByText(/^Затворен случај се запечаћује/).waitFor();
  await fadedIn(dialog);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Одустани', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByRole('heading', { level: 1, name: /Пријављен|Идентификована|У подршци/ })
    .waitFor();

  await closing.getByRole('button', { name: 'Затвори случај' }).click();
  await dialog.getByRole('button', { name: 'Да, затвори случај' }).click();
  const note = closing.getByLabel(/^Објашњење/);
  await expectDescribedError(note);
  await note.fill('Синтетички: особа се преселила');
  await closing.getByRole('button', { name: 'Затвори случај' }).click();
  await dialog.getByRole('button', { name: 'Да, затвори случај' }).click();
  await page.getByRole('heading', { level: 1, name: /Затворен$/ }).waitFor();
  await closing.getByText(/^Случај је затворен /).waitFor();
}

/**
 * Waits until `element` has faded in: it and every element around it fully opaque. A dialog's
 * text is visible from the first frame of its transition, at opacity 0; an axe scan during the
 * fade measures paler text than the dialog shows (on a loaded machine it reported every text of
 * the closing dialog as too low in contrast).
 */
async function fadedIn(element: Locator) {
  await element.evaluate(
    (shown) =>
      new Promise<void>((resolve) => {
        const opaque = () => {
          for (let at: Element | null = shown; at; at = at.parentElement) {
            if (getComputedStyle(at).opacity !== '1') {
              return false;
            }
          }
          return true;
        };
        const check = () => (opaque() ? resolve() : requestAnimationFrame(check));
        check();
      }),
  );
}

/** A form field the server refused: its message is shown next to it (aria-invalid, described). */
async function expectDescribedError(field: Locator) {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
}
