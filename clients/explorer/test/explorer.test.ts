import { chromium, type Browser } from 'playwright-core';
import { startTestHub, type TestHub } from '../../../test/support/hub';

/** GraphiQL at /graphql, in a real browser, with nothing loaded from outside the hub. */
describe('the API explorer for partners’ developers', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub.close();
  });

  it('a browser opening /graphql gets GraphiQL; an API client still gets JSON', async () => {
    const api = await fetch(hub.url, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(401);
    expect(
      ((await api.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions
        .code,
    ).toBe('UNAUTHENTICATED');

    const page = await browser.newPage();
    const outside: string[] = [];
    const origin = new URL(hub.url).origin;
    page.on('request', (request) => {
      if (
        !request.url().startsWith(origin) &&
        !request.url().startsWith('data:') &&
        !request.url().startsWith('blob:')
      ) {
        outside.push(request.url());
      }
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(hub.url);
    // The development sign-in fills the token; GraphiQL then reads the schema with it.
    const select = page.getByLabel('Development sign-in');
    await select.locator('option', { hasText: 'MEMBER' }).first().waitFor({ state: 'attached' });
    const member = await select
      .locator('option', { hasText: 'MEMBER' })
      .first()
      .getAttribute('value');
    await select.selectOption(member!);
    const schema = page.waitForResponse(
      async (response) =>
        response.url() === hub.url &&
        response.request().method() === 'POST' &&
        response.status() === 200 &&
        (await response.text()).includes('__schema'),
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    const introspection = await (await schema).text();
    expect(await page.getByLabel('Bearer token').inputValue()).toMatch(/^ey/);
    // The schema's descriptions reach the explorer's documentation.
    expect(introspection).toContain('The partner directory, by name');
    await page.locator('.graphiql-container').waitFor();
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
