import { createServer, connect, type Server, type Socket } from 'node:net';
import { demoCaseId, demoId } from '@hub/cli';
import WebSocket from 'ws';
import { HubClient, type TokenProvider } from '../src';
import type { TestHub } from '../../../test/support/hub';

/**
 * A TCP relay in front of a gateway, so a test can cut every connection through it (a dropped
 * socket, as a network gives) and point it at another gateway (a restart on a new port).
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** While paused, every new connection is cut at once (the upstream looks down). */
  paused = false;

  constructor(private targetPort: number) {}

  async listen(port = 0): Promise<void> {
    this.server = createServer((client) => {
      if (this.paused) {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      this.sockets.add(client).add(upstream);
      const forget = () => {
        this.sockets.delete(client);
        this.sockets.delete(upstream);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', forget).on('close', forget);
      upstream.on('error', forget).on('close', forget);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Every connection through the relay, cut at once without a close frame. */
  drop(): void {
    for (const socket of this.sockets) {
      socket.destroy();
    }
  }

  retarget(port: number): void {
    this.targetPort = port;
  }

  url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async close(): Promise<void> {
    this.drop();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export const portOf = (url: string) => Number(new URL(url).port);

/** An SDK client on a test hub (or on a URL in front of it), as a partner's Node program makes it. */
export function sdkClient(url: string, token: TokenProvider | string): HubClient {
  return new HubClient({ url, token, webSocketImpl: WebSocket, retry: { baseMs: 50, maxMs: 400 } });
}

/** What the tests make through the API, as the Centre would. */
export function centreWork(hub: TestHub) {
  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const response = await hub.query(worker, query, variables);
    if (response.body.errors) {
      throw new Error(JSON.stringify(response.body.errors));
    }
    return response.body.data!;
  };
  return {
    mutate,
    /** A referral of demo case 6 to Atina's employment service (Atina holds the consent it needs). */
    refer: async (note: string) =>
      (
        (await mutate(
          'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
          {
            input: {
              caseId: demoCaseId(6),
              serviceId: demoId('service', 'atina-employment'),
              note,
            },
          },
        )) as { createReferral: { id: string } }
      ).createReferral.id,
    liveConference: async (caseN: number) => {
      const data = await mutate(
        'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
        {
          input: {
            caseId: demoCaseId(caseN),
            scheduledAt: new Date().toISOString(),
            agenda: ['Synthetic agenda'],
            participants: [{ name: 'Synthetic participant' }],
          },
        },
      );
      const id = (data.scheduleConference as { id: string }).id;
      await mutate('mutation ($id: ID!) { startConference(id: $id) { status } }', { id });
      return id;
    },
    minute: (conferenceId: string, text: string) =>
      mutate(
        'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
        { input: { conferenceId, kind: 'MINUTE', text } },
      ),
  };
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, or fails after `ms`. */
export async function until(
  check: () => boolean,
  ms = 10_000,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
