import type { TestHub } from '../../../test/support/hub';
import { startWebHub } from './support/browser';

/** The gateway serves the application at / and keeps answering its own paths as before. */
describe('the gateway serves the web application', () => {
  let hub: TestHub & { origin: string };
  beforeAll(async () => {
    hub = await startWebHub();
  }, 120_000);
  afterAll(() => hub?.close());

  const html = (path: string) =>
    fetch(`${hub.origin}${path}`, { headers: { accept: 'text/html' } });

  it('at / and at every page path (deep links), with a content security policy', async () => {
    for (const path of ['/', '/cases/some-case', '/conferences/x']) {
      const response = await html(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('keeps /graphql, /health, /dev and /config.json', async () => {
    expect((await fetch(`${hub.origin}/health`)).status).toBe(200);
    const config = await fetch(`${hub.origin}/config.json`);
    expect(await config.json()).toEqual({ oidc: null });
    expect((await fetch(`${hub.origin}/dev/users`)).status).toBe(200);
    const token = await hub.token('centre', ['CASE_WORKER']);
    const response = await hub.query(token, '{ cases(first: 1) { code } }');
    expect(response.body.errors).toBeUndefined();
  });
});
