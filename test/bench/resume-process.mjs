// The resuming subscribers of the resume scenario, in their own process as remote clients are (so
// the figure is the hub's, not the clients' parsing): told the endpoint, tokens, cursor and
// backlog over IPC, they all reconnect at once and report when each had caught up.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

process.once('message', async ({ wsUrl, tokens, conferenceId, cursor, backlog }) => {
  const started = performance.now();
  const done = [];
  const clients = [];
  let wrong = 0;
  await Promise.all(
    tokens.map(
      (token) =>
        new Promise((resolve) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${token}` },
            retryAttempts: 0,
          });
          clients.push(client);
          const texts = [];
          const finish = () => {
            done.push(performance.now() - started);
            resolve();
          };
          client.subscribe(
            {
              query:
                'subscription Resume($id: ID!, $after: ID) { conferenceEvents(conferenceId: $id, after: $after) { id entry { text } } }',
              variables: { id: conferenceId, after: cursor },
            },
            {
              next: (value) => {
                texts.push(value.data?.conferenceEvents?.entry?.text);
                if (texts.length === backlog) {
                  wrong += texts.some((text, i) => text !== `Backlog ${i + 1}`) ? 1 : 0;
                  finish();
                }
              },
              error: finish,
              complete: finish,
            },
          );
        }),
    ),
  );
  await Promise.all(clients.map((client) => client.dispose()));
  process.send({ done, wrong }, () => process.exit(0));
});
