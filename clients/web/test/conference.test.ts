import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub, type User } from './support/browser';
import { grant, liveConference, newCase } from './support/world';

/**
 * Two people on one live conference: the Centre's coordinator records, a social work centre
 * member follows. What the participant relies on: entries appear as they are recorded, a dropped
 * connection loses nothing and repeats nothing, and withdrawn consent ends the view.
 */
describe('the live conference view', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  /** What the participant's page lists, newest last. */
  const entriesOf = (participant: User) =>
    participant.page.getByRole('list', { name: 'Записник, одлуке и задаци' }).getByRole('listitem');
  /** The coordinator records an entry from the conference page; resolves once it is saved. */
  const record = async (coordinator: User, text: string, saved = true) => {
    const page = coordinator.page;
    const field = page.getByLabel('Текст', { exact: true });
    await field.fill(text);
    await page.getByRole('button', { name: 'Упиши', exact: true }).click();
    // The form is emptied once the hub has recorded the entry.
    for (let i = 0; saved && i < 100 && (await field.inputValue()) !== ''; i++) {
      await page.waitForTimeout(50);
    }
  };

  /**
   * A test's own live conference, on a new case whose consent lets csw-beograd follow it: the
   * coordinator's and the participant's pages open on it, the participant's live.
   */
  const openConference = async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, { givenName: 'Синтетичка' });
    await grant(hub, worker, kase.id, 'csw-beograd', ['CONFERENCE']);
    const conferenceId = await liveConference(hub, worker, kase.id, [
      { partner: 'csw-beograd', name: 'Синтетички старатељ' },
    ]);
    const path = `/conferences/${conferenceId}`;
    const [coordinator, participant] = await Promise.all([
      openAs(browser, hub.origin, { partner: 'centre', role: 'CASE_WORKER' }, path),
      openAs(browser, hub.origin, { partner: 'csw-beograd', role: 'MEMBER' }, path),
    ]);
    await participant.page.getByRole('status').filter({ hasText: 'Уживо' }).waitFor();
    return { coordinator, participant, entries: () => entriesOf(participant) };
  };
  const closeAll = async (...users: User[]) => {
    await Promise.all(users.map((user) => user.context.close()));
  };

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  // How soon is measured by `npm run bench -- web`, not against a clock on a loaded machine.
  it("shows an entry on the participant's page as it is recorded, without a reload", async () => {
    const { coordinator, participant, entries } = await openConference();
    await record(coordinator, 'Синтетички записник један.', false);
    await entries().filter({ hasText: 'Синтетички записник један.' }).waitFor({ timeout: 10_000 });
    await closeAll(coordinator, participant);
  });

  it('loses and repeats nothing when the connection drops and comes back', async () => {
    const { coordinator, participant, entries } = await openConference();
    // One entry seen live before the connection drops.
    await record(coordinator, 'Синтетички записник један.');
    await entries().filter({ hasText: 'Синтетички записник један.' }).waitFor();
    await participant.context.setOffline(true);
    await participant.page.getByRole('status').filter({ hasText: 'Веза је прекинута' }).waitFor();
    await record(coordinator, 'Синтетички записник два.');
    await coordinator.page.getByLabel('Врста уноса').selectOption('DECISION');
    await record(coordinator, 'Синтетичка одлука три.');
    await participant.context.setOffline(false);
    await entries().filter({ hasText: 'Синтетичка одлука три.' }).waitFor();
    await participant.page.getByRole('status').filter({ hasText: 'Уживо' }).waitFor();
    expect(await entries().allTextContents()).toEqual([
      'Записник: Синтетички записник један.',
      'Записник: Синтетички записник два.',
      'Одлука: Синтетичка одлука три.',
    ]);
    await closeAll(coordinator, participant);
  });

  it("ends the participant's view, content removed, when consent is withdrawn", async () => {
    const { coordinator, participant, entries } = await openConference();
    // An entry on the participant's page, to be removed with the view.
    await record(coordinator, 'Синтетички записник један.');
    await entries().filter({ hasText: 'Синтетички записник један.' }).waitFor();
    const page = coordinator.page;
    await page.getByRole('link', { name: /^Пристанци/ }).click();
    await page.getByRole('button', { name: /^Опозови пристанак за/ }).click();
    await page.getByLabel('Разлог опозива').fill('Особа је повукла пристанак (синтетички).');
    await page.getByRole('button', { name: 'Потврди опозив' }).click();

    await participant.page.getByRole('alert').filter({ hasText: 'Праћење је завршено' }).waitFor();
    expect(await participant.page.getByText('Синтетички записник').count()).toBe(0);
    expect(await participant.page.getByText('Безбедност (синтетички)').count()).toBe(0);
    expect(participant.consoleErrors).toEqual([]);
    expect(coordinator.consoleErrors).toEqual([]);
    await closeAll(coordinator, participant);
  });
});
