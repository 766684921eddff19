import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { centreWork, portOf, TcpProxy, until } from '../../sdk/test/kit';

const EXAMPLE = path.resolve(__dirname, '../referral-inbox.mjs');

describe('the example integration: a partner’s referral inbox kept in sync', () => {
  let hub: TestHub;
  let proxy: TcpProxy;
  beforeAll(async () => {
    hub = await startTestHub();
    proxy = new TcpProxy(portOf(hub.url));
    await proxy.listen();
  });
  afterAll(async () => {
    await proxy.close();
    await hub.close();
  });

  it('killed and restarted mid-stream, across a gateway restart, ends with exactly the hub’s referrals', async () => {
    const work = centreWork(hub);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hub-inbox-')), 'inbox.json');
    let gateway = await hub.startGateway();
    proxy.retarget(portOf(gateway.url));
    const inbox = (): Record<string, { status: string }> =>
      existsSync(file)
        ? (
            JSON.parse(readFileSync(file, 'utf8')) as {
              referrals: Record<string, { status: string }>;
            }
          ).referrals
        : {};
    const start = (): ChildProcess =>
      spawn(process.execPath, [EXAMPLE], {
        env: {
          PATH: process.env.PATH!,
          HUB_URL: proxy.url(),
          HUB_PARTNER: 'atina',
          INBOX_FILE: file,
        },
        stdio: 'ignore',
      });
    const atina = await hub.token('atina');
    const hubReferrals = async () =>
      Object.fromEntries(
        (
          (await hub.query(atina, '{ referrals(first: 500) { id status } }')).body.data!
            .referrals as { id: string; status: string }[]
        ).map((referral) => [referral.id, referral.status]),
      );
    const statuses = () =>
      Object.fromEntries(Object.entries(inbox()).map(([id, referral]) => [id, referral.status]));

    const before = [await work.refer('Inbox one.'), await work.refer('Inbox two.')];
    let example = start();
    await until(() => before.every((id) => id in inbox()), 15_000, 'the snapshot');

    // Referrals keep coming; the example is killed (no chance to clean up) in the middle.
    const during: string[] = [];
    for (let i = 0; i < 4; i++) {
      during.push(await work.refer(`Inbox during ${i}.`));
    }
    await until(() => during[0] in inbox(), 15_000, 'the first live referral');
    example.kill('SIGKILL');
    await new Promise((resolve) => example.once('exit', resolve));

    // While it is down: more referrals, an answer, and the gateway restarts on a new port.
    const whileDown = [await work.refer('Inbox while down.')];
    const answered = await hub.query(
      atina,
      'mutation ($id: ID!) { acceptReferral(id: $id) { status } }',
      {
        id: before[0],
      },
    );
    expect(answered.body.errors).toBeUndefined();
    await gateway.close();
    whileDown.push(await work.refer('Inbox while the gateway is down.'));
    gateway = await hub.startGateway();
    proxy.retarget(portOf(gateway.url));

    example = start();
    const after = await work.refer('Inbox after the restart.');
    const expected = await hubReferrals();
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([...before, ...during, ...whileDown, after]),
    );
    await until(
      () =>
        JSON.stringify(statuses(), Object.keys(expected).sort()) ===
        JSON.stringify(expected, Object.keys(expected).sort()),
      20_000,
      'the inbox to match the hub',
    );
    example.kill('SIGTERM');
    await new Promise((resolve) => example.once('exit', resolve));
    // Exactly the hub's referrals: none missing, none extra, each in its current status.
    expect(statuses()).toEqual(expected);
    expect(inbox()[before[0]].status).toBe('ACCEPTED');
    await gateway.close();
  });
});
