import { serverAudits } from 'graphql-http';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * The GraphQL-over-HTTP conformance audit of graphql-http, run against the gateway with a real
 * partner token: every MUST and every SHOULD passes.
 */
describe('GraphQL over HTTP', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
    token = await hub.token('astra', ['MEMBER']);
  });
  afterAll(() => hub.close());

  const audits = serverAudits({
    url: () => hub.url,
    fetchFn: (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  }).filter((audit) => !audit.name.startsWith('MAY'));

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });
});
