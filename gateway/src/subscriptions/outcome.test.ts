import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { HubEventRow } from './event-source';
import { planPayload } from './payload';
import { outcomeOf } from './updates';

/**
 * What one read means for one live update. Whether the subscriber may learn of the event at all
 * is the cases subgraph's answer (the `scope` field, the timeline's rule), never the gateway's
 * guess: only a plain true lets an update out.
 */
const CASE = '11111111-1111-4111-8111-111111111111';

const identified: HubEventRow = {
  id: '7',
  at: new Date('2026-05-04T10:00:00.000Z'),
  type: 'IDENTIFICATION_DECIDED',
  caseId: CASE,
  entityType: 'Identification',
  entityId: '44444444-4444-4444-8444-444444444444',
  parentId: null,
  concerns: null,
};

const follow = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const access = { root: 'case' as const, id: CASE };
  return {
    live: { access },
    plan: planPayload(document, operation, root, {}, identified, access),
  };
};

const { live, plan } = follow(`subscription { caseEvents(caseId: "x") { id type } }`);
const outcome = (result: Parameters<typeof outcomeOf>[3]) =>
  outcomeOf(live, identified, plan, result);

describe('a live update and whether the subscriber may learn of it', () => {
  it('goes out when the cases subgraph says the subscriber may learn of the event', () => {
    expect(outcome({ data: { access: { id: CASE }, scope: true } })).toEqual({
      data: { caseEvents: { id: '7', type: 'IDENTIFICATION_DECIDED' } },
    });
  });

  it('is skipped, as the timeline leaves it out, when the answer is no', () => {
    expect(outcome({ data: { access: { id: CASE }, scope: false } })).toBe('skip');
  });

  it('never goes out when there is no answer (the check failed): it is reported instead', () => {
    const result = outcome({
      data: { access: { id: CASE }, scope: null },
      errors: [{ message: 'boom', path: ['scope'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    if (typeof result !== 'object') {
      throw new Error(`expected a reported failure, got ${result}`);
    }
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    // An answer missing altogether is no answer either.
    expect(
      (outcome({ data: { access: { id: CASE } } }) as { data?: unknown }).data,
    ).toBeUndefined();
  });

  it('ends the stream when access to the case is gone, whatever the scope says', () => {
    expect(outcome({ data: { access: null, scope: true } })).toBe('revoked');
  });
});
