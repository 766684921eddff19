import { demoCaseId, demoId, partnerId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

const DAY = 86_400_000;

const OPEN = /* GraphQL */ `
  mutation Open($input: OpenProceedingInput!) {
    openProceeding(input: $input) {
      id
      kind
      stage
      charges
      victimRole
      fileNumber
      court {
        id
      }
    }
  }
`;
const ADVANCE = /* GraphQL */ `
  mutation Advance($input: AdvanceProceedingInput!) {
    advanceProceeding(input: $input) {
      id
      stage
      fileNumber
    }
  }
`;
const APPOINT = /* GraphQL */ `
  mutation Appoint($input: AppointRepresentationInput!) {
    appointRepresentation(input: $input) {
      id
      lawyerName
      partnerCode
      startedOn
      endedOn
      powerOfAttorneyOn
      active
      proceeding {
        id
      }
    }
  }
`;
const END = /* GraphQL */ `
  mutation End($input: EndRepresentationInput!) {
    endRepresentation(input: $input) {
      id
      endedOn
      endReason
      active
    }
  }
`;
const CLAIM_FIELDS =
  'id status forum currency amountClaimed amountAwarded amountPaid filedOn decidedOn paidOn';
const FILE = /* GraphQL */ `
  mutation File($input: FileCompensationClaimInput!) {
    fileCompensationClaim(input: $input) { ${CLAIM_FIELDS} }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideCompensationClaimInput!) {
    decideCompensationClaim(input: $input) { ${CLAIM_FIELDS} }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawCompensationClaimInput!) {
    withdrawCompensationClaim(input: $input) { ${CLAIM_FIELDS} }
  }
`;
const PAY = /* GraphQL */ `
  mutation Pay($input: RecordCompensationPaymentInput!) {
    recordCompensationPayment(input: $input) { ${CLAIM_FIELDS} }
  }
`;
const OUTCOME = /* GraphQL */ `
  mutation Outcome($id: ID!, $outcome: String!) {
    recordHearingOutcome(id: $id, outcome: $outcome) {
      id
      outcome
    }
  }
`;
const CASE_LEGAL = /* GraphQL */ `
  query CaseLegal($id: ID!) {
    case(id: $id) {
      code
      representations {
        id
        lawyerName
        active
      }
      compensationClaims {
        id
        status
        amountClaimed
      }
      proceedings {
        id
        stage
        representation {
          id
        }
        compensationClaims {
          id
        }
      }
    }
  }
`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

/** No response may show how the hub is built inside. */
function expectNoInternals(response: GraphQLResponse): void {
  expect(JSON.stringify(response.body)).not.toMatch(
    /stacktrace|\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+/,
  );
}

describe('the legal record of a case', () => {
  let hub: TestHub;
  let worker: string;
  let admin: pg.Client;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await hub.close();
  });

  /** The event types the outbox holds for one entity, oldest first. */
  const eventsOf = async (entityId: string) =>
    (
      await admin.query<{ type: string; subgraph: string; case_id: string }>(
        'select type, subgraph, case_id from hub.event where entity_id = $1 order by id',
        [entityId],
      )
    ).rows;

  const open = (input: Record<string, unknown>, token = worker) =>
    hub.query(token, OPEN, {
      input: {
        caseId: demoCaseId(2),
        kind: 'CRIMINAL',
        charges: ['388'],
        victimRole: 'INJURED_PARTY',
        ...input,
      },
    });
  const advance = (id: string, stage: string, token = worker) =>
    hub.query(token, ADVANCE, { input: { id, stage } });

  const data = <T>(response: GraphQLResponse, field: string): T => {
    expect(response.body.errors).toBeUndefined();
    return response.body.data![field] as T;
  };

  it('opens a proceeding and moves it only forward, skipping stages, to its end', async () => {
    const opened = data<{ id: string }>(
      await open({
        charges: ['388', '389', '388'],
        fileNumber: 'SYN-KT-1/26',
        courtId: partnerId('court-beograd'),
      }),
      'openProceeding',
    );
    expect(opened).toMatchObject({
      kind: 'CRIMINAL',
      stage: 'PRE_INVESTIGATION',
      charges: ['388', '389'],
      victimRole: 'INJURED_PARTY',
      court: { id: partnerId('court-beograd') },
    });

    expect(data(await advance(opened.id, 'INVESTIGATION'), 'advanceProceeding')).toMatchObject({
      stage: 'INVESTIGATION',
    });
    const skipped = await hub.query(worker, ADVANCE, {
      input: { id: opened.id, stage: 'TRIAL', fileNumber: 'SYN-K-7/26' },
    });
    expect(data(skipped, 'advanceProceeding')).toMatchObject({
      stage: 'TRIAL',
      fileNumber: 'SYN-K-7/26',
    });

    const back = await advance(opened.id, 'INDICTMENT');
    expect(back.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      stage: 'TRIAL',
    });
    expect(codeOf(await advance(opened.id, 'TRIAL'))).toBe('INVALID_TRANSITION');

    expect(data(await advance(opened.id, 'DISCONTINUED'), 'advanceProceeding')).toMatchObject({
      stage: 'DISCONTINUED',
    });
    expect(codeOf(await advance(opened.id, 'FINAL'))).toBe('INVALID_TRANSITION');

    const kase = await hub.query(worker, CASE_LEGAL, { id: demoCaseId(2) });
    expect(
      data<{ proceedings: { id: string; stage: string }[] }>(kase, 'case').proceedings.map((p) => [
        p.id,
        p.stage,
      ]),
    ).toEqual([[opened.id, 'DISCONTINUED']]);

    // Only the changes that happened left events, each in the legal subgraph for case 2.
    expect(await eventsOf(opened.id)).toEqual(
      [
        'PROCEEDING_OPENED',
        'PROCEEDING_STAGE_CHANGED',
        'PROCEEDING_STAGE_CHANGED',
        'PROCEEDING_STAGE_CHANGED',
      ].map((type) => ({ type, subgraph: 'legal', case_id: demoCaseId(2) })),
    );
  });

  it('does not start a proceeding at its end, nor move a final one', async () => {
    expect(codeOf(await open({ stage: 'FINAL' }))).toBe('BAD_USER_INPUT');
    // Demo proceeding 5 is FINAL.
    const final = await advance(demoId('proceeding', 5), 'DISCONTINUED');
    expect(final.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      stage: 'FINAL',
    });
    expect(await eventsOf(demoId('proceeding', 5))).toEqual([]);
  });

  it('lets only Centre case staff open and advance proceedings', async () => {
    const before = (await admin.query('select count(*)::int as n from hub.event')).rows[0].n;
    for (const token of [
      await hub.token('astra', ['COORDINATOR']),
      await hub.token('prosecution-beograd'),
      await hub.token('centre', ['ANALYST']),
    ]) {
      const opened = await open({}, token);
      expect(codeOf(opened)).toBe('FORBIDDEN');
      expect(opened.body.data?.openProceeding ?? null).toBeNull();
      expect(codeOf(await advance(demoId('proceeding', 1), 'APPEAL', token))).toBe('FORBIDDEN');
    }
    expect((await admin.query('select count(*)::int as n from hub.event')).rows[0].n).toBe(before);
  });

  it('adds nothing to the legal record of a closed, sealed case', async () => {
    const events = async () =>
      (
        await admin.query('select count(*)::int as n from hub.event where case_id = $1', [
          demoCaseId(9),
        ])
      ).rows[0].n as number;
    const before = await events();
    // Demo case 9 is closed and sealed: even Centre staff see only its CORE data.
    expect(codeOf(await open({ caseId: demoCaseId(9) }))).toBe('FORBIDDEN');
    const claim = await hub.query(worker, FILE, {
      input: { caseId: demoCaseId(9), forum: 'OTHER', amountClaimed: 100, currency: 'RSD' },
    });
    expect(codeOf(claim)).toBe('FORBIDDEN');
    expect(await events()).toBe(before);
  });

  it('refuses bad input with BAD_USER_INPUT, saying which field, and no internals', async () => {
    const cases: [string, GraphQLResponse][] = [
      ['a charge that is not an article number', await open({ charges: ['art. 388'] })],
      ['charges on a misdemeanour', await open({ kind: 'MISDEMEANOUR', charges: ['388'] })],
      ['a date that does not exist', await open({ startedOn: '2026-02-30' })],
      [
        'a negative amount',
        await hub.query(worker, FILE, {
          input: {
            caseId: demoCaseId(4),
            proceedingId: demoId('proceeding', 1),
            forum: 'CRIMINAL_PROCEEDING',
            amountClaimed: -100,
            currency: 'RSD',
          },
        }),
      ],
      [
        'an unknown currency',
        await hub.query(worker, FILE, {
          input: { caseId: demoCaseId(8), forum: 'OTHER', amountClaimed: 100, currency: 'XQZ' },
        }),
      ],
      [
        'an adhesion claim without its criminal proceeding',
        await hub.query(worker, FILE, {
          input: {
            caseId: demoCaseId(8),
            forum: 'CRIMINAL_PROCEEDING',
            amountClaimed: 100,
            currency: 'RSD',
          },
        }),
      ],
    ];
    for (const [what, response] of cases) {
      expect({ what, code: codeOf(response) }).toEqual({ what, code: 'BAD_USER_INPUT' });
      expectNoInternals(response);
    }
    expect(cases[0][1].body.errors![0].message).toMatch(/charges.*Criminal Code article/);
    expect(cases[3][1].body.errors![0].message).toMatch(/amountClaimed/);
  });

  it('appoints a lawyer for a proceeding, one at a time, and ends the representation', async () => {
    const proceeding = data<{ id: string }>(
      await open({ caseId: demoCaseId(3), charges: ['388'] }),
      'openProceeding',
    );
    const input = {
      caseId: demoCaseId(3),
      proceedingId: proceeding.id,
      lawyerName: 'Synthetic Lawyer',
      partnerCode: 'astra',
      startedOn: new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10),
      powerOfAttorneyOn: new Date(Date.now() - 11 * DAY).toISOString().slice(0, 10),
    };
    expect(codeOf(await hub.query(await hub.token('astra'), APPOINT, { input }))).toBe('FORBIDDEN');
    const appointed = data<{ id: string }>(
      await hub.query(worker, APPOINT, { input }),
      'appointRepresentation',
    );
    expect(appointed).toMatchObject({
      lawyerName: 'Synthetic Lawyer',
      partnerCode: 'astra',
      startedOn: input.startedOn,
      powerOfAttorneyOn: input.powerOfAttorneyOn,
      endedOn: null,
      active: true,
      proceeding: { id: proceeding.id },
    });
    const second = await hub.query(worker, APPOINT, { input: { ...input, lawyerName: 'Other' } });
    expect(second.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      representationId: appointed.id,
    });

    const through = data<{
      representations: { id: string; active: boolean }[];
      proceedings: { id: string; representation: { id: string } | null }[];
    }>(await hub.query(worker, CASE_LEGAL, { id: demoCaseId(3) }), 'case');
    expect(through.representations).toEqual([
      { id: appointed.id, lawyerName: 'Synthetic Lawyer', active: true },
    ]);
    expect(through.proceedings).toEqual([
      expect.objectContaining({ id: proceeding.id, representation: { id: appointed.id } }),
    ]);

    const ended = await hub.query(worker, END, {
      input: { id: appointed.id, reason: 'Synthetic: the victim chose another lawyer.' },
    });
    expect(data(ended, 'endRepresentation')).toMatchObject({ active: false });
    expect(
      codeOf(await hub.query(worker, END, { input: { id: appointed.id, reason: 'Again.' } })),
    ).toBe('INVALID_TRANSITION');
    const after = data<{ proceedings: { representation: unknown }[] }>(
      await hub.query(worker, CASE_LEGAL, { id: demoCaseId(3) }),
      'case',
    );
    expect(after.proceedings[0].representation).toBeNull();

    expect((await eventsOf(appointed.id)).map((e) => e.type)).toEqual([
      'REPRESENTATION_APPOINTED',
      'REPRESENTATION_ENDED',
    ]);
  });

  it('takes a compensation claim from filing through a decision to payment, in order only', async () => {
    const filed = data<{ id: string }>(
      await hub.query(worker, FILE, {
        input: {
          caseId: demoCaseId(4),
          proceedingId: demoId('proceeding', 1),
          forum: 'CRIMINAL_PROCEEDING',
          amountClaimed: 90_000_000_00,
          currency: 'RSD',
        },
      }),
      'fileCompensationClaim',
    );
    expect(filed).toMatchObject({
      status: 'FILED',
      forum: 'CRIMINAL_PROCEEDING',
      currency: 'RSD',
      amountClaimed: 90_000_000_00,
      amountAwarded: null,
    });

    const early = await hub.query(worker, PAY, { input: { id: filed.id, amountPaid: 100 } });
    expect(early.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'FILED',
    });
    // A partial award must be less than the claim.
    expect(
      codeOf(
        await hub.query(worker, DECIDE, {
          input: { id: filed.id, decision: 'PARTLY_GRANTED', amountAwarded: 90_000_000_00 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const decided = await hub.query(worker, DECIDE, {
      input: {
        id: filed.id,
        decision: 'PARTLY_GRANTED',
        amountAwarded: 40_000_000_00,
        decisionReference: 'SYN-K-1/26',
      },
    });
    expect(data(decided, 'decideCompensationClaim')).toMatchObject({
      status: 'PARTLY_GRANTED',
      amountAwarded: 40_000_000_00,
    });
    expect(
      codeOf(await hub.query(worker, DECIDE, { input: { id: filed.id, decision: 'REJECTED' } })),
    ).toBe('INVALID_TRANSITION');
    expect(
      codeOf(await hub.query(worker, PAY, { input: { id: filed.id, amountPaid: 50_000_000_00 } })),
    ).toBe('BAD_USER_INPUT');
    const paid = await hub.query(worker, PAY, {
      input: { id: filed.id, amountPaid: 40_000_000_00 },
    });
    expect(data(paid, 'recordCompensationPayment')).toMatchObject({
      status: 'PAID',
      amountPaid: 40_000_000_00,
    });
    expect(codeOf(await hub.query(worker, WITHDRAW, { input: { id: filed.id } }))).toBe(
      'INVALID_TRANSITION',
    );

    const other = data<{ id: string }>(
      await hub.query(worker, FILE, {
        input: { caseId: demoCaseId(4), forum: 'STATE_FUND', amountClaimed: 500, currency: 'EUR' },
      }),
      'fileCompensationClaim',
    );
    expect(
      data(
        await hub.query(worker, WITHDRAW, { input: { id: other.id } }),
        'withdrawCompensationClaim',
      ),
    ).toMatchObject({ status: 'WITHDRAWN' });
    expect(
      codeOf(await hub.query(worker, DECIDE, { input: { id: other.id, decision: 'GRANTED' } })),
    ).toBe('INVALID_TRANSITION');

    const kase = data<{
      compensationClaims: { id: string; status: string }[];
      proceedings: { id: string; compensationClaims: { id: string }[] }[];
    }>(await hub.query(worker, CASE_LEGAL, { id: demoCaseId(4) }), 'case');
    expect(kase.compensationClaims.map((c) => c.id)).toEqual(
      expect.arrayContaining([demoId('compensation', 1), filed.id, other.id]),
    );
    expect(
      kase.proceedings.find((p) => p.id === demoId('proceeding', 1))!.compensationClaims,
    ).toEqual(expect.arrayContaining([{ id: filed.id }]));
    expect(
      kase.proceedings.find((p) => p.id === demoId('proceeding', 1))!.compensationClaims,
    ).not.toContainEqual({ id: other.id });

    expect((await eventsOf(filed.id)).map((e) => e.type)).toEqual([
      'COMPENSATION_CLAIM_FILED',
      'COMPENSATION_CLAIM_PARTLY_GRANTED',
      'COMPENSATION_CLAIM_PAID',
    ]);
    expect((await eventsOf(other.id)).map((e) => e.type)).toEqual([
      'COMPENSATION_CLAIM_FILED',
      'COMPENSATION_CLAIM_WITHDRAWN',
    ]);
  });

  it('lets the representing partner with LEGAL consent record outcomes and claims, and no other', async () => {
    // Demo case 6: astra holds LEGAL consent and represents the victim for the whole case.
    const astra = await hub.token('astra', ['MEMBER']);
    const scheduled = data<{ id: string }>(
      await hub.query(
        worker,
        `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }`,
        {
          input: {
            proceedingId: demoId('proceeding', 2),
            scheduledAt: new Date(Date.now() - DAY).toISOString(),
            purpose: 'Synthetic hearing',
          },
        },
      ),
      'scheduleHearing',
    );
    const outcome = await hub.query(astra, OUTCOME, {
      id: scheduled.id,
      outcome: 'Synthetic: testimony given by video link.',
    });
    expect(data(outcome, 'recordHearingOutcome')).toEqual({
      id: scheduled.id,
      outcome: 'Synthetic: testimony given by video link.',
    });
    const claim = data<{ id: string }>(
      await hub.query(astra, FILE, {
        input: {
          caseId: demoCaseId(6),
          proceedingId: demoId('proceeding', 2),
          forum: 'CRIMINAL_PROCEEDING',
          amountClaimed: 1_000_000,
          currency: 'RSD',
        },
      }),
      'fileCompensationClaim',
    );
    expect(
      data(
        await hub.query(astra, DECIDE, { input: { id: claim.id, decision: 'GRANTED' } }),
        'decideCompensationClaim',
      ),
    ).toMatchObject({ status: 'GRANTED', amountAwarded: 1_000_000 });
    const [filedEvent] = await eventsOf(claim.id);
    expect(filedEvent.type).toBe('COMPENSATION_CLAIM_FILED');
    expect(
      (
        await admin.query('select partner from hub.event where entity_id = $1 order by id', [
          claim.id,
        ])
      ).rows.map((row) => row.partner),
    ).toEqual(['astra', 'astra']);
    expect((await eventsOf(scheduled.id)).map((e) => e.type)).toEqual([
      'HEARING_SCHEDULED',
      'HEARING_OUTCOME_RECORDED',
    ]);

    // police-beograd holds LEGAL on case 8 but represents no one there.
    const police = await hub.token('police-beograd');
    expect(
      codeOf(
        await hub.query(police, FILE, {
          input: { caseId: demoCaseId(8), forum: 'OTHER', amountClaimed: 100, currency: 'RSD' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await hub.query(police, WITHDRAW, { input: { id: demoId('compensation', 5) } })),
    ).toBe('FORBIDDEN');
    // astra represents the victim on case 4 but holds no consent there: the claim is not even seen.
    expect(
      codeOf(await hub.query(astra, WITHDRAW, { input: { id: demoId('compensation', 1) } })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await hub.query(astra, FILE, {
          input: { caseId: demoCaseId(4), forum: 'OTHER', amountClaimed: 100, currency: 'RSD' },
        }),
      ),
    ).toBe('FORBIDDEN');
    // A Centre analyst does not record legal data.
    expect(
      codeOf(
        await hub.query(await hub.token('centre', ['ANALYST']), WITHDRAW, {
          input: { id: demoId('compensation', 1) },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows representation and claims to partners only with LEGAL consent', async () => {
    // csw-beograd's grant on case 4 lacks LEGAL; prosecution-beograd's includes it.
    const csw = await hub.token('csw-beograd');
    const hidden = await hub.query(csw, CASE_LEGAL, { id: demoCaseId(4) });
    expect(hidden.body.data).toEqual({
      case: {
        code: 'DEMO-2026-004',
        representations: null,
        compensationClaims: null,
        proceedings: null,
      },
    });
    expect(
      hidden.body.errors!.map((e) => [e.extensions?.code, e.extensions?.category]).sort(),
    ).toEqual([
      ['CONSENT_REQUIRED', 'LEGAL'],
      ['CONSENT_REQUIRED', 'LEGAL'],
      ['CONSENT_REQUIRED', 'LEGAL'],
    ]);
    expect(JSON.stringify(hidden.body)).not.toMatch(/synthetic|RSD|astra/i);
    const direct = await hub.query(
      csw,
      `query ($r: ID!, $c: ID!) { representation(id: $r) { lawyerName } compensationClaim(id: $c) { status } }`,
      { r: demoId('representation', 2), c: demoId('compensation', 1) },
    );
    expect(direct.body.data).toEqual({ representation: null, compensationClaim: null });

    const prosecution = await hub.token('prosecution-beograd');
    const seen = data<{
      representations: { id: string; active: boolean }[];
      compensationClaims: { id: string; status: string; amountClaimed: number }[];
    }>(await hub.query(prosecution, CASE_LEGAL, { id: demoCaseId(4) }), 'case');
    expect(seen.representations.map((r) => [r.id, r.active])).toEqual([
      [demoId('representation', 1), false],
      [demoId('representation', 2), true],
    ]);
    expect(seen.compensationClaims[0]).toEqual({
      id: demoId('compensation', 1),
      status: 'FILED',
      amountClaimed: 50_000_000,
    });
  });
});
