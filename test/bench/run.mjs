#!/usr/bin/env node
// Benchmarks: `npm run bench -- <name>` (names below; none runs them all). Each prints its
// figures with the machine it ran on. Targets are checked by reading, not asserted.
import os from 'node:os';

const benches = {
  consent: () => import('./consent.mjs'),
  subscriptions: () => import('./subscriptions.mjs'),
  statistics: () => import('./statistics.mjs'),
  web: () => import('./web.mjs'),
  abuse: () => import('./abuse.mjs'),
  tokens: () => import('./token-use.mjs'),
  gateways: () => import('./gateways.mjs'),
};

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = asked.length ? asked : Object.keys(benches);
const unknown = names.filter((name) => !benches[name]);
if (unknown.length) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}.`,
  );
  process.exit(2);
}
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const name of names) {
  const { run } = await benches[name]();
  await run(process.argv.slice(2));
}
process.exit(0);
