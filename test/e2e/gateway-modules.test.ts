import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoCaseId } from '@hub/cli';
import { startTestHub, type TestHub } from '../support/hub';
import { conferenceKit, entryTexts, follow, FOLLOW_CONFERENCE } from '../support/live';
import { startGatewayProcess } from '../support/processes';

/**
 * The gateway plans queries and relays live updates; the ORM, the schema-building decorators and
 * their validators belong to the subgraphs. Loading them made the gateway start ~370 modules
 * heavier for nothing. This starts the real gateway process, serves a query and a live update
 * through it, and lists every module it loaded (written by a --require hook when it exits).
 */
const SUBGRAPH_ONLY = /node_modules\/(@mikro-orm\/[^/]+|knex|type-graphql|class-validator)\//;

describe('the gateway process', () => {
  let hub: TestHub;
  let dir: string;

  beforeAll(async () => {
    hub = await startTestHub();
    dir = await mkdtemp(path.join(tmpdir(), 'gateway-modules-'));
  });
  afterAll(async () => {
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves queries and live updates without loading any subgraph-only library', async () => {
    const hook = path.join(dir, 'record-modules.js');
    const list = path.join(dir, 'modules.json');
    await writeFile(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    const gateway = await startGatewayProcess(hub, undefined, {
      NODE_OPTIONS: `--require ${hook}`,
    });
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kit = conferenceKit(hub, worker);
    const conferenceId = await kit.liveConference(demoCaseId(3));
    const follower = follow(`ws://127.0.0.1:${gateway.port}/graphql`, worker, FOLLOW_CONFERENCE, {
      id: conferenceId,
    });
    try {
      // Subscribed once the live update arrives; recording until then covers a slow start.
      for (let attempt = 0; attempt < 50 && follower.received.length === 0; attempt += 1) {
        await kit.record(conferenceId, `Synthetic minute ${attempt}`);
        await follower.waitFor(1, 200);
      }
      expect(entryTexts(follower.received)[0]).toMatch(/^Synthetic minute/);
    } finally {
      await follower.close();
      await gateway.stop();
    }

    const loaded = JSON.parse(await readFile(list, 'utf8')) as string[];
    expect(loaded.some((file) => file.includes('/gateway/dist/'))).toBe(true);
    const subgraphOnly = new Set(loaded.map((file) => SUBGRAPH_ONLY.exec(file)?.[1]));
    subgraphOnly.delete(undefined);
    expect([...subgraphOnly]).toEqual([]);
  });
});
