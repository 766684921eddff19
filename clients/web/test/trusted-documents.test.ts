import { demoId } from '@hub/cli';
import type { Browser } from 'playwright-core';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { launchBrowser, openAs } from './support/browser';

/**
 * The web application sends its queries and mutations by their registered id alone: against a
 * gateway that requires registered documents of the Centre and of `hub-web`, its pages load
 * with no refusal and no request carries a document of its own.
 */
describe('the web application and trusted documents', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([
      startTestHub({ gateway: { TRUSTED_DOCUMENTS_REQUIRED_FOR: 'centre,client:hub-web' } }),
      launchBrowser(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('loads the case list and a live conference by registered ids only', async () => {
    const origin = new URL(hub.url).origin;
    const sent: { body: Record<string, unknown>; client: string | undefined }[] = [];
    const refused: number[] = [];
    const centre = await openAs(browser, origin, { partner: 'centre', role: 'SUPERVISOR' });
    centre.page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') {
        sent.push({
          body: request.postDataJSON() as Record<string, unknown>,
          client: request.headers()['apollographql-client-name'],
        });
      }
    });
    centre.page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && response.status() >= 400) {
        refused.push(response.status());
      }
    });
    // In-app navigation: the token lives in memory, a full load would sign out.
    await centre.page.evaluate(() => {
      window.history.pushState({}, '', '/cases');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await centre.page.getByRole('heading', { name: 'Случајеви' }).waitFor();
    await centre.page
      .getByText(/DEMO-2026-/)
      .first()
      .waitFor();
    // A page that follows live updates: its subscription goes with its id over graphql-ws.
    const sockets: string[] = [];
    centre.page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => sockets.push(String(frame.payload))),
    );
    await centre.page.evaluate(
      (to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      `/conferences/${demoId('conference', 1)}`,
    );
    await centre.page.getByRole('heading', { name: /^Конференција случаја/ }).waitFor();
    await centre.page.waitForTimeout(1500);
    expect(sent.length).toBeGreaterThan(0);
    for (const { body, client } of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({ persistedQuery: { version: 1 } });
      expect(client).toBe('hub-web');
    }
    expect(refused).toEqual([]);
    const subscribes = sockets
      .map((frame) => JSON.parse(frame) as { type: string; payload?: { extensions?: unknown } })
      .filter((message) => message.type === 'subscribe');
    expect(subscribes.length).toBeGreaterThan(0);
    for (const message of subscribes) {
      expect(message.payload?.extensions).toMatchObject({ persistedQuery: { version: 1 } });
    }
    expect(centre.consoleErrors).toEqual([]);
    await centre.context.close();
  }, 60_000);
});
