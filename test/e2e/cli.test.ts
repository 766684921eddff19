import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PARTNERS, demoServiceRows, ensureDevSecrets } from '@hub/cli';
import { postGraphQL } from '../support/hub';
import { SUBGRAPH_NAMES } from '@hub/common/bootstrap';

const CLI = path.resolve(__dirname, '../../infra/cli/dist/main.js');

/** A free TCP port with the next `span - 1` ports free too. */
async function freePorts(span: number): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (;;) {
    // Below the kernel's ephemeral range (32768–60999), where other tests' listen(0) lands.
    const base = 20000 + Math.floor(Math.random() * 12000);
    const checks = await Promise.all(Array.from({ length: span }, (_, i) => isFree(base + i)));
    if (checks.every(Boolean)) {
      return base;
    }
  }
}

function hub(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH!, ...env },
    encoding: 'utf8',
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** `hub start` in its own process group, as a terminal would run `npm start`. */
async function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: { PATH: process.env.PATH!, ...env },
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`hub start exited early:\n${output}`));
      }
    }, 100);
  });
  return { child, output: () => output };
}

/** What a person does with Ctrl-C: SIGINT to the whole foreground process group. */
async function pressCtrlC(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    started.child.once('exit', (code) => resolve(code)),
  );
  process.kill(-started.child.pid!, 'SIGINT');
  return exited;
}

describe('the hub command line', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let port: number;
  const dataDirs: string[] = [];
  /** A data directory of a test's own, under /tmp: PostgreSQL runs as its own user and must reach it. */
  const newDataDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-cli-test-'));
    dataDirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) {
      throw new Error(
        'infra/cli/dist is missing: `npm test` builds it first; run `npm run build`.',
      );
    }
    dataDir = newDataDir();
    // The gateway on HUB_PORT, each subgraph on the ports after it.
    // One span for all: the gateway, each subgraph on the ports after it, then PostgreSQL (picked
    // apart, PostgreSQL's free port could be one of the subgraphs', not yet taken when checked).
    port = await freePorts(2 + SUBGRAPH_NAMES.length);
    env = {
      HUB_DATA_DIR: dataDir,
      HUB_PORT: String(port),
      EMBEDDED_PG_PORT: String(port + 1 + SUBGRAPH_NAMES.length),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('starts the whole hub with demo data, serves a token’s query, and stops cleanly on Ctrl-C', async () => {
    const started = await start(env);
    expect(started.output()).toContain(
      `Loaded synthetic demo data: ${DEMO_PARTNERS.length} partners, ${demoServiceRows().length} services, 9 cases, 5 proceedings`,
    );
    expect(started.output()).toContain(`http://127.0.0.1:${port}/graphql`);
    // The web application is served at / by the same gateway (built by `npm run build`).
    const page = await fetch(`http://127.0.0.1:${port}/cases`, {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toContain('<div id="root"></div>');

    const token = hub(['token', '--partner', 'centre', '--role', 'SUPERVISOR'], env);
    expect(token.status).toBe(0);
    const response = await postGraphQL(
      `http://127.0.0.1:${port}/graphql`,
      { query: '{ cases { code synthetic } }' },
      { authorization: `Bearer ${token.stdout.trim()}` },
    );
    expect(response.status).toBe(200);
    const cases = response.body.data!.cases as { code: string; synthetic: boolean }[];
    expect(cases).toHaveLength(9);
    expect(cases.every((c) => c.synthetic && c.code.startsWith('DEMO-'))).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

    expect(await pressCtrlC(started)).toBe(0);
    expect(started.output()).toContain('Stopped.');
    // PostgreSQL removes its pid file only on a clean shutdown; nothing listens any more.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    for (let offset = 0; offset < 5; offset += 1) {
      await expect(fetch(`http://127.0.0.1:${port + offset}/health`)).rejects.toThrow();
    }
  });

  it('keeps its data between runs and loads the demo data only once', async () => {
    // A data directory of its own, started once before: that first start loads the demo data.
    const own = { ...env, HUB_DATA_DIR: newDataDir() };
    const first = await start(own);
    expect(first.output()).toContain('Loaded synthetic demo data');
    expect(await pressCtrlC(first)).toBe(0);
    const started = await start(own);
    expect(started.output()).not.toContain('Loaded synthetic demo data');
    expect(await pressCtrlC(started)).toBe(0);
  });

  it('mints tokens only for demo partners, with roles that fit them', async () => {
    // Its own data directory with the development keys, as the first `hub start` makes them.
    const keys = { ...env, HUB_DATA_DIR: newDataDir() };
    await ensureDevSecrets(keys.HUB_DATA_DIR);
    const unknown = hub(['token', '--partner', 'nobody'], keys);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown demo partner "nobody"/);

    const centreRoleForPartner = hub(['token', '--partner', 'astra', '--role', 'SUPERVISOR'], keys);
    expect(centreRoleForPartner.status).toBe(2);
    expect(centreRoleForPartner.stderr).toMatch(/not for partner users/);

    const badRole = hub(['token', '--partner', 'astra', '--role', 'KING'], keys);
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toMatch(/Roles are/);
  });

  it('refuses development tokens in production mode', () => {
    const refused = hub(['token', '--partner', 'centre'], { ...env, HUB_ENV: 'production' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/refused in production/);
    expect(refused.stdout).toBe('');
  });

  it('explains every command with --help', () => {
    for (const command of ['start', 'token', 'migrate', 'seed', 'compose']) {
      const help = hub([command, '--help'], env);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: hub /);
    }
  });

  it('reports every configuration problem at once and exits non-zero', () => {
    const bad = hub(['migrate'], { ...env, HUB_PORT: 'four', DATABASE_URL: 'mysql://nope' });
    expect(bad.status).toBe(78);
    expect(bad.stderr).toMatch(/HUB_PORT/);
    expect(bad.stderr).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });
});
