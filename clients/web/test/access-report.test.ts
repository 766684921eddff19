import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, startWebHub } from './support/browser';
import { grant, newCase } from './support/world';

/** The case page's "who saw what" downloads the person's access report as a PDF, in a language. */
describe('the access report button', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('downloads the PDF in the language chosen', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kase = await newCase(hub, worker, { givenName: 'Тестна', familyName: 'Синтетичка' });
    await grant(hub, worker, kase.id, 'police-beograd', ['IDENTITY']);
    const user = await openAs(
      browser,
      hub.origin,
      { partner: 'centre', role: 'CASE_WORKER' },
      `/cases/${kase.id}/consent`,
    );
    const page = user.page;
    const section = page.getByRole('region', { name: 'Ко је шта видео' });
    await section.getByLabel('Језик извештаја').selectOption('en');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Преузми извештај о приступу за особу (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^access-report-.+-en\.pdf$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
