import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

describe('HTTP hardening at the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  it('serves pages with a strict Content-Security-Policy, and /graphql without one', async () => {
    // /health stands in for the web application's pages (served at / on another branch).
    const page = await fetch(new URL('/health', hub.url));
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const api = await fetch(hub.url, { method: 'POST' });
    expect(api.headers.get('content-security-policy')).toBeNull();
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('drops clients that trickle their headers (slow-loris), and keeps serving others', async () => {
    const gateway = await hub.startGateway({ HTTP_HEADERS_TIMEOUT_MS: '1000' });
    const { hostname, port } = new URL(gateway.url);
    const sockets: Socket[] = [];
    const token = await hub.token('astra', ['MEMBER']);
    const ask = () =>
      postGraphQL(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${token}` });
    // A first request after start is several times a warm one (plans, pools): it is made before
    // the trickling starts, so what is timed below is serving others beside them, not a cold start.
    expect((await ask()).status).toBe(200);
    try {
      const closed = Array.from({ length: 200 }, () => {
        const socket = connect(Number(port), hostname);
        sockets.push(socket);
        socket.on('error', () => undefined);
        socket.resume(); // read the server's 408, so its closing reaches this end
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ');
        return new Promise<number>((resolve) => {
          const started = Date.now();
          socket.on('close', () => resolve(Date.now() - started));
        });
      });
      const started = Date.now();
      const answer = await ask();
      expect(answer.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      const after = await Promise.all(closed);
      expect(Math.max(...after)).toBeLessThan(5000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await gateway.close();
    }
  });

  it('answers REQUEST_TIMEOUT and cancels the subgraph fetch of a request that runs too long', async () => {
    // A legal subgraph that never answers.
    const aborted: Promise<void>[] = [];
    const stuck: Server = createServer((req, res) => {
      // The gateway warms its connections with GET /health; only the query's fetch hangs.
      if (req.method === 'GET' && req.url === '/health') {
        res.end('{"status":"ok"}');
        return;
      }
      aborted.push(new Promise((resolve) => req.socket.once('close', () => resolve())));
    });
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    const { port } = stuck.address() as { port: number };
    const gateway = await hub.startGateway({
      REQUEST_TIMEOUT_MS: '800',
      LEGAL_URL: `http://127.0.0.1:${port}/graphql`,
    });
    try {
      const started = Date.now();
      const response = await postGraphQL(
        gateway.url,
        {
          query:
            '{ upcomingHearings(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { id } }',
        },
        { authorization: `Bearer ${await hub.token('centre', ['CASE_WORKER'])}` },
      );
      expect(Date.now() - started).toBeLessThan(5000);
      expect(response.status).toBeLessThan(500);
      expect(response.body.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|serviceName/);
      expect(aborted).toHaveLength(1);
      await aborted[0]; // the gateway closed its request to the subgraph
    } finally {
      await gateway.close();
      stuck.closeAllConnections();
      await new Promise((resolve) => stuck.close(resolve));
    }
  });
});
