import { createServer, type Server } from 'node:http';
import { demoCaseId, demoId } from '@hub/cli';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AcceptReferralDocument,
  CaseByCodeDocument,
  CasesDocument,
  CompleteReferralDocument,
  ConsentRequiredError,
  DeclineReferralDocument,
  fieldStatus,
  ForbiddenError,
  HubClient,
  InvalidTransitionError,
  NotFoundError,
  OutageError,
  ReferralConsentMissingError,
  refreshingToken,
  TimeoutError,
  UnauthenticatedError,
  ValidationError,
} from '../src';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { centreWork, portOf, sdkClient, TcpProxy } from './kit';

const CreateReferral = parse(
  'mutation CreateReferral($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
) as TypedDocumentNode<{ createReferral: { id: string } }, { input: Record<string, unknown> }>;
const CasesWithProceedings = parse(
  'query CasesWithProceedings($first: Int!) { cases(first: $first) { code proceedings { kind } } }',
) as TypedDocumentNode<
  { cases: { code: string; proceedings: { kind: string }[] | null }[] },
  { first: number }
>;

/** A fetch that counts attempts and keeps the request ids it sent. */
function countingFetch() {
  const sent: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    sent.push(new Headers(init?.headers).get('x-request-id') ?? '');
    return fetch(input, init);
  };
  return { sent, fetchImpl };
}

