import { ErrorCode } from '@hub/common/errors';
import { isCentre, seesAllCases } from '@hub/common/identity';
import { UUID } from '@hub/common/vocabulary';
import { valueFromASTUntyped, type ExecutionResult, type FieldNode } from 'graphql';
import type { EventFilter } from './event-filter';
import { failure, type AccessProbe, type Subscriber } from './live';
import type { UpdateReader } from './updates';

/** What a subscription follows, from its arguments, once the subscriber may follow it. */
export interface Target {
  /** The last event id the subscriber received, to resume after; null to start now. */
  after: string | null;
  filter: EventFilter;
  access: AccessProbe | null;
  caseId: string | null;
}

const AFTER = /^\d{1,18}$/;

/**
 * Reads the root field's arguments (`after`, `caseId`, `conferenceId`) and checks that the
 * subscriber sees what it asks to follow, through the same consent as a query. A refusal is a
 * result with a stable code, the only one the stream yields.
 */
export async function targetOf(
  subscriber: Subscriber,
  root: FieldNode,
  variables: Record<string, unknown>,
  reader: UpdateReader,
): Promise<Target | ExecutionResult> {
  const argument = (name: string) => {
    const node = root.arguments?.find((a) => a.name.value === name);
    return node
      ? ((valueFromASTUntyped(node.value, variables) as string | null | undefined) ?? null)
      : null;
  };
  const after = argument('after');
  if (after !== null && !AFTER.test(after)) {
    return failure(ErrorCode.BAD_USER_INPUT, '`after` is the id of an event you received.');
  }

  let caseId: string | null = null;
  let access: AccessProbe;
  let filter: EventFilter;
  if (root.name.value === 'caseEvents') {
    caseId = argument('caseId');
    if (!caseId || !UUID.test(caseId)) {
      return failure(ErrorCode.BAD_USER_INPUT, '`caseId` must be a case id.');
    }
    filter = { caseId };
    access = { root: 'case', id: caseId };
  } else if (root.name.value === 'conferenceEvents') {
    const conferenceId = argument('conferenceId');
    if (!conferenceId || !UUID.test(conferenceId)) {
      return failure(ErrorCode.BAD_USER_INPUT, '`conferenceId` must be a conference id.');
    }
    filter = { parentId: conferenceId };
    access = { root: 'conference', id: conferenceId };
  } else if (root.name.value === 'intakeEvents') {
    if (!seesAllCases(subscriber.caller)) {
      return failure(
        ErrorCode.FORBIDDEN,
        "The Centre's intake is followed by Centre case workers and supervisors.",
      );
    }
    return { after, filter: { intake: true }, access: null, caseId: null };
  } else {
    const referralsFor = isCentre(subscriber.caller) ? 'all' : subscriber.caller.partner;
    return { after, filter: { referralsFor }, access: null, caseId: null };
  }

  const check = await reader.readShared(
    subscriber,
    `query { access: ${access.root}(id: "${access.id}") { id ${access.root === 'conference' ? 'case { id }' : ''} } }`,
    {},
  );
  const found = check.data?.access as { case?: { id: string } | null } | null | undefined;
  if (!found) {
    return failure(
      ErrorCode.CONSENT_REQUIRED,
      'You may not follow this: it is not visible to you.',
      {
        category: access.root === 'case' ? 'CORE' : 'CONFERENCE',
      },
    );
  }
  return { after, filter, access, caseId: caseId ?? found.case?.id ?? null };
}
