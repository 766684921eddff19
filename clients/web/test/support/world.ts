import type { TestHub } from '../../../../test/support/hub';

/** What a browser test needs made through the API before it opens a page: its own world. */
export async function call<T = Record<string, unknown>>(
  hub: TestHub,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await hub.query(token, query, variables);
  if (response.body.errors?.length) {
    throw new Error(
      `API refused: ${JSON.stringify(response.body.errors.map((e: { extensions?: Record<string, unknown> }) => e.extensions?.code))}`,
    );
  }
  return response.body.data as T;
}

/** A new synthetic case reported to the Centre. */
export async function newCase(
  hub: TestHub,
  worker: string,
  person: Record<string, string> = {},
): Promise<{ id: string; code: string }> {
  const data = await call<{ reportCase: { id: string; code: string } }>(
    hub,
    worker,
    'mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id code } }',
    {
      input: {
        caseWorkerName: 'Синтетички водитељ',
        report: { channel: 'HOTLINE', urgency: 'NORMAL' },
        person,
      },
    },
  );
  return data.reportCase;
}

export async function grant(
  hub: TestHub,
  worker: string,
  caseId: string,
  grantee: string,
  categories: string[],
): Promise<string> {
  const data = await call<{ grantConsent: { id: string } }>(
    hub,
    worker,
    'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
    {
      input: {
        caseId,
        grantee,
        categories,
        purpose: 'PROTECTION_COORDINATION',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'Синтетички образац',
      },
    },
  );
  return data.grantConsent.id;
}

/** A conference of the case, started: live. */
export async function liveConference(
  hub: TestHub,
  worker: string,
  caseId: string,
  participants: { partner?: string; name: string }[],
): Promise<string> {
  const { scheduleConference } = await call<{ scheduleConference: { id: string } }>(
    hub,
    worker,
    'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
    {
      input: {
        caseId,
        scheduledAt: new Date(Date.now() + 60_000).toISOString(),
        agenda: ['Безбедност (синтетички)', 'План (синтетички)'],
        participants,
      },
    },
  );
  await call(hub, worker, 'mutation ($id: ID!) { startConference(id: $id) { id } }', {
    id: scheduleConference.id,
  });
  return scheduleConference.id;
}
