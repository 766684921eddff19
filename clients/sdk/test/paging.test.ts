import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CasesDocument,
  CasesPageDocument,
  HubClient,
  MyReportsDocument,
  MyReportsPageDocument,
  pageByFirst,
  pageConnection,
  ReferralsDocument,
  ReferralsPageDocument,
  SubmitReportDocument,
} from '../src';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { centreWork, sdkClient } from './kit';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
  }
  return out;
}

describe('paging as an async iterator', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('walks the hub’s `first` lists page by page: every item once, in the list’s order', async () => {
    const client = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    const everything = (await client.request(CasesDocument, { first: 500 })).data.cases;
    expect(everything.length).toBeGreaterThan(7);
    let pages = 0;
    const paged = await all(
      pageByFirst(
        client,
        CasesDocument,
        {},
        {
          select: (data) => data.cases,
          pageSize: 3,
          onPage: () => pages++,
        },
      ),
    );
    expect(paged.map((kase) => kase.id)).toEqual(everything.map((kase) => kase.id));
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(everything.length / 3));
  });

  it('asks for the next page only when the caller gets there', async () => {
    const work = centreWork(hub);
    for (let i = 0; i < 5; i++) {
      await work.refer(`Synthetic referral ${i} for paging.`);
    }
    const client = sdkClient(hub.url, await hub.token('atina'));
    let pages = 0;
    const referrals = pageByFirst(
      client,
      ReferralsDocument,
      { status: 'SENT' },
      {
        select: (data) => data.referrals,
        pageSize: 2,
        onPage: () => pages++,
      },
    );
    const firstTwo = [];
    for await (const referral of referrals) {
      firstTwo.push(referral);
      if (firstTwo.length === 2) {
        break;
      }
    }
    expect(pages).toBe(1);
    expect(firstTwo.every((referral) => referral?.status === 'SENT')).toBe(true);
  });
});

describe('the hub’s Relay connections through pageConnection', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('walks casesConnection with a search, page by page, each case once in the list’s order', async () => {
    const client = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    const whole = (await client.request(CasesPageDocument, { first: 500 })).data.casesConnection;
    expect(whole.nodes.length).toBeGreaterThan(7);
    let pages = 0;
    const paged = await all(
      pageConnection(
        client,
        CasesPageDocument,
        {},
        { select: (data) => data.casesConnection, pageSize: 3, onPage: () => pages++ },
      ),
    );
    expect(paged.map((kase) => kase.id)).toEqual(whole.nodes.map((kase) => kase.id));
    expect(pages).toBe(Math.ceil(whole.totalCount / 3));
    const reported = await all(
      pageConnection(
        client,
        CasesPageDocument,
        { search: { status: 'REPORTED' } },
        { select: (data) => data.casesConnection, pageSize: 2 },
      ),
    );
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((kase) => kase.status === 'REPORTED')).toBe(true);
  });

  it('walks a provider’s referralsConnection as its first-only list shows it', async () => {
    const work = centreWork(hub);
    for (let i = 0; i < 3; i++) {
      await work.refer(`Synthetic referral ${i} for connection paging.`);
    }
    const client = sdkClient(hub.url, await hub.token('atina'));
    const listed = (await client.request(ReferralsDocument, { first: 500 })).data.referrals;
    const paged = await all(
      pageConnection(
        client,
        ReferralsPageDocument,
        {},
        { select: (data) => data.referralsConnection, pageSize: 2 },
      ),
    );
    expect(paged.map((referral) => referral.id).sort()).toEqual(
      listed.map((referral) => referral!.id).sort(),
    );
  });
});

describe('a partner’s own reports through pageConnection', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('walks myReportsConnection past one page, newest first, each report once', async () => {
    const client = sdkClient(hub.url, await hub.token('astra', ['MEMBER']));
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { data } = await client.request(SubmitReportDocument, {
        input: { channel: 'NGO', urgency: 'NORMAL', person: { givenName: `Synthetic SDK ${i}` } },
      });
      sent.push(data.submitReport.reference);
    }
    const whole = (await client.request(MyReportsPageDocument, { first: 500 })).data
      .myReportsConnection;
    expect(whole.totalCount).toBe(whole.nodes.length);
    expect(whole.nodes.map((report) => report.reference)).toEqual(expect.arrayContaining(sent));
    let pages = 0;
    const paged = await all(
      pageConnection(
        client,
        MyReportsPageDocument,
        {},
        { select: (data) => data.myReportsConnection, pageSize: 2, onPage: () => pages++ },
      ),
    );
    expect(paged.map((report) => report.reference)).toEqual(
      whole.nodes.map((report) => report.reference),
    );
    expect(pages).toBe(Math.ceil(whole.totalCount / 2));
    // The newest first: the last one sent leads, as in the first-only list.
    expect(paged[0].reference).toBe(sent.at(-1));
    const listed = (await client.request(MyReportsDocument, { first: 500 })).data.myReports;
    expect(listed.map((report) => report.reference).sort()).toEqual(
      paged.map((report) => report.reference).sort(),
    );
  });
});

describe('a Relay connection plugs into the same iterator', () => {
  const Connection = parse(
    'query People($first: Int, $after: String) { people(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
  ) as TypedDocumentNode<
    {
      people: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    },
    { first?: number | null; after?: string | null }
  >;

  it('follows endCursor until hasNextPage is false', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `p${i}`);
    const asked: { first: number; after: string | null }[] = [];
    // A server speaking the Relay cursor contract (the hub's lists may become connections).
    const fetchImpl: typeof fetch = async (_url, init) => {
      const { variables } = JSON.parse(String(init?.body)) as {
        variables: { first: number; after: string | null };
      };
      asked.push(variables);
      const start = variables.after ? ids.indexOf(variables.after) + 1 : 0;
      const page = ids.slice(start, start + variables.first);
      const body = {
        data: {
          people: {
            edges: page.map((id) => ({ node: { id } })),
            pageInfo: { hasNextPage: start + page.length < ids.length, endCursor: page.at(-1) },
          },
        },
      };
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const client = new HubClient({
      url: 'http://hub.invalid/graphql',
      token: 'a.b.c',
      fetch: fetchImpl,
    });
    const nodes = await all(
      pageConnection(client, Connection, {}, { select: (data) => data.people, pageSize: 3 }),
    );
    expect(nodes.map((node) => node.id)).toEqual(ids);
    expect(asked).toEqual([
      { first: 3, after: null },
      { first: 3, after: 'p2' },
      { first: 3, after: 'p5' },
    ]);
  });
});
