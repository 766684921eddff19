import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CasesDocument, HubClient, MyReferralEventsDocument } from '@hub/sdk';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.resolve(ROOT, 'clients/cli/dist/main.js');
const manifest = (client: 'sdk' | 'web') =>
  JSON.parse(
    readFileSync(
      path.join(ROOT, `clients/${client}/src/generated/persisted-documents.json`),
      'utf8',
    ),
  ) as Record<string, string>;

/** The manifest's id of the SDK document whose text starts with `start`, as a 64-digit hash. */
const sdkHash = (start: string) =>
  Object.entries(manifest('sdk'))
    .find(([, text]) => text.startsWith(start))![0]
    .slice('sha256:'.length);

const byId = (hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('trusted documents: the first-party clients’ operations, registered at build time', () => {
  let hub: TestHub;
  /** A gateway that requires registered documents of police-beograd and of the CLI. */
  let strict: { url: string; wsUrl: string; close(): Promise<void> };
  let astra: string;
  let police: string;
  let centre: string;

  beforeAll(async () => {
    hub = await startTestHub({ seed: true });
    strict = await hub.startGateway({
      TRUSTED_DOCUMENTS_REQUIRED_FOR: 'police-beograd,client:hub-cli',
    });
    [astra, police, centre] = await Promise.all([
      hub.token('astra', ['MEMBER']),
      hub.token('police-beograd', ['MEMBER']),
      hub.token('centre', ['CASE_WORKER']),
    ]);
  });
  afterAll(() => hub.close());

  it('each manifest id is the SHA-256 of its document, and every SDK document carries its id', () => {
    for (const client of ['sdk', 'web'] as const) {
      const entries = Object.entries(manifest(client));
      expect(entries.length).toBeGreaterThan(5);
      for (const [id, text] of entries) {
        expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      }
    }
    expect((CasesDocument as { __meta__?: { hash?: string } }).__meta__?.hash).toBe(
      `sha256:${sdkHash('query Cases(')}`,
    );
  });

  it('a registered id runs its document; an unknown id is PERSISTED_QUERY_NOT_FOUND', async () => {
    const auth = { authorization: `Bearer ${centre}` };
    const known = await postGraphQL(hub.url, byId(sdkHash('query Cases('), { first: 2 }), auth);
    expect(known.status).toBe(200);
    expect(known.body.errors).toBeUndefined();
    expect((known.body.data?.cases as unknown[]).length).toBe(2);

    const unknown = await postGraphQL(hub.url, byId('ab'.repeat(32)), auth);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.data).toBeUndefined();
  });

  it('a document a client sends with its hash is run but never registered', async () => {
    const auth = { authorization: `Bearer ${astra}` };
    const query = '{ partners(first: 1) { code } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const sent = await postGraphQL(hub.url, { query, ...byId(hash) }, auth);
    expect(sent.body.errors).toBeUndefined();
    const again = await postGraphQL(hub.url, byId(hash), auth);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // A hash that is not the document's is a client mistake, not an internal error.
    for (const wrong of [sdkHash('query Cases('), hash.toUpperCase()]) {
      const mismatch = await postGraphQL(hub.url, { query, ...byId(wrong) }, auth);
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('the SDK sends its operations by id alone, with its client name', async () => {
    const bodies: string[] = [];
    const names: (string | null)[] = [];
    const client = new HubClient({
      url: hub.url,
      token: astra,
      fetch: (input, init) => {
        bodies.push(String(init?.body));
        names.push(new Headers(init?.headers).get('apollographql-client-name'));
        return fetch(input, init);
      },
    });
    const result = await client.request(CasesDocument, { first: 3 });
    expect(result.errors).toEqual([]);
    expect(bodies).toHaveLength(1);
    const body = JSON.parse(bodies[0]) as Record<string, unknown>;
    expect(body.query).toBeUndefined();
    expect(body.extensions).toEqual(byId(sdkHash('query Cases(')).extensions);
    expect(names).toEqual(['hub-sdk']);
  });

  it('the SDK falls back to the text once when a hub does not know the id', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-manifest-'));
    writeFileSync(path.join(dir, 'empty.json'), '{}');
    const bare = await hub.startGateway({
      TRUSTED_DOCUMENT_MANIFESTS: path.join(dir, 'empty.json'),
    });
    try {
      const bodies: Record<string, unknown>[] = [];
      const client = new HubClient({
        url: bare.url,
        token: astra,
        fetch: (input, init) => {
          bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
          return fetch(input, init);
        },
      });
      const result = await client.request(CasesDocument, { first: 1 });
      expect(result.errors).toEqual([]);
      expect(bodies.map((body) => typeof body.query)).toEqual(['undefined', 'string']);
    } finally {
      await bare.close();
    }
  });

  it('a caller that must use registered documents is refused a document of its own', async () => {
    const auth = { authorization: `Bearer ${police}` };
    const freeform = await postGraphQL(
      strict.url,
      { query: '{ partners(first: 1) { code } }' },
      auth,
    );
    expect(freeform.status).toBe(400);
    expect(freeform.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    // Its own document with its own hash is still its own.
    const query = '{ partners(first: 1) { name } }';
    const hashed = await postGraphQL(
      strict.url,
      { query, ...byId(createHash('sha256').update(query).digest('hex')) },
      auth,
    );
    expect(hashed.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');

    const registered = await postGraphQL(
      strict.url,
      byId(sdkHash('query Cases('), { first: 1 }),
      auth,
    );
    expect(registered.body.errors).toBeUndefined();
    const viaSdk = await new HubClient({ url: strict.url, token: police }).request(CasesDocument, {
      first: 1,
    });
    expect(viaSdk.errors).toEqual([]);
  });

  it('others are unaffected; a client named in the list is held to it', async () => {
    const query = { query: '{ partners(first: 1) { code } }' };
    const other = await postGraphQL(strict.url, query, { authorization: `Bearer ${astra}` });
    expect(other.body.errors).toBeUndefined();
    const named = await postGraphQL(strict.url, query, {
      authorization: `Bearer ${astra}`,
      'apollographql-client-name': 'hub-cli',
    });
    expect(named.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('over graphql-ws too: a registered subscription runs, one of its own is refused', async () => {
    /** The first error code, or 'accepted' when the subscription stood for a second. */
    const outcome = (payload: { query: string; extensions?: Record<string, unknown> }) => {
      const client = createClient({
        url: strict.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${police}` },
        retryAttempts: 0,
        lazy: true,
      });
      return new Promise<string>((resolve) => {
        const timer = setTimeout(() => resolve('accepted'), 1000);
        client.subscribe(payload, {
          next: (result) => {
            clearTimeout(timer);
            resolve(String(result.errors?.[0]?.extensions?.code ?? 'next'));
          },
          error: (error) => {
            clearTimeout(timer);
            const errors = error as { extensions?: { code?: string } }[];
            resolve(String(Array.isArray(errors) ? errors[0]?.extensions?.code : 'closed'));
          },
          complete: () => undefined,
        });
      }).finally(() => client.dispose());
    };
    const text = print(MyReferralEventsDocument);
    const hash = (MyReferralEventsDocument as { __meta__?: { hash?: string } }).__meta__!.hash!;
    expect(await outcome({ query: text })).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(
      await outcome({ query: text, extensions: byId(hash.slice('sha256:'.length)).extensions }),
    ).toBe('accepted');
    // The id names the registered text: a selection of its own beside it is not what runs.
    expect(
      await outcome({
        query: 'subscription { myReferralEvents { id } }',
        extensions: byId('cd'.repeat(32)).extensions,
      }),
    ).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('the CLI works against a gateway that requires its documents', async () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'hub-partner-'));
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, '--url', strict.url, ...args], {
          env: { PATH: process.env.PATH!, XDG_CONFIG_HOME: config },
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('close', (code) => resolve({ code, out, err }));
      });
    expect(await run(['login', '--partner', 'centre', '--role', 'CASE_WORKER'])).toMatchObject({
      code: 0,
    });
    const cases = await run(['cases']);
    expect(cases.err).toBe('');
    expect(cases.code).toBe(0);
    expect(cases.out).toContain('DEMO-2026-');
  });
});
