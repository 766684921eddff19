import { spawn } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoCaseId } from '@hub/cli';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { centreWork, portOf, settle, TcpProxy, until } from '../../sdk/test/kit';

const CLI = path.resolve(__dirname, '../dist/main.js');

describe('hub-partner, run as a partner’s staff run it', () => {
  let hub: TestHub;
  const work = () => centreWork(hub);

  /** A separate config folder per user, as a separate home would be. */
  const user = () => mkdtempSync(path.join(os.tmpdir(), 'hub-partner-'));
  /**
   * The command as a child process. Asynchronous: the hub runs in this process, and a
   * synchronous spawn would stop it from answering.
   */
  const cli = (config: string, args: string[], url?: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...(url ? ['--url', url] : []), ...args], {
        env: { PATH: process.env.PATH!, XDG_CONFIG_HOME: config, HUB_URL: hub.url },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('close', (code) => resolve({ code, out, err }));
    });
  const signedIn = async (partner: string, roles: string[] = []) => {
    const config = user();
    const login = await cli(config, [
      'login',
      '--partner',
      partner,
      ...roles.flatMap((r) => ['--role', r]),
    ]);
    expect(login).toMatchObject({ code: 0 });
    return config;
  };

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('has --help on every command', async () => {
    const config = user();
    const commands = [
      [],
      ['login'],
      ['logout'],
      ['cases'],
      ['case'],
      ['referrals'],
      ['referral'],
      ['referral', 'accept'],
      ['referral', 'decline'],
      ['referral', 'progress'],
      ['referral', 'complete'],
      ['plan-items'],
      ['hearings'],
      ['report'],
      ['reports'],
      ['follow'],
      ['follow', 'conference'],
      ['follow', 'case'],
      ['follow', 'referrals'],
    ];
    for (const command of commands) {
      const help = await cli(config, [...command, '--help']);
      expect({ command, code: help.code }).toEqual({ command, code: 0 });
      expect(help.out).toContain(
        `Usage: hub-partner${command.length ? ` ${command.join(' ')}` : ''}`,
      );
    }
  });

  it('exits 2 on wrong usage, 3 when not signed in or the token is refused, 5 when the hub is down', async () => {
    const config = user();
    expect((await cli(config, ['no-such-command'])).code).toBe(2);
    expect((await cli(config, ['cases', '--status', 'NOT_A_STATUS'])).code).toBe(2);
    expect((await cli(config, ['hearings', '--from', '2026-01-01'])).code).toBe(2);
    expect((await cli(config, ['hearings', '--from', 'someday', '--to', '2026-01-01'])).code).toBe(
      2,
    );
    expect((await cli(config, ['referral', 'decline', 'x'])).code).toBe(2);

    const anonymous = await cli(config, ['cases']);
    expect(anonymous.code).toBe(3);
    expect(anonymous.err).toContain('hub-partner login');
    expect((await cli(config, ['login', '--token', 'aaaa.bbbb.cccc'])).code).toBe(0);
    expect((await cli(config, ['cases'])).code).toBe(3);

    const down = await cli(await signedIn('astra'), ['cases'], 'http://127.0.0.1:9/graphql');
    expect(down.code).toBe(5);
    expect(down.err).toContain('Try again later');
  });

  it('login keeps the token in the user’s config folder, readable only by them', async () => {
    const config = await signedIn('atina', ['COORDINATOR']);
    const file = path.join(config, 'hub-partner', 'profile.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const refused = await cli(user(), ['login', '--partner', 'astra', '--role', 'SUPERVISOR']);
    expect(refused.code).not.toBe(0);
    // Without a partner it lists the demo partners to choose from.
    const bare = await cli(user(), ['login']);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('police-beograd');
  });

  it('cases and case <code>: a table, JSON, and "not shared" for withheld fields', async () => {
    const police = await signedIn('police-beograd');
    const table = await cli(police, ['cases']);
    expect(table.code).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+STATUS\s+OPENED\s+CASE WORKER$/);
    const json = JSON.parse((await cli(police, ['--json', 'cases'])).out) as {
      id: string;
      code: string;
    }[];
    expect(lines).toHaveLength(json.length + 1);
    const code = json.find((kase) => kase.id === demoCaseId(3))!.code;
    const found = JSON.parse(
      (await cli(police, ['--json', 'cases', '--code', code.toLowerCase()])).out,
    ) as { id: string }[];
    expect(found.map((kase) => kase.id)).toEqual([demoCaseId(3)]);

    const one = await cli(police, ['case', code]);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/Phone\s+not shared: needs CONTACT consent/);
    expect(one.out).not.toMatch(/Given name\s+not shared/);
    const oneJson = JSON.parse((await cli(police, ['case', code, '--json'])).out) as {
      notShared: { path: string; category: string }[];
    };
    expect(oneJson.notShared).toContainEqual({
      path: 'caseByCode.person.phone',
      category: 'CONTACT',
    });

    expect((await cli(police, ['case', 'NO-SUCH-CASE'])).code).toBe(4);
  });

  it('referrals and answering them, with exit 4 for a refused answer', async () => {
    const atina = await signedIn('atina');
    const id = await work().refer('Synthetic referral for the command line.');
    const inbox = JSON.parse(
      (await cli(atina, ['referrals', '--status', 'SENT', '--json'])).out,
    ) as {
      id: string;
    }[];
    expect(inbox.map((referral) => referral.id)).toContain(id);
    expect((await cli(atina, ['referrals'])).out).toContain(id);

    expect((await cli(atina, ['referral', 'complete', id])).code).toBe(4);
    expect((await cli(atina, ['referral', 'accept', id])).out).toContain(
      `Referral ${id} is now ACCEPTED.`,
    );
    expect(
      (await cli(atina, ['referral', 'progress', id, '--note', 'First session held.'])).out,
    ).toContain('IN_PROGRESS');
    const completed = await cli(atina, ['referral', 'complete', id, '--json']);
    expect(JSON.parse(completed.out)).toMatchObject({ id, status: 'COMPLETED' });

    const other = await work().refer('Another synthetic referral.');
    const noReason = await cli(atina, ['referral', 'decline', other, '--reason', 'x']);
    expect(noReason.code).toBe(4);
    expect(noReason.err).toContain('reason');
    expect((await cli(await signedIn('astra'), ['referral', 'accept', other])).code).toBe(4);
  });

  it('plan-items and hearings list what the API gives', async () => {
    const csw = await signedIn('csw-beograd');
    const items = await cli(csw, ['plan-items']);
    expect(items.code).toBe(0);
    expect(items.out.split('\n')[0]).toMatch(/^ID\s+CASE\s+STATUS\s+DUE/);
    const overdue = await cli(csw, ['plan-items', '--overdue', '--json']);
    expect(overdue.code).toBe(0);
    const api = await hub.query(await hub.token('csw-beograd'), '{ overduePlanItems { id } }');
    expect((JSON.parse(overdue.out) as unknown[]).length).toBe(
      (api.body.data!.overduePlanItems as unknown[]).length,
    );

    const prosecution = await signedIn('prosecution-beograd');
    const dayOf = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const window = ['--from', dayOf(-180), '--to', dayOf(180)];
    const hearings = await cli(prosecution, ['hearings', ...window, '--json']);
    expect(hearings.code).toBe(0);
    const expected = await hub.query(
      await hub.token('prosecution-beograd'),
      'query ($from: DateTimeISO!, $to: DateTimeISO!) { upcomingHearings(from: $from, to: $to) { id } }',
      { from: `${dayOf(-180)}T00:00:00.000Z`, to: `${dayOf(180)}T23:59:59.999Z` },
    );
    const ids = (expected.body.data!.upcomingHearings as { id: string }[]).map((h) => h.id);
    expect(ids.length).toBeGreaterThan(0);
    expect((JSON.parse(hearings.out) as { id: string }[]).map((h) => h.id)).toEqual(ids);
    const table = await cli(prosecution, ['hearings', ...window]);
    expect(table.out).toMatch(/^WHEN\s+CASE\s+PURPOSE/);
    expect(table.out.trim().split('\n')).toHaveLength(ids.length + 1);
    // A window longer than the API answers for is refused, saying so.
    const tooWide = await cli(prosecution, [
      'hearings',
      '--from',
      '2020-01-01',
      '--to',
      '2035-12-31',
    ]);
    expect(tooWide.code).toBe(4);
  });

  it('follow conference <id>: live, resuming after a dropped connection, and where the last run stopped', async () => {
    const proxy = new TcpProxy(portOf(hub.url));
    await proxy.listen();
    const centre = await signedIn('centre', ['CASE_WORKER']);
    const conferenceId = await work().liveConference(6);
    const child = spawn(
      process.execPath,
      [CLI, '--url', proxy.url(), 'follow', 'conference', conferenceId, '--count', '4'],
      { env: { PATH: process.env.PATH!, XDG_CONFIG_HOME: centre } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => err.includes('Following live'), 10_000, 'the follow to connect');
    await work().minute(conferenceId, 'First minute.');
    await work().minute(conferenceId, 'Second minute.');
    await until(() => out.includes('Second minute.'), 10_000, 'the first minutes');
    proxy.drop();
    await work().minute(conferenceId, 'Third minute.');
    await work().minute(conferenceId, 'Fourth minute.');
    expect(await exited).toBe(0);
    expect(err).toContain('Connection lost');
    const minutes = out.trim().split('\n');
    expect(minutes.map((line) => /MINUTE: (.*)$/.exec(line)?.[1])).toEqual([
      'First minute.',
      'Second minute.',
      'Third minute.',
      'Fourth minute.',
    ]);
    await proxy.close();

    // The next run resumes after the last event shown: only what came since.
    await work().minute(conferenceId, 'Fifth minute.');
    await settle(100);
    const again = await cli(centre, [
      'follow',
      'conference',
      conferenceId,
      '--count',
      '1',
      '--json',
    ]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ entry: { text: 'Fifth minute.' } });
  });

  it('report submits a report to the Centre and prints the receipt; reports lists them as written', async () => {
    const astra = await signedIn('astra');
    const sent = await cli(astra, [
      '--json',
      'report',
      '--channel',
      'HOTLINE',
      '--urgency',
      'HIGH',
      '--given-name',
      'Синтетичка',
      '--account',
      'Synthetic: reported from the command line.',
      '--indicator',
      'THREATS',
      '--result',
      'INDICATORS_PRESENT',
    ]);
    expect(sent.code).toBe(0);
    const receipt = JSON.parse(sent.out) as { reference: string; firstContactDueAt: string };
    expect(receipt.reference).toMatch(/^PR-/);
    const listed = await cli(astra, ['reports']);
    expect(listed.code).toBe(0);
    const row = listed.out.split('\n').find((line) => line.includes(receipt.reference));
    expect(row).toMatch(/HOTLINE\s+Синтетичка\s+not shared/);

    // A checklist without its result is refused by the hub, with the field named.
    const refused = await cli(astra, ['report', '--channel', 'NGO', '--indicator', 'THREATS']);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/result/);
  });

  it('follow case <id> ends with exit 4 when consent is withdrawn', async () => {
    const grant = await work().mutate(
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId: demoCaseId(5),
          grantee: 'health-beograd',
          categories: ['IDENTITY'],
          purpose: 'PROTECTION_COORDINATION',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'DEMO-FORM-CLI',
        },
      },
    );
    const health = await signedIn('health-beograd');
    const child = spawn(process.execPath, [CLI, 'follow', 'case', demoCaseId(5)], {
      env: { PATH: process.env.PATH!, XDG_CONFIG_HOME: health },
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => err.includes('Following live'), 10_000, 'the follow to connect');
    await settle(300);
    await work().mutate(
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "Withdrawn in test.") { active } }',
      { id: (grant.grantConsent as { id: string }).id },
    );
    expect(await exited).toBe(4);
    expect(err).toMatch(/withdrawn/i);
  });
});
