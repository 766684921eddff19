// The web application in headless Chromium against a whole hub: gzip size of the JavaScript the
// first page loads, time until the case page shows its data, and how many GraphQL requests that
// page makes (the case page should need one or two, not one per section).
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { cli, database, startHub } from './harness.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ROUNDS = 8;

export async function run() {
  const db = await database();
  const hub = await startHub(db);
  const origin = new URL(hub.url).origin;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    // 1. The first page (sign-in): every script it loads, gzipped.
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => gzipSync(body).length));
      }
    });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: /\(centre\): Водитељ случаја$/ }).waitFor();
    const gzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    await context.close();

    // 2. The case page, each round on a fresh sign-in (nothing cached) and another demo case.
    const times = [];
    const requests = [];
    for (let round = 0; round < ROUNDS; round++) {
      const ctx = await browser.newContext({ baseURL: origin });
      const p = await ctx.newPage();
      await p.goto('/sign-in');
      await p.getByRole('button', { name: /\(centre\): Водитељ случаја$/ }).click();
      await p.getByRole('heading', { level: 1, name: 'Данас' }).waitFor();
      await p.waitForLoadState('networkidle');
      let graphql = 0;
      p.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
          graphql++;
        }
      });
      const started = performance.now();
      await p.evaluate(
        (to) => {
          window.history.pushState({}, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        },
        `/cases/${cli.demoCaseId((round % 8) + 1)}`,
      );
      await p
        .getByRole('region', { name: 'Особа' })
        .getByRole('group', { name: 'Име', exact: true })
        .waitFor();
      times.push(performance.now() - started);
      await p.waitForTimeout(500);
      requests.push(graphql);
      await ctx.close();
    }
    times.sort((a, b) => a - b);
    console.log(`web: first page JavaScript ${(gzipBytes / 1024).toFixed(1)} KiB gzip`);
    console.log(
      `web: case page shows its data in median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, worst ${times.at(-1).toFixed(0)} ms (${ROUNDS} cold rounds)`,
    );
    console.log(
      `web: GraphQL requests to render the case page: ${[...new Set(requests)].join(', ')}`,
    );
  } finally {
    await browser.close();
    await hub.close();
    await db.stop();
  }
}
