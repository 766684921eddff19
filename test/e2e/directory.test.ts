import { demoId, partnerId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

const MEMBERS = /* GraphQL */ `
  query Members($code: String!, $activeOnly: Boolean! = true) {
    partnerByCode(code: $code) {
      members(activeOnly: $activeOnly) {
        id
        name
        position
        workEmail
        active
        partner {
          code
        }
      }
    }
  }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation Add($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      name
      position
      workEmail
      workPhone
      active
      partner {
        code
      }
    }
  }
`;
const CREATE_TEAM = /* GraphQL */ `
  mutation Team($input: CreateLocalTeamInput!) {
    createLocalTeam(input: $input) {
      id
      municipality
      coordinator {
        code
      }
      members {
        code
      }
    }
  }
`;
const RECORD_AGREEMENT = /* GraphQL */ `
  mutation Agreement($input: RecordAgreementInput!) {
    recordAgreement(input: $input) {
      id
      status
      signedOn
      validUntil
      partner {
        code
      }
      counterpart {
        code
      }
    }
  }
`;

describe('the partner directory', () => {
  let hub: TestHub;
  /**
   * A second hub on the demo directory as seeded, which no test writes to: the tests that list
   * the whole of it (every local team, every expired agreement) read this one, so a team or an
   * agreement another test made is not in their list, whatever the order.
   */
  let seeded: TestHub;
  let admin: string;
  let supervisor: string;
  let db: pg.Client;

  beforeAll(async () => {
    [hub, seeded] = await Promise.all([startTestHub(), startTestHub()]);
    admin = await hub.token('centre', ['ADMIN']);
    supervisor = await hub.token('centre', ['SUPERVISOR']);
    db = new pg.Client({ connectionString: hub.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await Promise.all([hub.close(), seeded.close()]);
  });

  const eventsOf = async (entityId: string) =>
    (
      await db.query(
        `select type, case_id, concerns from hub.event where entity_id = $1 order by id`,
        [entityId],
      )
    ).rows;

  describe('search', () => {
    const search = async (search: Record<string, unknown>) => {
      const response = await hub.query(
        await hub.token('astra'),
        `query S($search: PartnerSearch) { partners(search: $search) { code agencyType municipality } }`,
        { search },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.partners as {
        code: string;
        agencyType: string;
        municipality: string;
      }[];
    };

    it('finds partners by agency type and municipality together', async () => {
      const found = await search({ agencyType: 'POLICE', municipality: 'Ниш' });
      expect(found.map((p) => p.code)).toEqual(['police-nis']);
      const socialWork = await search({ agencyType: 'SOCIAL_WORK_CENTRE' });
      expect(socialWork.map((p) => p.code).sort()).toEqual(
        ['csw-beograd', 'csw-kragujevac', 'csw-nis', 'csw-novi-sad'].sort(),
      );
      expect(socialWork.every((p) => p.agencyType === 'SOCIAL_WORK_CENTRE')).toBe(true);
    });

    it('finds partners by words of the name or code, in any case, literally', async () => {
      expect((await search({ text: 'акција' })).map((p) => p.code)).toEqual(['astra']);
      expect((await search({ text: 'ASTRA' })).map((p) => p.code)).toEqual(['astra']);
      expect((await search({ text: 'крагујев' })).map((p) => p.code).sort()).toEqual([
        'csw-kragujevac',
        'police-kragujevac',
      ]);
      // % is not a wildcard.
      expect(await search({ text: '%%' })).toEqual([]);
    });

    it('keeps the older agencyType argument working', async () => {
      const response = await hub.query(
        await hub.token('astra'),
        '{ partners(agencyType: COURT) { code } }',
      );
      expect(response.body.data!.partners).toEqual([{ code: 'court-beograd' }]);
    });

    it('refuses a search text too short, as BAD_USER_INPUT without a stack trace', async () => {
      const response = await hub.query(
        await hub.token('astra'),
        `{ partners(search: { text: "a" }) { code } }`,
      );
      expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].message).toMatch(/text/);
      expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\.ts:\d+/);
    });
  });

  describe('members', () => {
    it('are listed for any partner to read, with work contacts', async () => {
      const response = await hub.query(await hub.token('police-beograd'), MEMBERS, {
        code: 'astra',
      });
      const members = (response.body.data!.partnerByCode as { members: { partner: unknown }[] })
        .members;
      expect(members).toHaveLength(2);
      expect(members.every((m) => JSON.stringify(m.partner) === '{"code":"astra"}')).toBe(true);
    });

    it('are added and deactivated by the partner’s own coordinator, with events', async () => {
      const coordinator = await hub.token('atina', ['COORDINATOR']);
      const added = await hub.query(coordinator, ADD_MEMBER, {
        input: {
          partnerCode: 'atina',
          name: 'Synthetic Member',
          position: 'case manager',
          workEmail: 'synthetic.member@example.org',
          workPhone: '+381 00 123 4567',
        },
      });
      expect(added.body.errors).toBeUndefined();
      const member = added.body.data!.addMember as { id: string };
      expect(member).toMatchObject({ active: true, partner: { code: 'atina' } });

      const deactivated = await hub.query(
        coordinator,
        `mutation D($id: ID!) { deactivateMember(id: $id) { active } }`,
        { id: member.id },
      );
      expect(deactivated.body.data).toEqual({ deactivateMember: { active: false } });

      const active = await hub.query(coordinator, MEMBERS, { code: 'atina' });
      const all = await hub.query(coordinator, MEMBERS, { code: 'atina', activeOnly: false });
      const ids = (r: typeof active) =>
        (r.body.data!.partnerByCode as { members: { id: string }[] }).members.map((m) => m.id);
      expect(ids(active)).not.toContain(member.id);
      expect(ids(all)).toContain(member.id);

      expect(await eventsOf(member.id)).toEqual([
        { type: 'MEMBER_ADDED', case_id: null, concerns: 'atina' },
        { type: 'MEMBER_DEACTIVATED', case_id: null, concerns: 'atina' },
      ]);
    });

    it('are added to any partner by Centre administrators and supervisors', async () => {
      for (const token of [admin, supervisor]) {
        const response = await hub.query(token, ADD_MEMBER, {
          input: { partnerCode: 'csw-nis', name: 'Synthetic Member', position: 'psychologist' },
        });
        expect(response.body.errors).toBeUndefined();
      }
    });

    it('may not be changed by anyone else', async () => {
      const attempts = [
        await hub.token('atina', ['MEMBER']),
        await hub.token('astra', ['COORDINATOR']),
        await hub.token('centre', ['CASE_WORKER']),
        await hub.token('centre', ['ANALYST']),
      ];
      for (const token of attempts) {
        const response = await hub.query(token, ADD_MEMBER, {
          input: { partnerCode: 'atina', name: 'Synthetic Member', position: 'none' },
        });
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(response.body.data).toBeNull();
      }
      const deactivate = await hub.query(
        await hub.token('astra', ['COORDINATOR']),
        `mutation D($id: ID!) { deactivateMember(id: $id) { active } }`,
        { id: demoId('member', 3) },
      );
      expect(deactivate.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const atina = await hub.query(admin, MEMBERS, { code: 'atina' });
      expect(
        (atina.body.data!.partnerByCode as { members: { id: string }[] }).members.map((m) => m.id),
      ).toContain(demoId('member', 3));
    });

    it('refuses a private-looking contact that is not an e-mail, naming the field', async () => {
      const response = await hub.query(admin, ADD_MEMBER, {
        input: {
          partnerCode: 'atina',
          name: 'Synthetic Member',
          position: 'x-role',
          workEmail: 'not an e-mail',
        },
      });
      expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].message).toMatch(/workEmail/);
      expect(JSON.stringify(response.body)).not.toMatch(/not an e-mail|stacktrace/);
    });
  });

  describe('local teams', () => {
    it('are listed by municipality with their coordinator and members', async () => {
      const response = await seeded.query(
        await seeded.token('astra'),
        `{ localTeams { municipality coordinator { code } members { code } } }`,
      );
      expect(response.body.errors).toBeUndefined();
      const teams = response.body.data!.localTeams as {
        municipality: string;
        coordinator: { code: string };
        members: { code: string }[];
      }[];
      expect(teams.map((t) => t.municipality).sort()).toEqual(
        ['Крагујевац', 'Ниш', 'Нови Сад'].sort(),
      );
      const nis = teams.find((t) => t.municipality === 'Ниш')!;
      expect(nis.coordinator.code).toBe('csw-nis');
      expect(nis.members.map((m) => m.code).sort()).toEqual(
        ['csw-nis', 'local-team-nis', 'police-nis'].sort(),
      );
    });

    it('are created and joined by the Centre, with events; a partner lists its teams', async () => {
      const created = await hub.query(supervisor, CREATE_TEAM, {
        input: {
          name: 'Synthetic local team',
          municipality: 'Суботица',
          coordinatorCode: 'csw-beograd',
          memberCodes: ['astra'],
        },
      });
      expect(created.body.errors).toBeUndefined();
      const team = created.body.data!.createLocalTeam as { id: string; members: unknown[] };
      expect(team).toMatchObject({
        municipality: 'Суботица',
        coordinator: { code: 'csw-beograd' },
      });
      expect(team.members).toHaveLength(2);

      const joined = await hub.query(
        admin,
        `mutation J($id: ID!) { addLocalTeamMember(teamId: $id, partnerCode: "atina") { members { code } } }`,
        { id: team.id },
      );
      expect(joined.body.data).toEqual({
        addLocalTeamMember: {
          members: expect.arrayContaining([{ code: 'atina' }, { code: 'astra' }]),
        },
      });
      const again = await hub.query(
        admin,
        `mutation J($id: ID!) { addLocalTeamMember(teamId: $id, partnerCode: "atina") { id } }`,
        { id: team.id },
      );
      expect(again.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');

      const atinaTeams = await hub.query(
        admin,
        `{ partnerByCode(code: "atina") { localTeams { municipality } } }`,
      );
      expect(atinaTeams.body.data).toEqual({
        partnerByCode: { localTeams: [{ municipality: 'Суботица' }] },
      });
      expect(await eventsOf(team.id)).toEqual([
        { type: 'LOCAL_TEAM_CREATED', case_id: null, concerns: 'csw-beograd' },
        { type: 'LOCAL_TEAM_MEMBER_ADDED', case_id: null, concerns: 'atina' },
      ]);
    });

    it('refuses a second team for a municipality, and unknown partners', async () => {
      const twice = await hub.query(admin, CREATE_TEAM, {
        input: { name: 'Another team', municipality: 'Ниш', coordinatorCode: 'csw-nis' },
      });
      expect(twice.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'municipality',
      });
      const unknown = await hub.query(admin, CREATE_TEAM, {
        input: { name: 'Another team', municipality: 'Шабац', coordinatorCode: 'no-such-partner' },
      });
      expect(unknown.body.errors![0].extensions?.code).toBe('NOT_FOUND');
    });

    it('may not be created or joined by partners or Centre case workers', async () => {
      for (const token of [
        await hub.token('csw-nis', ['COORDINATOR']),
        await hub.token('centre', ['CASE_WORKER']),
      ]) {
        const response = await hub.query(token, CREATE_TEAM, {
          input: { name: 'Not allowed', municipality: 'Пирот', coordinatorCode: 'csw-nis' },
        });
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const join = await hub.query(
          token,
          `mutation J($id: ID!) { addLocalTeamMember(teamId: $id, partnerCode: "astra") { id } }`,
          { id: demoId('local-team', 'Ниш') },
        );
        expect(join.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const teams = await hub.query(admin, `{ localTeams(municipality: "Пирот") { id } }`);
      expect(teams.body.data).toEqual({ localTeams: [] });
    });
  });

  describe('cooperation agreements', () => {
    it('derive their status from the dates: active, expired, terminated', async () => {
      const response = await seeded.query(
        await seeded.token('astra'),
        `{ agreements { partner { code } counterpart { code } status validUntil } }`,
      );
      expect(response.body.errors).toBeUndefined();
      const byPartner = new Map(
        (
          response.body.data!.agreements as {
            partner: { code: string };
            counterpart: { code: string };
            status: string;
          }[]
        ).map((a) => [a.partner.code, a]),
      );
      expect(byPartner.get('astra')).toMatchObject({
        status: 'ACTIVE',
        counterpart: { code: 'centre' },
      });
      expect(byPartner.get('atina')).toMatchObject({ status: 'ACTIVE', validUntil: null });
      expect(byPartner.get('iom')).toMatchObject({ status: 'EXPIRED' });
      expect(byPartner.get('csw-nis')).toMatchObject({
        status: 'TERMINATED',
        counterpart: { code: 'police-nis' },
      });
    });

    it('filter by status in the database, and per partner on either side', async () => {
      const admin = await seeded.token('centre', ['ADMIN']);
      const expired = await seeded.query(
        admin,
        `{ agreements(status: EXPIRED) { partner { code } } }`,
      );
      expect(expired.body.data).toEqual({ agreements: [{ partner: { code: 'iom' } }] });
      const policeNis = await seeded.query(
        admin,
        `{ partnerByCode(code: "police-nis") { agreements { status partner { code } } } }`,
      );
      expect(policeNis.body.data).toEqual({
        partnerByCode: { agreements: [{ status: 'TERMINATED', partner: { code: 'csw-nis' } }] },
      });
    });

    it('are recorded and terminated by the Centre, with events', async () => {
      const recorded = await hub.query(admin, RECORD_AGREEMENT, {
        input: {
          partnerCode: 'csw-kragujevac',
          title: 'Synthetic agreement',
          signedOn: '2026-01-15',
          validUntil: '2030-01-14',
        },
      });
      expect(recorded.body.errors).toBeUndefined();
      const agreement = recorded.body.data!.recordAgreement as { id: string };
      expect(agreement).toMatchObject({
        status: 'ACTIVE',
        partner: { code: 'csw-kragujevac' },
        counterpart: { code: 'centre' },
        signedOn: '2026-01-15',
      });
      const past = await hub.query(admin, RECORD_AGREEMENT, {
        input: {
          partnerCode: 'csw-kragujevac',
          counterpartCode: 'police-kragujevac',
          title: 'Synthetic past agreement',
          signedOn: '2020-01-01',
          validUntil: '2021-01-01',
        },
      });
      expect(past.body.data!.recordAgreement).toMatchObject({ status: 'EXPIRED' });

      const terminated = await hub.query(
        supervisor,
        `mutation T($id: ID!) { terminateAgreement(id: $id, reason: "Synthetic reason") { status terminationReason } }`,
        { id: agreement.id },
      );
      expect(terminated.body.data).toEqual({
        terminateAgreement: { status: 'TERMINATED', terminationReason: 'Synthetic reason' },
      });
      const twice = await hub.query(
        supervisor,
        `mutation T($id: ID!) { terminateAgreement(id: $id, reason: "Synthetic reason") { status } }`,
        { id: agreement.id },
      );
      expect(twice.body.errors![0].extensions?.code).toBe('INVALID_TRANSITION');
      expect(await eventsOf(agreement.id)).toEqual([
        { type: 'AGREEMENT_RECORDED', case_id: null, concerns: 'csw-kragujevac' },
        { type: 'AGREEMENT_TERMINATED', case_id: null, concerns: 'csw-kragujevac' },
      ]);
    });

    it('refuses dates that are wrong, as BAD_USER_INPUT naming the field', async () => {
      const cases = [
        [{ signedOn: '15.01.2026' }, /signedOn/],
        [{ signedOn: '2026-02-30' }, /day/],
        [{ signedOn: '2026-01-15', validUntil: '2025-01-15' }, /validUntil/],
      ] as const;
      for (const [dates, message] of cases) {
        const response = await hub.query(admin, RECORD_AGREEMENT, {
          input: { partnerCode: 'astra', title: 'Synthetic agreement', ...dates },
        });
        expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.body.errors![0].message).toMatch(message);
        expect(JSON.stringify(response.body)).not.toMatch(/stacktrace/);
      }
    });

    it('may not be recorded or terminated by partners or Centre case workers', async () => {
      for (const token of [
        await hub.token('astra', ['COORDINATOR']),
        await hub.token('centre', ['CASE_WORKER']),
      ]) {
        const recorded = await hub.query(token, RECORD_AGREEMENT, {
          input: { partnerCode: 'astra', title: 'Not allowed', signedOn: '2026-01-01' },
        });
        expect(recorded.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const terminated = await hub.query(
          token,
          `mutation T($id: ID!) { terminateAgreement(id: $id, reason: "Not allowed") { status } }`,
          { id: demoId('agreement', 'astra') },
        );
        expect(terminated.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const astra = await hub.query(
        admin,
        `{ partnerByCode(code: "astra") { id agreements(status: ACTIVE) { id } } }`,
      );
      expect(astra.body.data).toEqual({
        partnerByCode: {
          id: partnerId('astra'),
          agreements: [{ id: demoId('agreement', 'astra') }],
        },
      });
    });
  });
});