describe('the SDK decodes each refusal of a real hub into its typed error', () => {
  let hub: TestHub;
  const work = () => centreWork(hub);
  const atina = async () => sdkClient(hub.url, await hub.token('atina'));

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('tells a field not shared (with its category) from a field that is empty', async () => {
    const police = sdkClient(hub.url, await hub.token('police-beograd'));
    const { data } = await police.request(CasesDocument, { first: 10 });
    const code = data.cases.find((kase) => kase.id === demoCaseId(3))!.code;
    const result = await police.request(CaseByCodeDocument, { code });
    expect(fieldStatus(result, 'caseByCode.person.phone')).toMatchObject({
      status: 'not-shared',
      category: 'CONTACT',
    });
    expect(fieldStatus(result, ['caseByCode', 'person', 'givenName']).status).toBe('shared');
    const refusal = result.errors.find((error) => error instanceof ConsentRequiredError);
    expect(refusal).toBeInstanceOf(ConsentRequiredError);

    const centre = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    const reported = await centre.request(CasesDocument, { first: 1, status: 'REPORTED' });
    const fresh = await centre.request(CaseByCodeDocument, { code: reported.data.cases[0].code });
    // Nothing identified yet, and the Centre may see it: empty, not withheld.
    expect(fieldStatus(fresh, 'caseByCode.identification')).toEqual({ status: 'empty' });
    expect(fresh.errors).toEqual([]);
  });

  it('not found, invalid transition, forbidden, validation (with the field)', async () => {
    const provider = await atina();
    await expect(
      provider.request(AcceptReferralDocument, { id: demoId('referral', 'no-such') }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const id = await work().refer('Synthetic referral for the error tests.');
    const transition = await provider
      .request(CompleteReferralDocument, { id, note: null })
      .catch((error: unknown) => error);
    expect(transition).toBeInstanceOf(InvalidTransitionError);
    expect((transition as InvalidTransitionError).from).toBe('SENT');

    const centre = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    await expect(centre.request(AcceptReferralDocument, { id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    const invalid = await provider
      .request(DeclineReferralDocument, { id, reason: 'x' })
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).field).toBe('reason');
  });

  it('a referral refused for missing consent names the categories', async () => {
    const centre = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    const refused = await centre
      .request(CreateReferral, {
        input: { caseId: demoCaseId(6), serviceId: demoId('service', 'astra-legal-aid') },
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferralConsentMissingError);
    expect((refused as ReferralConsentMissingError).categories).toContain('PLAN');
  });

  it('unauthenticated: a bad token is refused, and a provider that can refresh is asked again', async () => {
    await expect(
      sdkClient(hub.url, 'not.a-valid.token').request(CasesDocument, { first: 1 }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);

    const good = await hub.token('atina');
    const issued: string[] = [];
    const tokens = refreshingToken(async () => {
      // The first token was revoked at the identity provider (signed by no key the hub knows).
      const token = issued.length === 0 ? `${good.slice(0, -4)}AAAA` : good;
      issued.push(token);
      return { token };
    });
    const result = await sdkClient(hub.url, tokens).request(CasesDocument, { first: 1 });
    expect(result.data.cases).toBeDefined();
    expect(issued).toHaveLength(2);
  });

  it('sends a request id per attempt, and reports the one the hub answered under', async () => {
    const { sent, fetchImpl } = countingFetch();
    const client = new HubClient({
      url: hub.url,
      token: await hub.token('atina'),
      fetch: fetchImpl,
    });
    const result = await client.request(CasesDocument, { first: 1 });
    expect(sent).toHaveLength(1);
    expect(result.requestId).toBe(sent[0]);
  });

  describe('outages and timeouts', () => {
    let legal: TcpProxy;
    let gateway: { url: string; close(): Promise<void> };
    let silent: Server;
    let silentUrl: string;

    beforeAll(async () => {
      legal = new TcpProxy(portOf(hub.subgraphUrls.legal));
      await legal.listen();
      gateway = await hub.startGateway({ LEGAL_URL: `http://127.0.0.1:${legal.port}/graphql` });
      // A server that takes requests and never answers.
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}/graphql`;
    });
    afterAll(async () => {
      await gateway.close();
      await legal.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('a subgraph down is a retryable outage at the paths it fills; other data still comes', async () => {
      legal.paused = true;
      legal.drop();
      const { sent, fetchImpl } = countingFetch();
      const client = new HubClient({
        url: gateway.url,
        token: await hub.token('centre', ['CASE_WORKER']),
        fetch: fetchImpl,
        retry: { attempts: 3, baseMs: 20, maxMs: 50 },
      });
      const result = await client.request(CasesWithProceedings, { first: 2 });
      expect(sent).toHaveLength(3);
      expect(result.data.cases).toHaveLength(2);
      const status = fieldStatus(result, ['cases', 0, 'proceedings']);
      expect(status.status).toBe('failed');
      expect(status.status === 'failed' && status.error).toBeInstanceOf(OutageError);
      expect(result.errors.every((error) => error.retryable)).toBe(true);
    });

    it('a read retried through an outage gets the data once the subgraph is back', async () => {
      legal.paused = true;
      legal.drop();
      const { sent, fetchImpl } = countingFetch();
      const client = new HubClient({
        url: gateway.url,
        token: await hub.token('centre', ['CASE_WORKER']),
        fetch: (input, init) => {
          if (sent.length === 1) {
            legal.paused = false;
          }
          return fetchImpl(input, init);
        },
        retry: { attempts: 4, baseMs: 20, maxMs: 50 },
      });
      const result = await client.request(CasesWithProceedings, { first: 2 });
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(result.errors).toEqual([]);
      expect(new Set(sent).size).toBe(sent.length);
    });

    it('a read that times out is tried again; a mutation that times out is not', async () => {
      let received = 0;
      silent.on('request', () => received++);
      const client = new HubClient({
        url: silentUrl,
        token: 'a.b.c',
        timeoutMs: 150,
        retry: { attempts: 3, baseMs: 10, maxMs: 20 },
      });
      await expect(client.request(CasesDocument, { first: 1 })).rejects.toBeInstanceOf(
        TimeoutError,
      );
      expect(received).toBe(3);
      received = 0;
      await expect(client.request(AcceptReferralDocument, { id: 'x' })).rejects.toBeInstanceOf(
        TimeoutError,
      );
      expect(received).toBe(1);
    });
  });
});
