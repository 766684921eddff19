// The subscribers of the subscriptions benchmark, in their own process, as remote clients are:
// told the endpoint and tokens over IPC, they subscribe and report when each update arrived.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const now = () => performance.timeOrigin + performance.now();
const received = {}; // text → wall-clock ms of each arrival
const revoked = [];
const clients = [];

process.on('message', async (message) => {
  if (message.type === 'subscribe') {
    for (const token of message.tokens) {
      const client = createClient({
        url: message.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      client.subscribe(
        { query: message.query, variables: message.variables },
        {
          next: (value) => {
            const text = value.data?.conferenceEvents?.entry?.text;
            if (text) {
              (received[text] ??= []).push(now());
            } else if (value.errors?.[0]?.extensions?.code === 'CONSENT_REVOKED') {
              revoked.push(now());
            }
            if (value.errors && process.env.DEBUG_SUBS) {
              console.error(JSON.stringify(value.errors).slice(0, 300));
            }
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      clients.push(client);
    }
    process.send({ type: 'subscribed' });
  } else if (message.type === 'report') {
    process.send({ type: 'report', received, revoked });
  } else if (message.type === 'stop') {
    await Promise.all(clients.map((client) => client.dispose()));
    process.exit(0);
  }
});
