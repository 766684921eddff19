#!/usr/bin/env node
// A partner's own system keeping its copy of its referral inbox in sync with the hub, through
// `myReferralEvents`. Its state is one JSON file: the referrals, and the id of the last event
// applied to them, written together (atomically) — so after a crash or a restart, of itself or of
// the hub, it resumes right after what it has, and nothing is lost or applied twice.
//
//   HUB_URL=http://127.0.0.1:4000/graphql HUB_PARTNER=atina INBOX_FILE=inbox.json \
//     node clients/examples/referral-inbox.mjs
//
// HUB_PARTNER signs in through the development sign-in; give HUB_TOKEN instead for a real one.
import { existsSync, readFileSync } from 'node:fs';
import {
  devSignIn,
  follow,
  HubClient,
  MyReferralEventsDocument,
  pageByFirst,
  ReferralsDocument,
} from '@hub/sdk';
import { writeJsonAtomically } from '@hub/sdk/node';
import WebSocket from 'ws';

const url = process.env.HUB_URL ?? 'http://127.0.0.1:4000/graphql';
const file = process.env.INBOX_FILE ?? 'referral-inbox.json';
const token =
  process.env.HUB_TOKEN ?? devSignIn(url, { partner: process.env.HUB_PARTNER ?? 'atina' });

/** @type {{ cursor: string | null, referrals: Record<string, any> }} */
const state = existsSync(file)
  ? JSON.parse(readFileSync(file, 'utf8'))
  : { cursor: null, referrals: {} };

/** A referral as the hub last showed it; an older view never replaces a newer one. */
function apply(referral) {
  const known = state.referrals[referral.id];
  if (!known || known.updatedAt <= referral.updatedAt) {
    if (!known || known.status !== referral.status) {
      console.log(`${referral.id} ${known ? `${known.status} → ` : 'new, '}${referral.status}`);
    }
    state.referrals[referral.id] = referral;
  }
}

// The cursor is kept in the same file as the referrals it brought there.
const store = {
  load: () => state.cursor,
  save: (_key, eventId) => {
    state.cursor = eventId;
    writeJsonAtomically(file, state);
  },
};

const client = new HubClient({ url, token, webSocketImpl: WebSocket });
let snapshotTaken = state.cursor !== null;
const follower = follow(
  client,
  MyReferralEventsDocument,
  {},
  {
    store,
    key: 'myReferralEvents',
    onStatus: (status) => {
      if (status.state === 'live' && !snapshotTaken) {
        // The first run: what the inbox holds now, read once the stream is live (so nothing
        // falls between the two; both are applied by the same rule).
        snapshotTaken = true;
        void (async () => {
          for await (const referral of pageByFirst(
            client,
            ReferralsDocument,
            {},
            {
              select: (data) => data.referrals,
              pageSize: 100,
            },
          )) {
            apply(referral);
          }
          writeJsonAtomically(file, state);
          console.log(`snapshot: ${Object.keys(state.referrals).length} referrals`);
        })().catch((error) => console.error(`snapshot failed: ${error.message}`));
      } else if (status.state === 'waiting') {
        console.error(`connection lost (${status.error.message}); resuming`);
      } else if (status.state === 'live') {
        console.log('live');
      }
    },
  },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => follower.stop());
}
for await (const { event } of follower) {
  if (event.referral) {
    apply(event.referral);
  }
}
if (follower.ended?.reason === 'consent-revoked') {
  console.error('consent withdrawn; the stream has ended');
}
writeJsonAtomically(file, state);
process.exit(0);
