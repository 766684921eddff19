import { demoCaseId, demoId } from '@hub/cli';
import { startTestHub, type TestHub } from '../support/hub';

const DAY = 86_400_000;
const window = () => ({
  from: new Date(Date.now() - 60 * DAY).toISOString(),
  to: new Date(Date.now() + 60 * DAY).toISOString(),
});

describe('hearings', () => {
  let hub: TestHub;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  const THROUGH_CASE = `query ($id: ID!) { case(id: $id) { code proceedings { hearings { purpose supportNeeded protectiveMeasures } } } }`;
  const DIRECT = `query ($id: ID!) { hearing(id: $id) { purpose proceeding { fileNumber } } }`;
  const UPCOMING = `query ($from: DateTimeISO!, $to: DateTimeISO!) { upcomingHearings(from: $from, to: $to) { id purpose } }`;

  it('are LEGAL data: reached through the case from another subgraph, directly, or by date', async () => {
    // prosecution-beograd holds LEGAL on demo case 4, whose trial has two hearings.
    const prosecution = await hub.token('prosecution-beograd');
    const through = await hub.query(prosecution, THROUGH_CASE, { id: demoCaseId(4) });
    expect(through.body.errors).toBeUndefined();
    const hearings = (
      through.body.data!.case as { proceedings: { hearings: { protectiveMeasures: string[] }[] }[] }
    ).proceedings[0].hearings;
    expect(hearings).toHaveLength(2);
    expect(hearings[1].protectiveMeasures).toEqual(['VIDEO_LINK', 'NO_CONFRONTATION']);

    const direct = await hub.query(prosecution, DIRECT, { id: demoId('hearing', 2) });
    expect(direct.body.data).toEqual({
      hearing: {
        purpose: 'Саслушање оштећене (synthetic)',
        proceeding: { fileNumber: 'DEMO-К-101/26' },
      },
    });

    const upcoming = await hub.query(prosecution, UPCOMING, window());
    expect((upcoming.body.data!.upcomingHearings as { id: string }[]).map((h) => h.id)).toEqual([
      demoId('hearing', 1),
      demoId('hearing', 2),
    ]);
  });

  it('stay hidden on every path from a partner whose grant lacks LEGAL', async () => {
    // csw-beograd's grant on case 4 has IDENTITY, CONTACT, FAMILY, ASSESSMENT and PLAN, not LEGAL.
    const csw = await hub.token('csw-beograd');
    const through = await hub.query(csw, THROUGH_CASE, { id: demoCaseId(4) });
    expect(through.body.data).toEqual({ case: { code: 'DEMO-2026-004', proceedings: null } });
    expect(through.body.errors?.map((e) => [e.extensions?.code, e.extensions?.category])).toEqual([
      ['CONSENT_REQUIRED', 'LEGAL'],
    ]);
    expect((await hub.query(csw, DIRECT, { id: demoId('hearing', 2) })).body.data).toEqual({
      hearing: null,
    });
    expect((await hub.query(csw, UPCOMING, window())).body.data).toEqual({ upcomingHearings: [] });
    expect(JSON.stringify(through.body)).not.toContain('Саслушање');
  });

  it('are listed for a window of at most a year, with a clear error otherwise', async () => {
    const backwards = await hub.query(worker, UPCOMING, {
      from: new Date().toISOString(),
      to: new Date(Date.now() - DAY).toISOString(),
    });
    expect(backwards.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await hub.query(worker, UPCOMING, {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 400 * DAY).toISOString(),
    });
    expect(tooLong.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('are scheduled by Centre staff, with an interpreter’s language when one is needed', async () => {
    const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id supportNeeded interpreterLanguage } }`;
    const input = {
      proceedingId: demoId('proceeding', 2),
      scheduledAt: new Date(Date.now() + 5 * DAY).toISOString(),
      purpose: 'Synthetic testimony hearing',
      supportNeeded: ['ESCORT', 'INTERPRETER'],
      protectiveMeasures: ['VIDEO_LINK'],
    };
    expect(
      (await hub.query(await hub.token('court-beograd'), SCHEDULE, { input })).body.errors![0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await hub.query(worker, SCHEDULE, { input })).body.errors![0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const made = await hub.query(worker, SCHEDULE, {
      input: { ...input, interpreterLanguage: 'uk' },
    });
    expect(made.body.data!.scheduleHearing).toMatchObject({
      supportNeeded: ['ESCORT', 'INTERPRETER'],
      interpreterLanguage: 'uk',
    });

    // astra holds LEGAL on case 6 (proceeding 2): it sees the new hearing; iom's expired grant does not.
    const astra = await hub.query(await hub.token('astra'), UPCOMING, window());
    expect(
      (astra.body.data!.upcomingHearings as { purpose: string }[]).map((h) => h.purpose),
    ).toEqual(['Synthetic testimony hearing']);
    expect((await hub.query(await hub.token('iom'), UPCOMING, window())).body.data).toEqual({
      upcomingHearings: [],
    });
  });
});
