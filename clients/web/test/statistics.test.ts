import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSyntheticCases, insertSyntheticCases } from '@hub/cli';
import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs, seriousViolations, startWebHub } from './support/browser';

/** In-app navigation (the token lives in memory: a full page load would sign the user out). */
async function visit(page: Page, to: string) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, to);
}

const SCREENSHOT = path.resolve(__dirname, '../../../docs/screenshots/statistics.png');

type Cell = { value: number | null; suppressed: boolean };
const YEAR = new Date().getFullYear() - 1;
const VICTIMS = ['sex', 'age', 'citizenship', 'exploitationType', 'meansOfControl'];
const FIGURES = `reports { total { value suppressed } } victims { total { value suppressed }
  ${VICTIMS.map((b) => `${b}: breakdown(name: "${b}") { key count { value suppressed } }`).join(' ')} }
  nights { total { value suppressed } }`;

/**
 * The statistics page against a hub with generated cases: an analyst sees what the API returns
 * for the same period and area, suppressed cells in words in each language, another period, and
 * the CSV export; a case worker and a partner are refused in words.
 */
describe('the statistics page', () => {
  let hub: TestHub & { origin: string };
  let browser: Browser;
  let analyst: string;
  const api = async (period: string) => {
    const response = await hub.query(analyst, `{ statistics(period: ${period}) { ${FIGURES} } }`);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.statistics as {
      reports: { total: Cell };
      victims: { total: Cell } & Record<string, { key: string; count: Cell }[]>;
      nights: { total: Cell };
    };
  };
  const shown = (n: number, locale = 'sr-Cyrl-RS') => new Intl.NumberFormat(locale).format(n);

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startWebHub(), launchBrowser()]);
    const cases = generateSyntheticCases({ n: 4000, fromYear: YEAR - 5, toYear: YEAR, seed: 11 });
    await insertSyntheticCases(hub.db.url, cases, 11);
    analyst = await hub.token('centre', ['ANALYST']);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows an analyst the figures the API gives, "fewer than 11" in every language, and the CSV', async () => {
    const user = await openAs(browser, hub.origin, { partner: 'centre', role: 'ANALYST' });
    const page = user.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    // An analyst lands on the statistics page; the year before this one is shown first.
    await page.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Статистика' }).waitFor();
    const year = await api(`{ year: ${YEAR} }`);
    expect(year.reports.total.suppressed).toBe(false);
    await page.getByTestId('total-reports').getByText(shown(year.reports.total.value!)).waitFor();
    await expect(page.getByTestId('total-victims').textContent()).resolves.toContain(
      shown(year.victims.total.value!),
    );
    await expect(page.getByTestId('total-nights').textContent()).resolves.toContain(
      shown(year.nights.total.value!),
    );

    // A suppressed value reads "fewer than 11", in Cyrillic, Latin and English.
    const rows = VICTIMS.flatMap((b) => year.victims[b].map((row) => ({ ...row, b })));
    const small = rows.find((c) => c.count.suppressed)!;
    const published = rows.find((c) => !c.count.suppressed)!;
    expect(small).toBeDefined();
    expect(published).toBeDefined();
    const victims = page.locator('[data-figure="victims"]');
    const cell = (row: { b: string; key: string }) =>
      victims.locator(`table[data-breakdown="${row.b}"] tr[data-key="${row.key}"] td`);
    await expect(cell(small).first().textContent()).resolves.toBe('мање од 11');
    await expect(cell(published).first().textContent()).resolves.toBe(
      shown(published.count.value!),
    );
    expect(await seriousViolations(page)).toEqual([]);
    // The README's picture of the page (written when missing, or with SCREENSHOTS=1).
    if (process.env.SCREENSHOTS === '1' || !existsSync(SCREENSHOT)) {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
    }
    await page.getByLabel('Језик').selectOption('sr-Latn');
    await page.getByRole('heading', { level: 1, name: 'Statistika' }).waitFor();
    await expect(cell(small).first().textContent()).resolves.toBe('manje od 11');
    await page.getByLabel('Jezik').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    await expect(cell(small).first().textContent()).resolves.toBe('fewer than 11');
    await page
      .getByTestId('total-reports')
      .getByText(shown(year.reports.total.value!, 'en-GB'))
      .waitFor();

    // Another period: the second quarter.
    await page.getByLabel('Kind of period').selectOption('quarter');
    await page.getByLabel('Quarter', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('statistics-shown').getByText(`1 Apr ${YEAR}`).waitFor();
    const quarter = await api(`{ year: ${YEAR}, quarter: 2 }`);
    const reports = quarter.reports.total;
    await page
      .getByTestId('total-reports')
      .getByText(reports.suppressed ? 'fewer than 11' : shown(reports.value!, 'en-GB'))
      .waitFor();

    // From–to: only a whole year, quarter or month; anything else is refused in words.
    await page.getByLabel('Kind of period').selectOption('range');
    await page.getByLabel('From', { exact: true }).fill(`${YEAR}-04-01`);
    await page.getByLabel('To', { exact: true }).fill(`${YEAR}-05-15`);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Figures are published for a whole year, quarter or month only').waitFor();
    await page.getByLabel('To', { exact: true }).fill(`${YEAR}-06-30`);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('statistics-shown').getByText(`30 Jun ${YEAR}`).waitFor();
    await page
      .getByTestId('total-reports')
      .getByText(reports.suppressed ? 'fewer than 11' : shown(reports.value!, 'en-GB'))
      .waitFor();

    // The CSV, fetched with the token: the same header and rows as the API's export.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download the CSV (HTCDS/CTDC) for ${YEAR}.` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`htcds-ctdc-${YEAR}.csv`);
    const file = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    const direct = await fetch(`${hub.origin}/statistics/export.csv?year=${YEAR}`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(direct.status).toBe(200);
    const expected = (await direct.text()).trim().split(/\r?\n/);
    expect(file[0]).toBe(expected[0]);
    expect(file[0]).toMatch(/^gender,ageBroad,/);
    expect(file.length).toBe(expected.length);
    expect(file.length - 1).toBe(Number(direct.headers.get('x-hub-export-rows')));
    expect(file.length).toBeGreaterThan(11);
    expect([...file].sort()).toEqual([...expected].sort());
    await page.getByText(`Downloaded: ${shown(file.length - 1, 'en-GB')} rows`).waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    expect(user.consoleErrors).toEqual([]);
    await user.context.close();
  }, 180_000);

  it('refuses a case worker and a partner in words, with no menu entry', async () => {
    for (const who of [
      { partner: 'centre', role: 'CASE_WORKER' },
      { partner: 'atina', role: 'MEMBER' },
    ]) {
      const user = await openAs(browser, hub.origin, who);
      const page = user.page;
      await expect(
        page.getByRole('navigation').getByRole('link', { name: 'Статистика' }).count(),
      ).resolves.toBe(0);
      await visit(page, '/statistics');
      await page.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
      await page.getByText('Статистику виде само аналитичари и супервизори Центра.').waitFor();
      await expect(page.locator('[data-figure]').count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(user.consoleErrors).toEqual([]);
      await user.context.close();
    }
  }, 120_000);
});
