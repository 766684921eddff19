import { DataCategory } from '@hub/common/categories';
import { insertGrants } from '../support/consent-world';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * The intake's lists and the person record's history page with Relay cursors, as the people who
 * read them: a partner its own reports, the Centre its intake, a case worker and a partner the
 * history of a person record — past one page, in a stable order while new items come in, and a
 * cursor the list did not give out refused.
 */

const SUBMIT = `mutation ($input: PartnerReportInput!) { submitReport(input: $input) { id reference } }`;
const PAGE_INFO = `pageInfo { hasNextPage endCursor }`;
const MINE = `query ($first: Int!, $after: String) {
  myReportsConnection(first: $first, after: $after) {
    totalCount edges { cursor node { reference receivedAt } } ${PAGE_INFO}
  }
}`;
const INTAKE = `query ($first: Int!, $after: String) {
  intakeReportsConnection(first: $first, after: $after) {
    totalCount nodes { reference receivedAt reportingPartner { code } } ${PAGE_INFO}
  }
}`;
const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id } }`;
const UPDATE = `mutation ($caseId: ID!, $input: PersonChangeInput!) { updatePerson(caseId: $caseId, input: $input) { id } }`;
const HISTORY = `query ($id: ID!, $first: Int!, $after: String) { case(id: $id) {
  personHistoryConnection(first: $first, after: $after) {
    edges { cursor node { id field categories value } } ${PAGE_INFO}
  }
} }`;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface ReportNode {
  reference: string;
  receivedAt: string;
}

const errorOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions;
const forged = (parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('paging the intake and the person record’s history', () => {
  let hub: TestHub;
  let worker: string;
  let astra: string;
  let atina: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const submit = async (token: string, givenName: string) =>
    (
      (
        await data(token, SUBMIT, {
          input: { channel: 'NGO', urgency: 'NORMAL', person: { givenName } },
        })
      ).submitReport as { reference: string }
    ).reference;

  /** Walks a list `first` at a time; `meanwhile` runs once, after the first page. */
  const walk = async <T>(
    read: (after: string | null) => Promise<{ items: T[]; pageInfo: PageInfo }>,
    first: number,
    meanwhile: () => Promise<unknown>,
  ) => {
    const seen: T[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await read(after);
      expect(page.items.length).toBeLessThanOrEqual(first);
      seen.push(...page.items);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
      if (pages === 1) {
        await meanwhile();
      }
    } while (after);
    return { seen, pages };
  };

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    astra = await hub.token('astra', ['MEMBER']);
    atina = await hub.token('atina', ['MEMBER']);
  });
  afterAll(() => hub.close());

  it('pages a partner’s own reports past one page, newest first, each once, as reports come in', async () => {
    for (let i = 0; i < 5; i++) {
      await submit(astra, `Synthetic paging ${i}`);
    }
    const other = await submit(atina, 'Synthetic other partner');
    type Mine = { totalCount: number; edges: { node: ReportNode }[]; pageInfo: PageInfo };
    const mine = async (first: number, after: string | null) =>
      (await data(astra, MINE, { first, after })).myReportsConnection as Mine;

    const whole = await mine(500, null);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.edges.length).toBeGreaterThanOrEqual(5);
    const order = whole.edges.map((edge) => edge.node.reference);
    expect(order).not.toContain(other);
    const received = whole.edges.map((edge) => Date.parse(edge.node.receivedAt));
    expect([...received].sort((a, b) => b - a)).toEqual(received);

    let arrived = '';
    const { seen, pages } = await walk(
      async (after) => {
        const page = await mine(2, after);
        // The count is of the partner's own reports: it grows with the one sent meanwhile.
        expect(page.totalCount).toBeGreaterThanOrEqual(order.length);
        return { items: page.edges.map((edge) => edge.node.reference), pageInfo: page.pageInfo };
      },
      2,
      async () => {
        // Newer than the cursor: it shows on a fresh first page, and pushes nothing down a place.
        arrived = await submit(astra, 'Synthetic arrived meanwhile');
      },
    );
    expect(pages).toBe(Math.ceil(order.length / 2));
    expect(seen).toEqual(order);
    const fresh = await mine(1, null);
    expect(fresh.edges.map((edge) => edge.node.reference)).toEqual([arrived]);
    expect(fresh.totalCount).toBe(order.length + 1);
  });

  it('pages the Centre’s intake over every partner’s reports, and only for Centre case staff', async () => {
    await submit(astra, 'Synthetic intake a');
    await submit(atina, 'Synthetic intake b');
    type Intake = { totalCount: number; nodes: ReportNode[]; pageInfo: PageInfo };
    const intake = async (first: number, after: string | null) =>
      (await data(worker, INTAKE, { first, after })).intakeReportsConnection as Intake;
    const whole = await intake(500, null);
    expect(whole.totalCount).toBe(whole.nodes.length);
    const order = whole.nodes.map((node) => node.reference);
    const { seen } = await walk(
      async (after) => {
        const page = await intake(3, after);
        return { items: page.nodes.map((node) => node.reference), pageInfo: page.pageInfo };
      },
      3,
      () => submit(atina, 'Synthetic intake meanwhile'),
    );
    expect(seen).toEqual(order);

    for (const partner of [astra, atina]) {
      expect(errorOf(await hub.query(partner, INTAKE, { first: 5 }))?.code).toBe('FORBIDDEN');
    }
    expect(errorOf(await hub.query(worker, MINE, { first: 5 }))?.code).toBe('FORBIDDEN');
  });

  it('refuses a page outside 1–500 and a cursor the intake lists did not give out', async () => {
    for (const first of [0, 501]) {
      expect(errorOf(await hub.query(astra, MINE, { first }))).toMatchObject({
        code: 'FIRST_OUT_OF_RANGE',
        max: 500,
      });
      expect(errorOf(await hub.query(worker, INTAKE, { first }))?.code).toBe('FIRST_OUT_OF_RANGE');
    }
    const { endCursor } = (
      (await data(astra, MINE, { first: 1 })).myReportsConnection as { pageInfo: PageInfo }
    ).pageInfo;
    expect(endCursor).toBeTruthy();
    for (const after of [
      'not-a-cursor',
      forged(['x', SOME_ID]),
      forged(['2026-02-30 10:00:00+00', SOME_ID]),
      forged(['2026-02-20 10:00:00+00', 'x']),
      forged(['2026-02-20 10:00:00+00', 'changed', SOME_ID]),
    ]) {
      for (const [token, query] of [
        [astra, MINE],
        [worker, INTAKE],
      ]) {
        const response = await hub.query(token, query, { first: 5, after });
        expect(errorOf(response)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
        expect(JSON.stringify(response.body)).not.toMatch(/stack|sql|select|partner_report/i);
      }
    }
    // A cursor of one list is a well-formed key of the other: it pages, never leaks or faults.
    const other = await hub.query(worker, INTAKE, { first: 5, after: endCursor });
    expect(other.body.errors).toBeUndefined();
  });

  describe('the person record’s history', () => {
    let caseId: string;
    type History = {
      edges: { node: { id: string; field: string; categories: string[] } }[];
      pageInfo: PageInfo;
    };
    const history = async (token: string, first: number, after: string | null) =>
      (
        (await data(token, HISTORY, { id: caseId, first, after })).case as {
          personHistoryConnection: History;
        }
      ).personHistoryConnection;
    const update = (input: Record<string, unknown>) => data(worker, UPDATE, { caseId, input });

    beforeAll(async () => {
      caseId = (
        (
          await data(worker, REPORT_CASE, {
            input: {
              caseWorkerName: 'Synthetic Worker',
              report: { channel: 'POLICE', urgency: 'NORMAL' },
              person: { givenName: 'Synthetic', phone: '+381 60 000 1000' },
            },
          })
        ).reportCase as { id: string }
      ).id;
      for (let i = 1; i <= 3; i++) {
        await update({
          phone: `+381 60 000 100${i}`,
          address: `Синтетичка ${i}, Ниш`,
          healthNeeds: [{ kind: 'PSYCHOLOGICAL', need: `Synthetic need ${i}` }],
        });
      }
    });

    it('pages the history past one page, oldest first, each once, as changes are made', async () => {
      const whole = await history(worker, 500, null);
      const order = whole.edges.map((edge) => edge.node.id);
      expect(order.length).toBe(9);
      // One change's entries by field name: address, healthNeeds, phone, three times over.
      expect(whole.edges.map((edge) => edge.node.field)).toEqual(
        Array(3).fill(['address', 'healthNeeds', 'phone']).flat(),
      );
      const { seen, pages } = await walk(
        async (after) => {
          const page = await history(worker, 2, after);
          return { items: page.edges.map((edge) => edge.node.id), pageInfo: page.pageInfo };
        },
        2,
        // Newer than every entry: it comes at the end, after the nine, once.
        () => update({ phone: '+381 60 000 1009' }),
      );
      expect(pages).toBe(5);
      expect(seen.slice(0, 9)).toEqual(order);
      expect(seen.length).toBe(10);
      const last = await history(worker, 500, null);
      expect(last.edges.at(-1)?.node.field).toBe('phone');
      expect(last.edges.map((edge) => edge.node.id)).toEqual(seen);
    });

    it('pages a partner only through the entries of its categories, with no count', async () => {
      await insertGrants(hub.db.url, [
        { caseId, grantee: 'csw-beograd', categories: [DataCategory.CONTACT], state: 'active' },
      ]);
      const csw = await hub.token('csw-beograd', ['MEMBER']);
      const { seen } = await walk(
        async (after) => {
          const page = await history(csw, 2, after);
          return { items: page.edges.map((edge) => edge.node), pageInfo: page.pageInfo };
        },
        2,
        async () => undefined,
      );
      // Exactly the CONTACT entries of the whole history, in its order, past more than one page.
      const contact = (await history(worker, 500, null)).edges
        .map((edge) => edge.node)
        .filter((node) => node.categories.join() === 'CONTACT');
      expect(contact.length).toBeGreaterThan(2);
      expect(contact.every((node) => node.field === 'phone')).toBe(true);
      expect(seen).toEqual(contact);
      // A count would tell how many entries are hidden: the history's connection has none.
      const counted = await hub.query(
        csw,
        `query ($id: ID!) { case(id: $id) { personHistoryConnection(first: 5) { totalCount } } }`,
        { id: caseId },
      );
      expect(counted.body.errors?.[0]?.message).toMatch(/totalCount/);
    });

    it('refuses a page outside 1–500 and a forged cursor', async () => {
      for (const first of [0, 501]) {
        const response = await hub.query(worker, HISTORY, { id: caseId, first });
        expect(errorOf(response)?.code).toBe('FIRST_OUT_OF_RANGE');
      }
      for (const after of [
        'not-a-cursor',
        forged(['2026-02-20 10:00:00+00', SOME_ID]),
        forged(['2026-02-20 10:00:00+00', 'phone', 'x']),
        forged(['2026-02-30 10:00:00+00', 'phone', SOME_ID]),
      ]) {
        const response = await hub.query(worker, HISTORY, { id: caseId, first: 5, after });
        expect(errorOf(response)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
        expect(JSON.stringify(response.body)).not.toMatch(/stack|sql|select|person_change/i);
      }
    });
  });
});
