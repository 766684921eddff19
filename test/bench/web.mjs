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
    const conference = await conferenceLatency(browser, hub, origin);
    console.log(`web: first page JavaScript ${(gzipBytes / 1024).toFixed(1)} KiB gzip`);
    console.log(
      `web: case page shows its data in median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, worst ${times.at(-1).toFixed(0)} ms (${ROUNDS} cold rounds)`,
    );
    console.log(
      `web: GraphQL requests to render the case page: ${[...new Set(requests)].join(', ')}`,
    );
    console.log(
      `web: a conference entry recorded through the API is on a participant's page in median ${conference[Math.floor(conference.length / 2)].toFixed(0)} ms, worst ${conference.at(-1).toFixed(0)} ms (${conference.length} entries)`,
    );
  } finally {
    await browser.close();
    await hub.close();
    await db.stop();
  }
}

/**
 * From the coordinator's request to record an entry until a participant's open conference page
 * shows it: the live view's promise ("as it is recorded"), measured here rather than asserted
 * against a clock in the browser tests.
 */
async function conferenceLatency(browser, hub, origin) {
  const worker = await hub.token('centre', ['CASE_WORKER']);
  const call = async (query, variables) => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${worker}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) {
      throw new Error(`Refused: ${body.errors[0].message}`);
    }
    return body.data;
  };
  const caseId = cli.demoCaseId(6);
  await call('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
    input: {
      caseId,
      grantee: 'csw-beograd',
      categories: ['CONFERENCE'],
      purpose: 'PROTECTION_COORDINATION',
      legalBasis: 'CONSENT',
      givenBy: 'VICTIM',
      evidence: 'DEMO-FORM-BENCH',
    },
  });
  const scheduled = await call(
    'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
    {
      input: {
        caseId,
        scheduledAt: new Date().toISOString(),
        agenda: ['Synthetic agenda'],
        participants: [{ partner: 'csw-beograd', name: 'Synthetic participant' }],
      },
    },
  );
  const conferenceId = scheduled.scheduleConference.id;
  await call('mutation ($id: ID!) { startConference(id: $id) { status } }', { id: conferenceId });

  const context = await browser.newContext({ baseURL: origin, locale: 'sr-RS' });
  const page = await context.newPage();
  await page.goto(`/conferences/${conferenceId}`);
  await page.getByRole('button', { name: /\(csw-beograd\): Члан$/ }).click();
  await page.getByRole('status').filter({ hasText: 'Уживо' }).waitFor();
  const list = page.getByRole('list', { name: 'Записник, одлуке и задаци' });
  const latencies = [];
  for (let i = 1; i <= 20; i++) {
    const text = `Synthetic bench minute ${i}.`;
    const started = performance.now();
    await call(
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      { input: { conferenceId, kind: 'MINUTE', text } },
    );
    await list.getByRole('listitem').filter({ hasText: text }).waitFor();
    latencies.push(performance.now() - started);
  }
  await context.close();
  return latencies.sort((a, b) => a - b);
}
