import { startTestHub, postGraphQL, type TestHub } from '../support/hub';
import { sleep, startSubgraphProcess, waitUntilReady, type HubProcess } from '../support/processes';

/**
 * A subgraph process killed while partners query the gateway: the parts other subgraphs own keep
 * coming, the missing part is null with a typed, retryable outage error (never an HTTP 5xx or a
 * masked internal error), and full answers return as soon as the subgraph is back.
 */
describe('a subgraph killed under load', () => {
  let hub: TestHub;
  let services: HubProcess;
  let gateway: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    hub = await startTestHub();
    services = await startSubgraphProcess(hub, 'services');
    gateway = await hub.startGateway({ SERVICES_URL: `${services.url}/graphql` });
  });
  afterAll(async () => {
    await gateway.close();
    await services.stop('SIGKILL');
    await hub.close();
  });

  const QUERY = '{ partnerByCode(code: "astra") { name services { type } } }';
  type Answer = Awaited<ReturnType<typeof postGraphQL>>;
  const ask = async (token: string) =>
    postGraphQL(gateway.url, { query: QUERY }, { authorization: `Bearer ${token}` });
  const isFull = (answer: Answer) =>
    answer.status === 200 &&
    !answer.body.errors &&
    Array.isArray((answer.body.data?.partnerByCode as { services?: unknown })?.services);

  it('keeps partial data with SERVICE_UNAVAILABLE, then full answers within 1 s of ready', async () => {
    const token = await hub.token('atina');
    expect(isFull(await ask(token))).toBe(true);

    const answers: Answer[] = [];
    let running = true;
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) {
          answers.push(await ask(token));
        }
      }),
    );
    await sleep(300);
    await services.stop('SIGKILL');
    await sleep(700);
    const port = services.port;
    services = await startSubgraphProcess(hub, 'services', port);
    const ready = Date.now();
    await waitUntilReady(`${services.url}/ready`);
    let firstFull: number | null = null;
    const mark = answers.length;
    while (firstFull === null && Date.now() - ready < 5000) {
      const answer = await ask(token);
      if (isFull(answer)) {
        firstFull = Date.now();
      }
    }
    running = false;
    await load;

    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const outages = answers.filter((answer) => answer.body.errors);
    expect(outages.length).toBeGreaterThan(0);
    for (const answer of outages) {
      // The partner's name comes from the partners subgraph, which is up.
      expect(answer.body.data?.partnerByCode).toEqual({ name: expect.any(String), services: null });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          path: ['partnerByCode', 'services'],
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true }),
        }),
      ]);
      expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    }
    expect(answers.slice(0, mark).some(isFull)).toBe(true);
    expect(firstFull).not.toBeNull();
    expect(firstFull! - ready).toBeLessThan(1000);
    // Logged as an outage, not as a bug.
    expect(hub.logs.text()).toContain('subgraph unavailable');
    expect(hub.logs.text()).not.toContain('unexpected gateway fault');
  });
});
