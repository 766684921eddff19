import { demoCaseId, demoId, openSubgraphOrm } from '@hub/cli';
import { searchKey } from '@hub/common/search-key';
import { AgencyType, Partner } from '@hub/partners';
import { toLatin } from '@hub/sdk';
import { insertGrants } from '../support/consent-world';
import { roleSecret, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * Lists that grow page with Relay cursors (keyset on the sort key and id), through the gateway as
 * the people who read them: the Centre's case search, the partner directory's search in either
 * script, the catalogue, the cap of 500 and bad cursors refused with their codes.
 */

const CASES = /* GraphQL */ `
  query Cases($first: Int!, $after: String, $search: CaseSearch) {
    casesConnection(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          code
          openedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const PARTNERS = /* GraphQL */ `
  query Partners($first: Int!, $after: String, $search: PartnerSearch) {
    partnersConnection(first: $first, after: $after, search: $search) {
      totalCount
      nodes {
        code
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const SERVICES = /* GraphQL */ `
  query Services($first: Int!, $after: String) {
    servicesConnection(first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const REPORT_CASE = /* GraphQL */ `
  mutation Report($input: ReportCaseInput!) {
    reportCase(input: $input) {
      id
      code
    }
  }
`;

interface CasePage {
  totalCount: number;
  edges: { cursor: string; node: { id: string; code: string; openedAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const errorOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions;

describe('paging and search', () => {
  let hub: TestHub;
  let worker: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const casePage = async (token: string, variables: Record<string, unknown>) =>
    (await data(token, CASES, variables)).casesConnection as CasePage;
  const report = async (person: Record<string, unknown>, caseWorkerName = 'Synthetic worker') =>
    (
      (
        await data(worker, REPORT_CASE, {
          input: {
            report: { channel: 'HOTLINE', urgency: 'NORMAL' },
            person: { sex: 'FEMALE', citizenship: 'RS', ...person },
            caseWorkerName,
          },
        })
      ).reportCase as { id: string; code: string }
    ).id;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  it('pages the Centre’s cases past one page, newest first, each once, even as cases come in', async () => {
    for (let i = 0; i < 4; i++) {
      await report({ givenName: `Paging${i}` });
    }
    const whole = await casePage(worker, { first: 500 });
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.edges.length).toBeGreaterThan(7);
    const order = whole.edges.map((edge) => edge.node.id);
    const opened = whole.edges.map((edge) => Date.parse(edge.node.openedAt));
    expect([...opened].sort((a, b) => b - a)).toEqual(opened);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: CasePage = await casePage(worker, { first: 3, after });
      expect(page.edges.length).toBeLessThanOrEqual(3);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
      if (pages === 1) {
        // A case reported while the list is being read is newer than the cursor: it does not
        // push the rest down a place (no item twice, none skipped), as OFFSET paging would.
        await report({ givenName: 'Arrived meanwhile' });
      }
    } while (after);
    expect(pages).toBe(Math.ceil(order.length / 3));
    expect(seen).toEqual(order);
  });

  it('refuses a page over 500, under 1 and a cursor it did not give out, with their codes', async () => {
    for (const first of [501, 0]) {
      expect(errorOf(await hub.query(worker, CASES, { first }))).toMatchObject({
        code: 'FIRST_OUT_OF_RANGE',
        max: 500,
      });
      expect(errorOf(await hub.query(worker, `{ cases(first: ${first}) { id } }`))?.code).toBe(
        'FIRST_OUT_OF_RANGE',
      );
      // The intake's lists too: the partner's own reports and the Centre's intake.
      const astra = await hub.token('astra', ['MEMBER']);
      expect(
        errorOf(await hub.query(astra, `{ myReports(first: ${first}) { reference } }`))?.code,
      ).toBe('FIRST_OUT_OF_RANGE');
      expect(
        errorOf(await hub.query(worker, `{ intakeReports(first: ${first}) { reference } }`))?.code,
      ).toBe('FIRST_OUT_OF_RANGE');
    }
    const forged = (parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    for (const after of [
      'not-a-cursor',
      forged(['x', 'y']),
      forged(['May 5', id]),
      forged(['2026-02-30 10:00:00+00', id]),
      forged(['2026-02-20 10:00:00+00', 'x\u0000']),
      forged(['2026-02-20 10:00:00+00', id, id]),
    ]) {
      const response = await hub.query(worker, CASES, { first: 5, after });
      expect(errorOf(response)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
      expect(JSON.stringify(response.body)).not.toMatch(/stack|sql|select/i);
    }
  });

  it('finds the Centre’s cases by code, status, case worker, municipality, dates and text, in either script', async () => {
    const before = new Date().toISOString();
    const nis = await report({ givenName: 'Јована', municipality: 'Ниш' }, 'Петра Пагинг');
    const latin = await report({ givenName: 'Zorica', familyName: 'Đorđević' }, 'Petra Paging');
    const ids = async (search: Record<string, unknown>) =>
      (await casePage(worker, { first: 100, search })).edges.map((edge) => edge.node.id);

    expect(await ids({ municipality: 'nis', openedFrom: before })).toEqual([nis]);
    expect(await ids({ municipality: 'nis' })).toContain(nis);
    expect(await ids({ municipality: 'НИШ', openedFrom: before })).toEqual([nis]);
    expect(await ids({ ...{ text: 'jovana' }, openedFrom: before })).toEqual([nis]);
    expect(await ids({ ...{ text: 'ЗОРИЦА' }, openedFrom: before })).toEqual([latin]);
    expect(await ids({ ...{ text: 'djordjev' }, openedFrom: before })).toEqual([latin]);
    expect(await ids({ caseWorker: 'petra pag', openedFrom: before })).toEqual([latin, nis]);
    expect(
      await ids({ ...{ caseWorker: 'ПЕТРА', status: 'REPORTED' }, openedFrom: before }),
    ).toEqual([latin, nis]);
    expect(await ids({ ...{ caseWorker: 'petra', status: 'CLOSED' }, openedFrom: before })).toEqual(
      [],
    );
    expect(await ids({ openedTo: before, caseWorker: 'petra' })).toEqual([]);
    const { code } = (
      await data(worker, `query ($id: ID!) { case(id: $id) { code } }`, { id: nis })
    ).case as { code: string };
    expect(await ids({ code: code.toLowerCase() })).toEqual([nis]);
    expect(await ids({ code: code.slice(0, -1), openedFrom: before })).toContain(nis);
    const matched = await casePage(worker, {
      first: 1,
      search: { caseWorker: 'petra', openedFrom: before },
    });
    expect(matched.totalCount).toBe(2);
    expect(matched.pageInfo.hasNextPage).toBe(true);
  });

  it('shows a partner only the cases it holds grants for, and no search by what concerns the person', async () => {
    const before = new Date().toISOString();
    const granted = await report({ givenName: 'Granted', municipality: 'Нови Сад' });
    await report({ givenName: 'Not granted', municipality: 'Нови Сад' });
    await insertGrants(hub.db.url, [
      { caseId: granted, grantee: 'health-beograd', categories: [], state: 'active' },
    ]);
    const token = await hub.token('health-beograd', ['MEMBER']);
    const all = await casePage(token, { first: 500 });
    expect(all.edges.map((edge) => edge.node.id)).toContain(granted);
    expect(all.totalCount).toBe(all.edges.length);
    const page = await casePage(token, { first: 10, search: { openedFrom: before } });
    expect(page.edges.map((edge) => edge.node.id)).toEqual([granted]);
    expect(page.totalCount).toBe(1);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges[0].cursor });
    for (const search of [{ text: 'granted' }, { municipality: 'novi sad' }]) {
      const refused = await hub.query(token, CASES, { first: 10, search });
      expect(errorOf(refused)?.code).toBe('FORBIDDEN');
      expect(refused.body.data ?? null).toBeNull();
    }
  });

  it('finds a partner in either script and any case, and pages the directory by name', async () => {
    const partners = await openSubgraphOrm(hub.db.url, roleSecret(), 'partners');
    try {
      const em = partners.em.fork();
      em.create(Partner, {
        code: 'pg-zvezda',
        name: 'Звезда – Пагинг НВО',
        agencyType: AgencyType.NGO,
        municipality: 'Шабац',
      });
      em.create(Partner, {
        code: 'pg-luna',
        name: 'LUNA Paging Čačak',
        agencyType: AgencyType.NGO,
        municipality: 'Čačak',
      });
      await em.flush();
    } finally {
      await partners.close();
    }
    const codes = async (search: Record<string, unknown>) =>
      (
        (await data(worker, PARTNERS, { first: 100, search })).partnersConnection as {
          nodes: { code: string }[];
        }
      ).nodes.map((node) => node.code);

    for (const text of ['zvezda', 'ЗВЕЗДА', 'Zvezda', 'звезд']) {
      expect(await codes({ text })).toEqual(['pg-zvezda']);
    }
    for (const text of ['луна', 'luna', 'LUNA', 'cacak', 'чачак']) {
      expect(await codes({ text })).toEqual(['pg-luna']);
    }
    expect(await codes({ text: 'astra' })).toEqual(await codes({ text: 'АСТРА' }));
    expect(await codes({ text: 'астра' })).toContain('astra');
    const centres = await codes({ text: 'centar' });
    expect(centres).toEqual(expect.arrayContaining(['centre', 'csw-beograd', 'csw-novi-sad']));
    expect(await codes({ municipality: 'sabac' })).toEqual(['pg-zvezda']);
    expect(await codes({ text: '100%' })).toEqual([]);

    const whole = (await data(worker, PARTNERS, { first: 500 })).partnersConnection as {
      totalCount: number;
      nodes: { code: string }[];
    };
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = (await data(worker, PARTNERS, { first: 4, after })).partnersConnection as {
        nodes: { code: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      paged.push(...page.nodes.map((node) => node.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(whole.nodes.map((node) => node.code));
    expect(whole.totalCount).toBe(paged.length);
    expect(errorOf(await hub.query(worker, PARTNERS, { first: 501 }))?.code).toBe(
      'FIRST_OUT_OF_RANGE',
    );
  });

  it('pages the services catalogue by name to its end', async () => {
    const astra = await hub.token('astra', ['MEMBER']);
    const whole = (await data(astra, SERVICES, { first: 500 })).servicesConnection as {
      totalCount: number;
      nodes: { id: string }[];
    };
    expect(whole.nodes.length).toBeGreaterThan(3);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = (await data(astra, SERVICES, { first: 2, after })).servicesConnection as {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      paged.push(...page.nodes.map((node) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(whole.nodes.map((node) => node.id));
    expect(whole.totalCount).toBe(paged.length);
  });

  describe('every list that grows, paged to its end, holds what its `first` list holds', () => {
    /** Walks a connection two at a time; returns the node ids (null for a withheld node). */
    const walk = async (
      token: string,
      query: string,
      select: (data: Record<string, unknown>) => unknown,
      variables: Record<string, unknown> = {},
    ) => {
      const ids: (string | null)[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = select(await data(token, query, { ...variables, first: 2, after })) as {
          edges: { cursor: string; node: { id: string } | null }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
        ids.push(...page.edges.map((edge) => edge.node?.id ?? null));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 200);
      return { ids, pages };
    };
    const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
    const DAY = 86_400_000;
    const window = {
      from: new Date(Date.now() - 180 * DAY).toISOString(),
      to: new Date(Date.now() + 180 * DAY).toISOString(),
    };

    beforeAll(async () => {
      for (let i = 1; i <= 3; i++) {
        await data(worker, REPORT_CASE, {
          input: {
            report: {
              channel: 'HOTLINE',
              urgency: i === 2 ? 'HIGH' : 'NORMAL',
              receivedAt: new Date(Date.now() - (24 + i) * 3_600_000).toISOString(),
            },
            person: { sex: 'FEMALE', givenName: `Overdue${i}` },
            caseWorkerName: 'Synthetic worker',
          },
        });
        await data(
          worker,
          'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
          {
            input: {
              caseId: demoCaseId(6),
              serviceId: demoId('service', 'atina-employment'),
              note: `Synthetic referral ${i} for paging.`,
            },
          },
        );
        await data(
          worker,
          'mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }',
          {
            input: {
              proceedingId: demoId('proceeding', 2),
              scheduledAt: new Date(Date.now() + i * DAY).toISOString(),
              purpose: `Synthetic hearing ${i}`,
              supportNeeded: ['ESCORT'],
              protectiveMeasures: [],
            },
          },
        );
      }
    });

    it.each([
      [
        'overdue reports',
        `query ($first: Int!, $after: String) { overdueReportsConnection(first: $first, after: $after) { ${PAGE} } }`,
        '{ overdueReports(first: 500) { id } }',
        (d: Record<string, unknown>) => d.overdueReportsConnection,
        (d: Record<string, unknown>) => d.overdueReports,
        {},
      ],
      [
        'referrals',
        `query ($first: Int!, $after: String) { referralsConnection(first: $first, after: $after) { ${PAGE} } }`,
        '{ referrals(first: 500) { id } }',
        (d: Record<string, unknown>) => d.referralsConnection,
        (d: Record<string, unknown>) => d.referrals,
        {},
      ],
      [
        'overdue plan items',
        `query ($first: Int!, $after: String) { overduePlanItemsConnection(first: $first, after: $after) { ${PAGE} } }`,
        '{ overduePlanItems(first: 500) { id } }',
        (d: Record<string, unknown>) => d.overduePlanItemsConnection,
        (d: Record<string, unknown>) => d.overduePlanItems,
        {},
      ],
      [
        'hearings',
        `query ($first: Int!, $after: String, $from: DateTimeISO!, $to: DateTimeISO!) { upcomingHearingsConnection(first: $first, after: $after, from: $from, to: $to) { ${PAGE} } }`,
        `{ upcomingHearings(from: "${window.from}", to: "${window.to}") { id } }`,
        (d: Record<string, unknown>) => d.upcomingHearingsConnection,
        (d: Record<string, unknown>) => d.upcomingHearings,
        window,
      ],
    ])('%s', async (_name, query, list, select, selectList, variables: Record<string, unknown>) => {
      const expected = (selectList(await data(worker, list)) as { id: string }[]).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(2);
      const { ids, pages } = await walk(worker, query, select, variables);
      expect(pages).toBe(Math.ceil(expected.length / 2));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...expected].sort());
    });

    it('a partner pages only the referrals it provides, as its list shows them', async () => {
      const atina = await hub.token('atina', ['MEMBER']);
      const listed = (
        (await data(atina, '{ referrals(first: 500) { id } }')).referrals as { id: string }[]
      ).map((r) => r.id);
      const { ids } = await walk(
        atina,
        `query ($first: Int!, $after: String) { referralsConnection(first: $first, after: $after) { ${PAGE} } }`,
        (d) => d.referralsConnection,
      );
      expect(listed.length).toBeGreaterThan(2);
      expect([...ids].sort()).toEqual([...listed].sort());
      const iom = await hub.token('iom', ['MEMBER']);
      const none = await walk(
        iom,
        `query ($first: Int!, $after: String) { referralsConnection(first: $first, after: $after) { ${PAGE} } }`,
        (d) => d.referralsConnection,
      );
      expect(none.ids.filter((id) => ids.includes(id as string))).toEqual([]);
    });

    it('a case’s access log and timeline', async () => {
      const caseId = await report({ givenName: 'Logged' });
      for (let i = 0; i < 3; i++) {
        await data(worker, `query ($id: ID!) { case(id: $id) { person { givenName } } }`, {
          id: caseId,
        });
      }
      await data(
        worker,
        `mutation ($id: ID!) { changeCaseStatus(caseId: $id, status: IN_IDENTIFICATION) { id } }`,
        { id: caseId },
      );
      await data(
        worker,
        `mutation ($id: ID!) { changeCaseStatus(caseId: $id, status: IN_SUPPORT) { id } }`,
        { id: caseId },
      );
      const log = (
        (
          await data(worker, `query ($id: ID!) { caseAccessLog(caseId: $id, first: 500) { id } }`, {
            id: caseId,
          })
        ).caseAccessLog as { id: string }[]
      ).map((row) => row.id);
      const logPaged = await walk(
        worker,
        `query ($id: ID!, $first: Int!, $after: String) { caseAccessLogConnection(caseId: $id, first: $first, after: $after) { ${PAGE} } }`,
        (d) => d.caseAccessLogConnection,
        { id: caseId },
      );
      expect(log.length).toBeGreaterThan(2);
      // Reading the log is itself logged; the pages hold at least what the list held, newest first.
      expect(logPaged.ids.slice(-log.length)).toEqual(log);
      const timeline = (
        (
          await data(worker, `query ($id: ID!) { case(id: $id) { timeline { id } } }`, {
            id: caseId,
          })
        ).case as { timeline: { id: string }[] }
      ).timeline.map((entry) => entry.id);
      const timelinePaged = await walk(
        worker,
        `query ($id: ID!, $first: Int!, $after: String) { case(id: $id) { timelineConnection(first: $first, after: $after) { ${PAGE} } } }`,
        (d) => (d.case as { timelineConnection: unknown }).timelineConnection,
        { id: caseId },
      );
      expect(timeline.length).toBeGreaterThan(2);
      expect(timelinePaged.ids).toEqual(timeline);
      const partner = await hub.token('astra', ['MEMBER']);
      const refused = await hub.query(
        partner,
        `query ($id: ID!) { caseAccessLogConnection(caseId: $id) { edges { cursor } } }`,
        { id: caseId },
      );
      expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    });

    it('counts a connection’s `first` for the lists in it, against the cost limit', async () => {
      const deep = (first: number) =>
        `{ casesConnection(first: ${first}) { nodes { proceedings { case { proceedings { id } } } } } }`;
      expect(errorOf(await hub.query(worker, deep(500)))?.code).toBe('MAX_COST_EXCEEDED');
      expect((await hub.query(worker, deep(2))).body.errors).toBeUndefined();
    });
  });
});

describe('the search fold', () => {
  it('is the web client’s transliteration, lower-cased and without marks, for every letter', () => {
    const cyrillic = 'абвгдђежзијклљмнњопрстћуфхцчџш';
    const marks: Record<string, string> = { č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'dj' };
    const plain = (text: string) =>
      toLatin(text)
        .toLowerCase()
        .replace(/[čćšžđ]/g, (ch) => marks[ch]);
    for (const letter of [...cyrillic, ...cyrillic.toUpperCase()]) {
      expect([letter, searchKey(letter)]).toEqual([letter, plain(letter)]);
    }
    expect(searchKey('Центар за социјални рад „Свети Сава“ Ниш')).toBe(
      plain('Центар за социјални рад „Свети Сава“ Ниш'),
    );
    expect(searchKey('ЉУБАВ Đorđe ČAČAK')).toBe('ljubav djordje cacak');
  });
});
